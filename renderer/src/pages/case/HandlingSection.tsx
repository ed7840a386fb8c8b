// Handling the case: status, assignment, priority, the follow-up date and the legal hold.
import { useT } from '../../i18n/useT';
import { AssignmentControl } from './AssignmentControl';
import { FollowUpControl } from './FollowUpControl';
import { LegalHoldControl } from './LegalHoldControl';
import { PriorityControl } from './PriorityControl';
import { StatusControl } from './StatusControl';

export function HandlingSection() {
  const t = useT();
  return (
    <section className="section" aria-labelledby="handling-title">
      <h2 id="handling-title">{t('case.handling')}</h2>
      <div className="panel-grid">
        <StatusControl />
        <AssignmentControl />
        <PriorityControl />
        <FollowUpControl />
        <LegalHoldControl />
      </div>
    </section>
  );
}
