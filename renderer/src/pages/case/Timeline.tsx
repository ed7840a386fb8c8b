// What happened to the case, newest first: when, who, and what in words.
import { useFormatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useCase } from './caseContext';
import { useEventText } from './eventText';
import { Panel } from './Panel';

export function Timeline() {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const eventText = useEventText();
  const { detail } = useCase();
  const events = [...detail.events].reverse();
  return (
    <Panel id="timeline" level={2} title={t('case.timeline.title')}>
      <p className="small">{t('case.timeline.order', { count: events.length })}</p>
      <ol className="timeline">
        {events.map((e) => (
          <li key={e.id} className="timeline__event">
            <p className="timeline__when">
              <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {e.actor ?? t('audit.system')}
            </p>
            <p dir="auto">{eventText(e)}</p>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
