// Moves keyboard and screen-reader focus to a screen's heading or first field when the screen appears.
import { useEffect, type RefObject } from 'react';

export function useFocusOnMount(target: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    target.current?.focus();
  }, [target]);
}
