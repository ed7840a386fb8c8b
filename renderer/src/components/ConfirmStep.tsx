// The second step of a weighty action: the question, the confirming button and Cancel (focused,
// so Enter does not confirm by accident).
import { useT } from '../i18n/useT';

type Props = {
  /** The question's id is `${id}-question`. */
  id: string;
  question: string;
  confirmLabel: string;
  busy: boolean;
  tone?: 'danger' | 'primary';
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmStep({ id, question, confirmLabel, busy, tone = 'danger', onConfirm, onCancel }: Props) {
  const t = useT();
  return (
    <div className="confirm" role="group" aria-labelledby={`${id}-question`}>
      <p id={`${id}-question`}>{question}</p>
      <button type="button" className={`button button--${tone}`} onClick={onConfirm}>
        {busy ? t('common.busy') : confirmLabel}
      </button>
      <button type="button" className="button" autoFocus onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
