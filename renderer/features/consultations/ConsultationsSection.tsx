// The consultation rounds section (its screens are built on consultations-store).
export function ConsultationsSection() {
  return null;
}
