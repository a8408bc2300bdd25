// A form section of repeatable rows (contacts, financiers, learnings, members): each row a fieldset with its own Remove button.
import type { ReactNode } from 'react';

interface RepeatingRowsProps<R extends { key: string }> {
  legend: string;
  hint: string;
  /** Shown while there are no rows. */
  emptyText: string;
  /** The rows as react-hook-form's field array gives them (with `keyName: 'key'`). */
  rows: readonly R[];
  /** A row's name, its legend (e.g. "Financier 2"). */
  nameOf: (row: R, index: number) => string;
  removeLabelOf: (row: R, index: number) => string;
  onRemove: (row: R, index: number) => void;
  renderRow: (row: R, index: number, name: string) => ReactNode;
  /** The Add button under the rows; none when rows come from elsewhere (e.g. a search). */
  add?: { label: string; onAdd: () => void } | undefined;
  /** Messages about the whole list, under its hint. */
  notices?: ReactNode;
  /** What comes after the rows, before the Add button. */
  after?: ReactNode;
  /** The id of a message about the whole list. */
  describedBy?: string | undefined;
}

export function RepeatingRows<R extends { key: string }>(props: RepeatingRowsProps<R>) {
  const { legend, hint, emptyText, rows, nameOf, removeLabelOf, onRemove, renderRow, add, notices, after, describedBy } = props;
  return (
    <fieldset className="form-section" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <p className="hint">{hint}</p>
      {notices}
      {rows.length === 0 ? <p className="hint">{emptyText}</p> : null}
      <ol className="contact-rows">
        {rows.map((row, index) => {
          const name = nameOf(row, index);
          return (
            <li key={row.key} className="contact-row">
              <fieldset>
                <legend>{name}</legend>
                {renderRow(row, index, name)}
                <div className="actions">
                  <button type="button" className="button secondary" onClick={() => onRemove(row, index)}>
                    {removeLabelOf(row, index)}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {after}
      {add ? (
        <div className="actions">
          <button type="button" className="button secondary" onClick={add.onAdd}>
            {add.label}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
