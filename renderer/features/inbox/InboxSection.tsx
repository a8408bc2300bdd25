// The review inbox section (its screens are built on inbox-store).
export function InboxSection() {
  return null;
}
