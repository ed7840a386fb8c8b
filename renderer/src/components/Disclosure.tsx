// A section folded away behind a button in its heading (aria-expanded); its content is rendered
// only while open.
import { type ReactNode, useState } from 'react';
import { Heading } from './Heading';

type Props = { id: string; title: string; level?: 2 | 3; initiallyOpen?: boolean; children: ReactNode };

export function Disclosure({ id, title, level = 2, initiallyOpen = false, children }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <section className="section disclosure-section" aria-labelledby={`${id}-title`}>
      <Heading level={level} id={`${id}-title`}>
        <button
          type="button"
          className="disclosure__button"
          aria-expanded={open}
          aria-controls={open ? `${id}-panel` : undefined}
          onClick={() => setOpen((o) => !o)}
        >
          <span className="disclosure__mark" aria-hidden="true" />
          {title}
        </button>
      </Heading>
      {open && <div id={`${id}-panel`}>{children}</div>}
    </section>
  );
}
