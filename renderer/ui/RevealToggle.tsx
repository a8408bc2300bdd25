// The checkbox that shows a form's passphrases in clear text, for people who want to see what they type.
import { useId } from 'react';

interface RevealToggleProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function RevealToggle({ label, checked, onChange }: RevealToggleProps) {
  const id = useId();
  return (
    <div className="checkbox-field">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
