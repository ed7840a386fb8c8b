// The risk assessment: four questions and notes; who assessed it last, and when.
import { type FormEvent, useState } from 'react';
import type { RiskAssessment } from '../../../../core/cases/types';
import { call } from '../../api/client';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormatDateTime } from '../../i18n/format';
import { useErrorText, useT } from '../../i18n/useT';
import { useCase, useCaseChange } from './caseContext';
import { ControlGroup } from './ControlGroup';
import { Panel } from './Panel';

const ERROR_ID = 'risk-error';
const QUESTIONS = ['immediateDanger', 'threatsToFamilyAbroad', 'childrenInvolved', 'digitalCompromise'] as const;
type Question = (typeof QUESTIONS)[number];
type Answers = Pick<RiskAssessment, Question | 'notes'>;

function answersOf(r: RiskAssessment): Answers {
  return {
    immediateDanger: r.immediateDanger,
    threatsToFamilyAbroad: r.threatsToFamilyAbroad,
    childrenInvolved: r.childrenInvolved,
    digitalCompromise: r.digitalCompromise,
    notes: r.notes,
  };
}

function RiskForm({ risk }: { risk: RiskAssessment }) {
  const t = useT();
  const errorText = useErrorText();
  const { detail } = useCase();
  const [answers, setAnswers] = useState<Answers>(() => answersOf(risk));
  const [done, setDone] = useState(false);
  const change = useCaseChange((a: Answers) => call('cases.setRisk', { caseId: detail.id, risk: a }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (await change.run(answers)) setDone(true);
  }

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="form" aria-busy={change.busy || undefined}>
      <ControlGroup legend={t('case.risk.title')}>
        <fieldset className="fieldset">
          <legend>{t('case.risk.questions')}</legend>
          {QUESTIONS.map((q) => (
            <CheckboxField key={q} id={`risk-${q}`} label={t(`case.risk.${q}`)} checked={answers[q]} onChange={(on) => setAnswers((a) => ({ ...a, [q]: on }))} />
          ))}
        </fieldset>
        <TextAreaField id="risk-notes" label={t('case.risk.notes')} value={answers.notes} onChange={(notes) => setAnswers((a) => ({ ...a, notes }))} rows={4} errorId={change.error ? ERROR_ID : null} />
        <ErrorAlert id={ERROR_ID} text={change.busy || !change.error ? null : errorText(change.error)} />
        <SubmitButton busy={change.busy} label={t('case.risk.save')} busyLabel={t('common.busy')} />
      </ControlGroup>
      <StatusMessage tone="success" text={done ? t('case.risk.saved') : null} />
    </form>
  );
}

export function RiskSection() {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const { detail } = useCase();
  const { risk } = detail;
  return (
    <Panel id="risk" level={2} title={t('case.risk.title')}>
      <p className="small">
        {risk.assessedAt && risk.assessedBy
          ? t('case.risk.assessed', { by: risk.assessedBy, at: formatDateTime(risk.assessedAt) })
          : t('case.risk.never')}
      </p>
      <RiskForm risk={risk} />
    </Panel>
  );
}
