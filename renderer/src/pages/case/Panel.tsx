// A bordered part of the case page with its heading.
import type { ReactNode } from 'react';
import { Heading } from '../../components/Heading';

type Props = { id: string; title: string; level?: 2 | 3; className?: string; children: ReactNode };

export function Panel({ id, title, level = 3, className, children }: Props) {
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={`${id}-title`}>
      <Heading level={level} id={`${id}-title`}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
