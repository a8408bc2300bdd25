// The values chosen so far in a free-text list field (companies, expertise tags), each with its own remove button.
interface ChosenChipsProps {
  values: readonly string[];
  /** Names the list for screen readers: "Chosen: Companies". */
  label: string;
  removeLabel: (value: string) => string;
  onRemove: (value: string) => void;
}

export function ChosenChips({ values, label, removeLabel, onRemove }: ChosenChipsProps) {
  if (values.length === 0) return null;
  return (
    <ul className="chips" aria-label={label}>
      {values.map((value) => (
        <li key={value} className="chip">
          {value}
          <button type="button" className="chip-remove" aria-label={removeLabel(value)} onClick={() => onRemove(value)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
