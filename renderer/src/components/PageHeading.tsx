// The page's one h1. It takes focus when the page appears, so keyboard and screen-reader users
// start at the top of the new page, and it sets the window title.
import { useEffect, useRef } from 'react';

export function PageHeading({ title, focus = true }: { title: string; focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  useEffect(() => {
    document.title = `${title} — Baken`;
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {title}
    </h1>
  );
}
