// A wide table (a rubric, a ranked table) in a region that scrolls sideways on its own and can be reached by keyboard
// to scroll it, named for screen readers.
import type { ReactNode } from 'react';

export function ScrollingTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A scrolling region must take the focus, or a keyboard cannot scroll it.
    <div className="table-scroll grants-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
