// Retention: how long each kind of data is kept (keep forever by default), what a purge would
// remove now, purging with a confirmation, and the last purge. A legal hold is set on the case page.
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/Messages';
import { useFormatDateTime } from '../../i18n/format';
import { useLoad } from '../../hooks/useLoad';
import { useErrorText, useT } from '../../i18n/useT';
import { RetentionPeriodsForm } from './RetentionPeriodsForm';
import { RetentionPurge } from './RetentionPurge';

const loadRetention = () => call('retention.get', {});

export function RetentionTab() {
  const t = useT();
  const errorText = useErrorText();
  const formatDateTime = useFormatDateTime();
  const loaded = useLoad(loadRetention);
  const view = loaded.data;
  return (
    <>
      <h2>{t('admin.retention')}</h2>
      <p>{t('retention.intro')}</p>
      <ErrorAlert id="retention-load-error" text={loaded.error ? errorText(loaded.error) : null} />
      {view?.pausedByClock && (
        <p className="message message--info" id="retention-paused">
          {t('retention.pausedByClock', { at: formatDateTime(view.pausedByClock.at) })}
        </p>
      )}
      {view && (
        <>
          <RetentionPeriodsForm initial={view} onSaved={loaded.reload} />
          <RetentionPurge view={view} onPurged={loaded.reload} />
        </>
      )}
    </>
  );
}
