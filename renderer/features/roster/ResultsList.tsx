// The results: a virtualized listbox fetched page by page as it scrolls, filling the height it is given; arrows move,
// Enter opens, the highlighted row stays in view.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { searchWords } from '../../../common/roster/search-words.js';
import { nextActiveIndex, PAGE_SIZE, pagesFor } from './facet-display.js';
import { ResultRow } from './ResultRow.js';
import { useRoster } from './roster-store.js';

/** A row's height before it is measured: three lines, or four when a search may quote the notes. */
const ROW_HEIGHT = 84;
const ROW_HEIGHT_WITH_TEXT = 104;
const optionId = (index: number) => `roster-option-${index}`;

export function ResultsList({ onOpen, listRef }: { onOpen: (id: string) => void; listRef: Ref<HTMLDivElement> }) {
  const { t } = useTranslation('roster');
  const total = useRoster((state) => state.total) ?? 0;
  const pages = useRoster((state) => state.pages);
  const activeIndex = useRoster((state) => state.activeIndex);
  const setActiveIndex = useRoster((state) => state.setActiveIndex);
  const loadPage = useRoster((state) => state.loadPage);
  const text = useRoster((state) => state.text);
  const words = useMemo(() => searchWords(text), [text]);
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer hands back fresh functions each render; this component reads them during render and never memoizes them.
  // eslint-disable-next-line react-hooks/incompatible-library -- see the line above
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => (words.length > 0 ? ROW_HEIGHT_WITH_TEXT : ROW_HEIGHT),
    overscan: 6,
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows[rows.length - 1]?.index ?? -1;

  useEffect(() => {
    for (const page of pagesFor(first, last)) void loadPage(page);
  }, [first, last, loadPage]);

  // A new search starts at the top; coming back from a detail (below) keeps the place instead.
  const queryKey = useRoster((state) => JSON.stringify([state.text, state.filters, state.sort, state.typedSort]));
  const shownQuery = useRef(queryKey);
  useEffect(() => {
    if (queryKey === shownQuery.current) return;
    shownQuery.current = queryKey;
    scroller.current?.scrollTo({ top: 0 });
  }, [queryKey]);

  // Coming back from a detail, the list scrolls to the row that was open.
  useEffect(() => {
    const { activeIndex: start } = useRoster.getState();
    if (start > 0) virtualizer.scrollToIndex(start, { align: 'center' });
  }, [virtualizer]);

  const itemAt = (index: number) => pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key === 'Enter') {
      const item = itemAt(activeIndex);
      if (item) {
        event.preventDefault();
        onOpen(item.id);
      }
      return;
    }
    const pageStep = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT * 5) / ROW_HEIGHT) - 1);
    const next = nextActiveIndex(event.key, activeIndex, total, pageStep);
    if (next === null) return;
    event.preventDefault();
    setActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  if (total === 0) return null;
  const active = Math.min(activeIndex, total - 1);
  return (
    <div className="results-scroller" ref={scroller}>
      <div
        ref={listRef}
        role="listbox"
        tabIndex={0}
        aria-label={t('list.resultsLabel')}
        aria-describedby="roster-keyboard-hint"
        aria-activedescendant={rows.some((row) => row.index === active) ? optionId(active) : undefined}
        className="results-list"
        onKeyDown={onKeyDown}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {rows.map((row) => {
          const item = itemAt(row.index);
          return (
            <div
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              id={optionId(row.index)}
              role="option"
              aria-selected={row.index === active}
              aria-setsize={total}
              aria-posinset={row.index + 1}
              className={row.index === active ? 'result-row active' : 'result-row'}
              style={{ transform: `translateY(${row.start}px)` }}
              onClick={() => {
                setActiveIndex(row.index);
                if (item) onOpen(item.id);
              }}
            >
              {item ? <ResultRow item={item} words={words} /> : <span className="muted">{t('list.loadingRow')}</span>}
            </div>
          );
        })}
      </div>
    </div>
  );
}
