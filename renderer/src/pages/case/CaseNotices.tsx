// Why the controls are off: the case was merged into another, or it is not assigned to this
// counsellor (who may take it when nobody has it).
import { useT } from '../../i18n/useT';
import { useSession } from '../../session';
import { caseHref } from '../cases/links';
import { useCase } from './caseContext';

export function CaseNotices({ readOnlyId }: { readOnlyId: string }) {
  const t = useT();
  const { session } = useSession();
  const { detail, canWrite } = useCase();
  if (detail.mergedInto) {
    return (
      <div className="notice" id={readOnlyId}>
        <p>
          {t('case.mergedInto')} <a href={caseHref(detail.mergedInto.id)}>{detail.mergedInto.number}</a>
        </p>
      </div>
    );
  }
  if (canWrite) return null;
  const counsellor = session.roles.includes('counsellor');
  return (
    <div className="notice" id={readOnlyId}>
      <p>{detail.assignee === null && counsellor ? t('case.readOnlyTake') : t('case.readOnly')}</p>
    </div>
  );
}
