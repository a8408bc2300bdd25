// The committee review packets section (its screens are built on reviews-store).
export function ReviewsSection() {
  return null;
}
