// The current page from the location hash ("#/admin", "#/cases/12", "#/search?q=…"). Other hashes
// (the skip link's "#main") leave the page as it is.
import { useEffect, useState } from 'react';

/** The page for changing one's own passphrase, open to every user. */
export const PASSPHRASE_ROUTE = 'passphrase';
/** Full-text search; it belongs to the 'cases' section. */
export const SEARCH_ROUTE = 'search';

/** Routes outside the sections' own names, and the section each belongs to. */
const SECTION_OF: Record<string, string> = { [SEARCH_ROUTE]: 'cases' };

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

export type RouteParts = {
  /** The first segment: "cases" for "cases/12". */
  head: string;
  /** The segments after the first, decoded. */
  rest: string[];
  params: URLSearchParams;
};

export function routeParts(route: string): RouteParts {
  const at = route.indexOf('?');
  const path = at < 0 ? route : route.slice(0, at);
  const segments = path
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  return { head: segments[0] ?? '', rest: segments.slice(1), params: new URLSearchParams(at < 0 ? '' : route.slice(at + 1)) };
}

/** The section a route belongs to: its first segment, or the section an extra route is part of. */
export function sectionOfRoute(route: string): string {
  const { head } = routeParts(route);
  return SECTION_OF[head] ?? head;
}

/** Goes to a route (adds a history entry, so Back returns). */
export function navigate(route: string): void {
  window.location.hash = routeHref(route);
}

/** Before the frame shows: keep the current page if its section is allowed, else start at `fallback`. */
export function landOn(allowed: readonly string[], fallback: string): void {
  const current = parse(window.location.hash);
  if (current !== null && allowed.includes(sectionOfRoute(current))) return;
  window.history.replaceState(null, '', routeHref(fallback));
}
