// The current page from the location hash ("#/admin"). Other hashes (the skip link's "#main")
// leave the page as it is.
import { useEffect, useState } from 'react';

/** The page for changing one's own passphrase, open to every user. */
export const PASSPHRASE_ROUTE = 'passphrase';

function parse(hash: string): string | null {
  return hash.startsWith('#/') ? hash.slice(2) : null;
}

export function useHashRoute(): string {
  const [route, setRoute] = useState(() => parse(window.location.hash) ?? '');
  useEffect(() => {
    const onChange = () => {
      const next = parse(window.location.hash);
      if (next !== null) setRoute(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function routeHref(route: string): string {
  return `#/${route}`;
}

/** Before the frame shows: keep the current page if it is allowed, else start at `fallback`. */
export function landOn(allowed: readonly string[], fallback: string): void {
  const current = parse(window.location.hash);
  if (current !== null && allowed.includes(current)) return;
  window.history.replaceState(null, '', routeHref(fallback));
}
