// Words for referral data the renderer shows: statuses, partner kinds, the fields to share.
import type { PartnerKind, ReferralStatus, ShareableField } from '../../../../core/referrals/referrals';
import type { BadgeTone } from '../../components/Badge';
import { useT } from '../../i18n/useT';

export const STATUS_TONE: Record<ReferralStatus, BadgeTone> = {
  proposed: 'warning',
  approved: 'neutral',
  sent: 'neutral',
  acknowledged: 'success',
  closed: 'success',
  declined: 'error',
  withdrawn: 'error',
};

export function useReferralText() {
  const t = useT();
  return {
    status: (s: ReferralStatus) => t(`referral.status.${s}`),
    kind: (k: PartnerKind) => t(`partner.kind.${k}`),
    field: (f: ShareableField) => t(`referral.field.${f}`),
  };
}
