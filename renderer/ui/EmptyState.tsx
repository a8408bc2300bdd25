// A section with nothing in it yet: what the section is for, in one sentence, and its first actions as buttons.
import type { LucideIcon } from 'lucide-react';
import './empty-state.css';

export interface EmptyStateAction {
  label: string;
  onClick: () => void;
  /** Drawn as the primary button: the one first step the section suggests (at most one per empty state). */
  primary?: boolean;
}

interface EmptyStateProps {
  /** Prefix of the ids inside: the title's id is `${id}-title`. */
  id: string;
  title: string;
  /** One sentence saying what the section is for. */
  purpose: string;
  actions: readonly EmptyStateAction[];
  /** A decorative icon beside the text. */
  icon?: LucideIcon | undefined;
  /** 2 on a section's page, 3 inside one of its cards (under the card's own heading). */
  level?: 2 | 3;
}

export function EmptyState({ id, title, purpose, actions, icon: Icon, level = 2 }: EmptyStateProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="empty-state" aria-labelledby={`${id}-title`}>
      {Icon ? <Icon className="empty-state-icon" aria-hidden="true" focusable="false" size={32} strokeWidth={1.75} /> : null}
      <div className="empty-state-body">
        <Heading id={`${id}-title`} className="empty-state-title">
          {title}
        </Heading>
        <p className="empty-state-purpose">{purpose}</p>
        {actions.length > 0 ? (
          <div className="actions empty-state-actions">
            {actions.map((action) => (
              <button key={action.label} type="button" className={action.primary ? 'button primary' : 'button secondary'} onClick={action.onClick}>
                {action.label}
              </button>
            ))}
          </div>
        ) : null}
      </div>
    </section>
  );
}
