// "Overdue" or "today" beside a follow-up date of an open case; nothing otherwise.
import { Badge } from '../../components/Badge';
import { useT } from '../../i18n/useT';

export function followUpState(day: string, closed: boolean, today: string): 'overdue' | 'today' | null {
  if (closed) return null;
  if (day < today) return 'overdue';
  return day === today ? 'today' : null;
}

export function FollowUpBadge({ day, closed, today }: { day: string; closed: boolean; today: string }) {
  const t = useT();
  const state = followUpState(day, closed, today);
  if (state === 'overdue') return <Badge tone="error">{t('cases.followUpOverdue')}</Badge>;
  if (state === 'today') return <Badge tone="warning">{t('cases.followUpToday')}</Badge>;
  return null;
}
