// The pieces every detail screen is built from: the row of actions under the title, a main column beside a column of
// facts, a titled card section (with an optional action by its title), and a term with its value in a description list.
import type { ReactNode } from 'react';
import './detail.css';

export function DetailRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

interface DetailSectionProps {
  id: string;
  title: string;
  /** A button beside the title, such as "Add activity". */
  action?: ReactNode;
  className?: string;
  children: ReactNode;
}

export function DetailSection({ id, title, action, className, children }: DetailSectionProps) {
  return (
    <section className={className ? `card ${className}` : 'card'} aria-labelledby={id}>
      {action ? (
        <div className="section-head">
          <h2 id={id}>{title}</h2>
          {action}
        </div>
      ) : (
        <h2 id={id}>{title}</h2>
      )}
      {children}
    </section>
  );
}

/** The record's actions: the frequent ones as buttons, the rare ones (Delete among them) in a menu at the end. */
export function DetailActions({ children }: { children: ReactNode }) {
  return <div className="actions detail-actions">{children}</div>;
}

/**
 * The record's body: what it is about in a wide main column, and the short facts (where, who, record) in a narrow
 * column beside it; one column when the window is narrow, the main column first.
 */
export function DetailColumns({ main, aside }: { main: ReactNode; aside: ReactNode }) {
  return (
    <div className="detail-columns">
      <div className="detail-main">{main}</div>
      <div className="detail-aside">{aside}</div>
    </div>
  );
}
