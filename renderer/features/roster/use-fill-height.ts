// The height from an element's top to the bottom of the window, kept up to date, so the roster's results fill the
// window whatever sits above them (banners, notices, wrapping chips) instead of being a fixed box.
import { useEffect, useState, type RefObject } from 'react';

/** Space left below the element at least, so its frame does not touch the window's edge. */
const BOTTOM_GAP_PX = 12;
/** Never smaller than this, however crowded the window: a few rows stay visible. */
const MIN_HEIGHT_PX = 240;

/** The room the page keeps below `node`: its own bottom margin and the bottom padding, border and margin of each parent. */
function spaceBelow(node: HTMLElement): number {
  let total = parseFloat(getComputedStyle(node).marginBottom) || 0;
  for (let parent = node.parentElement; parent && parent !== document.documentElement; parent = parent.parentElement) {
    const style = getComputedStyle(parent);
    total += (parseFloat(style.paddingBottom) || 0) + (parseFloat(style.borderBottomWidth) || 0) + (parseFloat(style.marginBottom) || 0);
  }
  return total;
}

export function useFillHeight(element: RefObject<HTMLElement | null>): number | null {
  const [height, setHeight] = useState<number | null>(null);

  useEffect(() => {
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const node = element.current;
        if (!node) return;
        const top = node.getBoundingClientRect().top + window.scrollY;
        const next = Math.max(MIN_HEIGHT_PX, Math.floor(window.innerHeight - top - Math.max(BOTTOM_GAP_PX, spaceBelow(node))));
        // Equal heights are skipped, so the size change this causes does not measure again for ever.
        setHeight((previous) => (previous === next ? previous : next));
      });
    };
    measure();
    // What sits above can change size without the window changing (a notice, a banner): the page around the element
    // then changes height, so watch it and the document's body.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    const page = element.current?.parentElement;
    if (page) observer.observe(page);
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [element]);

  return height;
}
