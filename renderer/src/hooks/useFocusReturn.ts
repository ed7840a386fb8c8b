// Focus for an element that (re)appears after a state change, e.g. the "Edit" button after its
// editor closes: request() now, and the element takes focus once it is on the page.
import { type RefObject, useEffect, useRef } from 'react';

export function useFocusReturn<T extends HTMLElement>(): [RefObject<T | null>, () => void] {
  const ref = useRef<T>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (pending.current && ref.current) {
      pending.current = false;
      ref.current.focus();
    }
  });
  const request = () => {
    pending.current = true;
  };
  return [ref, request];
}
