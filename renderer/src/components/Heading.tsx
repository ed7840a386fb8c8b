import type { ReactNode } from 'react';

/** A heading whose level the parent chooses, so a component keeps the outline in order. */
export function Heading({ level, id, children }: { level: 2 | 3 | 4; id?: string; children: ReactNode }) {
  const Tag = `h${level}` as const;
  return <Tag id={id}>{children}</Tag>;
}
