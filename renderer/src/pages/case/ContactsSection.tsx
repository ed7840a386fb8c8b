// The contact log: every contact with the reporter (when, how, the outcome, a summary), and adding one.
import { useCodeName } from '../../i18n/codes';
import { useFormatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { AddContact } from './AddContact';
import { useCase } from './caseContext';
import { Panel } from './Panel';

export function ContactsSection() {
  const t = useT();
  const codeName = useCodeName();
  const formatDateTime = useFormatDateTime();
  const { detail } = useCase();
  const contacts = [...detail.contacts].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Panel id="contacts" level={2} title={t('case.contacts.title')}>
      {contacts.length === 0 ? (
        <p>{t('case.contacts.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption>{t('case.contacts.caption', { count: contacts.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('case.contacts.at')}</th>
                <th scope="col">{t('case.contacts.channel')}</th>
                <th scope="col">{t('case.contacts.outcome')}</th>
                <th scope="col">{t('case.contacts.summary')}</th>
                <th scope="col">{t('case.contacts.by')}</th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{formatDateTime(c.at)}</th>
                  <td>{codeName('contactChannel', c.channel)}</td>
                  <td>{codeName('contactOutcome', c.outcome)}</td>
                  <td className="table__prose">
                    <p dir="auto" className="narrative">
                      {c.summary}
                    </p>
                  </td>
                  <td>{c.byUser}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddContact />
    </Panel>
  );
}
