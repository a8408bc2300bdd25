// A record's contact channels on its detail screen: sensitive values masked, each with its own audited "Reveal".
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../common/roster/collaborator.schema.js';

export interface ContactListTexts {
  none: string;
  hidden: string;
  reveal: string;
  sensitive: string;
}

interface ContactListProps {
  contacts: readonly ContactView[];
  /** Values revealed on this screen, by contact id; they live only as long as the screen. */
  revealed: Readonly<Record<string, string>>;
  onReveal: (contactId: string) => void;
  texts: ContactListTexts;
}

export function ContactList({ contacts, revealed, onReveal, texts }: ContactListProps) {
  const { t } = useTranslation('taxonomy');
  if (contacts.length === 0) return <p className="hint">{texts.none}</p>;
  return (
    <ul className="contact-list">
      {contacts.map((contact) => {
        const value = contact.value ?? revealed[contact.id];
        const typeLabel = t(`contactType.${contact.type}`);
        return (
          <li key={contact.id} className="contact">
            <span className="contact-type">{typeLabel}</span>
            {value !== undefined ? (
              <span className="contact-value">{value}</span>
            ) : (
              <>
                <span className="contact-value masked">{texts.hidden}</span>
                <button type="button" className="button secondary small" onClick={() => onReveal(contact.id)}>
                  {texts.reveal}
                  <span className="visually-hidden"> {typeLabel}</span>
                </button>
              </>
            )}
            {contact.sensitive ? <span className="badge sensitive">{texts.sensitive}</span> : null}
            {contact.note ? <span className="contact-note muted">{contact.note}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
