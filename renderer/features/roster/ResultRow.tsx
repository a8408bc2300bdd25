// One row of the roster's results: name, status badges, kind and places, levels, languages, expertise and, when the
// search matched the notes, the passage that matched; the words the search matched are marked.
import { useTranslation } from 'react-i18next';
import type { CollaboratorSummary } from '../../../common/roster/collaborator.schema.js';
import { matchedParts } from '../../../common/roster/search-words.js';
import { useFacetValueLabel } from './labels.js';

/** `text` with the words the search matched in <mark>. */
export function Highlighted({ text, words }: { text: string; words: readonly string[] }) {
  return (
    <>
      {matchedParts(text, words).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
    </>
  );
}

export function ResultRow({ item, words }: { item: CollaboratorSummary; words: readonly string[] }) {
  const { t } = useTranslation('roster');
  const label = useFacetValueLabel();
  const places = [label('region', item.region), ...item.countries.map((code) => label('country', code))].join(', ');
  const about = [label('kind', item.kind), places, ...item.levels.map((level) => label('level', level))].join(' · ');
  const languages = item.languages.map((code) => label('language', code)).join(', ');
  // Tags the search matched come first, on a line of their own, so the row shows why it was found.
  const matched = (tag: string) => matchedParts(tag, words).some((part) => part.match);
  const tags = [...item.expertise.filter(matched), ...item.expertise.filter((tag) => !matched(tag))];
  const tagMatched = tags.length > 0 && matched(tags[0]!);
  const languagesPart = languages !== '' ? <span>{t('list.row.languages', { list: languages })}</span> : null;
  const tagsPart =
    tags.length > 0 ? (
      <span>
        {t('list.row.expertise')}{' '}
        {tags.map((tag, index) => (
          <span key={tag}>
            {index > 0 ? ', ' : null}
            <Highlighted text={tag} words={words} />
          </span>
        ))}
      </span>
    ) : null;
  return (
    <>
      <span className="result-top">
        <span className="result-name">
          <Highlighted text={item.name} words={words} />
        </span>
        <span className="badges">
          <span className={`badge availability-${item.availabilityStatus}`}>{label('availability', item.availabilityStatus)}</span>
          <span className={`badge vetting-${item.vettingStatus}`}>
            {t('list.vettingBadge', { status: label('vetting', item.vettingStatus) })}
          </span>
        </span>
      </span>
      <span className="result-line">{about}</span>
      {tagMatched ? (
        <>
          {languagesPart ? <span className="result-line">{languagesPart}</span> : null}
          <span className="result-line">{tagsPart}</span>
        </>
      ) : languagesPart || tagsPart ? (
        <span className="result-line">
          {languagesPart}
          {languagesPart && tagsPart ? ' · ' : null}
          {tagsPart}
        </span>
      ) : null}
      {item.notesExcerpt !== null ? (
        <span className="result-line result-excerpt">
          {t('list.row.inNotes')} <Highlighted text={item.notesExcerpt} words={words} />
        </span>
      ) : null}
    </>
  );
}
