// The "Back to …" link at the top of a section's sub-screens.
export function BackLink({ label, onBack }: { label: string; onBack: () => void }) {
  return (
    <p>
      <button type="button" className="link-button" onClick={onBack}>
        {label}
      </button>
    </p>
  );
}
