// A case's status and priority in words. Urgent (by priority, or a safety risk from intake) is a
// badge with text; the colour only repeats it.
import type { CaseStatus } from '../../../../core/cases/status';
import type { Priority } from '../../../../core/cases/types';
import { Badge } from '../../components/Badge';
import { useT } from '../../i18n/useT';

export function StatusBadge({ status }: { status: CaseStatus }) {
  const t = useT();
  return <Badge tone={status === 'closed' ? 'success' : status === 'new' ? 'warning' : 'neutral'}>{t(`caseStatus.${status}`)}</Badge>;
}

export function PriorityBadge({ priority, urgent }: { priority: Priority; urgent: boolean }) {
  const t = useT();
  return (
    <span className="badges">
      {priority === 'urgent' ? <Badge tone="urgent">{t('priority.urgent')}</Badge> : <span>{t(`priority.${priority}`)}</span>}
      {urgent && <Badge tone="urgent">{t('cases.safetyRisk')}</Badge>}
    </span>
  );
}
