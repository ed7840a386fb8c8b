// Code passed to page.evaluate/addInitScript runs in Chromium, but test/ is type-checked with
// Node's libraries only (no DOM, so main/ cannot use browser APIs by accident). These are the
// few browser shapes that page-side code here uses. Page-side functions are serialised, so they
// cannot call imports: write `const w = globalThis as unknown as PageGlobals` inside them.
export type ViolationEvent = { effectiveDirective: string; blockedURI: string };

export type PageElement = {
  src: string;
  textContent: string | null;
  setAttribute(name: string, value: string): void;
  remove(): void;
};

export type PageGlobals = {
  baken?: unknown;
  __bakenInvoke(channel: string, input: unknown): Promise<unknown>;
  __bakenDeliver?: (event: string, payload: unknown) => void;
  __violations?: ViolationEvent[];
  __pwned?: boolean;
  document: {
    addEventListener(type: 'securitypolicyviolation', listener: (event: ViolationEvent) => void): void;
    createElement(tag: string): PageElement;
    head: { append(node: PageElement): void };
    documentElement: { lang: string };
    activeElement: unknown;
  };
  Image: new () => PageElement;
  scrollTo(x: number, y: number): void;
  scrollY: number;
  getComputedStyle(element: unknown): { outlineStyle: string; outlineWidth: string };
};
