// A referral's status as a badge.
import type { ReferralStatus } from '../../../../core/referrals/referrals';
import { Badge } from '../../components/Badge';
import { STATUS_TONE, useReferralText } from './referralText';

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const text = useReferralText();
  return <Badge tone={STATUS_TONE[status]}>{text.status(status)}</Badge>;
}
