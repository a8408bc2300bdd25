// The two answers to "any conflict of interest?" and, with a conflict, what ties the reviewer to the applicant: shared by
// the working group's declaration step and a committee member's (review inbox).
import { FieldShell, fieldAria } from '../../../ui/FieldShell.js';

export type DeclarationChoice = 'none' | 'conflict';

export interface DeclarationChoicesProps {
  /** Prefix of the controls' ids, unique on the page. */
  idPrefix: string;
  choice: DeclarationChoice | null;
  onChoice: (choice: DeclarationChoice) => void;
  reason: string;
  onReason: (reason: string) => void;
  reasonError: string | undefined;
  labels: { none: string; conflict: string; reason: string; reasonHint: string };
}

export function DeclarationChoices({ idPrefix, choice, onChoice, reason, onReason, reasonError, labels }: DeclarationChoicesProps) {
  const reasonId = `${idPrefix}-reason`;
  return (
    <>
      {(['none', 'conflict'] as const).map((option) => (
        <div className="radio-field" key={option}>
          <input id={`${idPrefix}-${option}`} type="radio" name={idPrefix} value={option} checked={choice === option} onChange={() => onChoice(option)} />
          <label htmlFor={`${idPrefix}-${option}`}>{labels[option]}</label>
        </div>
      ))}
      {choice === 'conflict' ? (
        <FieldShell id={reasonId} label={labels.reason} hint={labels.reasonHint} error={reasonError}>
          <textarea
            id={reasonId}
            className="input"
            rows={3}
            maxLength={2000}
            value={reason}
            onChange={(event) => onReason(event.target.value)}
            aria-required="true"
            {...fieldAria(reasonId, labels.reasonHint, reasonError)}
          />
        </FieldShell>
      ) : null}
    </>
  );
}
