// The quarantine in the inbox, folded away until opened (a disclosure button inside the heading).
import { useState } from 'react';
import { QuarantineList } from '../../components/QuarantineList';
import { useT } from '../../i18n/useT';

export function QuarantineSection({ refreshToken }: { refreshToken: number }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <section className="section" aria-labelledby="quarantine-title">
      <h2 id="quarantine-title" className="disclosure">
        <button
          type="button"
          className="disclosure__button"
          aria-expanded={open}
          aria-controls={open ? 'quarantine-panel' : undefined}
          onClick={() => setOpen((o) => !o)}
        >
          <span className="disclosure__mark" aria-hidden="true" />
          {t('quarantine.title')}
        </button>
      </h2>
      {open && (
        <div id="quarantine-panel">
          <p>{t('quarantine.intro')}</p>
          <QuarantineList refreshToken={refreshToken} />
        </div>
      )}
    </section>
  );
}
