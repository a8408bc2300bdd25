// A table of records: its caption for screen readers, its column headings, and a row heading that opens the record.
import type { ReactNode } from 'react';

export interface TableColumn {
  label: string;
  className?: string | undefined;
  /** Heard by screen readers only, e.g. the heading of a column of buttons. */
  hidden?: boolean | undefined;
}

interface RecordTableProps {
  className: string;
  caption: string;
  columns: readonly (string | TableColumn)[];
  /** Wraps the table so it scrolls sideways in a narrow window; off where the screen wraps it already. */
  scroll?: boolean;
  /** The rows. */
  children: ReactNode;
}

export function RecordTable({ className, caption, columns, scroll = true, children }: RecordTableProps) {
  const table = (
    <table className={className}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => {
            const { label, className: columnClass, hidden } = typeof column === 'string' ? { label: column } : column;
            return (
              <th key={label} scope="col" className={columnClass}>
                {hidden ? <span className="visually-hidden">{label}</span> : label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return scroll ? <div className="table-scroll">{table}</div> : table;
}

/** A row's heading cell: the record's name as a button that opens it. */
export function RowLink({ onOpen, className = 'link-button', children }: { onOpen: () => void; className?: string; children: ReactNode }) {
  return (
    <th scope="row">
      <button type="button" className={className} onClick={onOpen}>
        {children}
      </button>
    </th>
  );
}
