// The partner directory: every organisation a referral can go to. Coordinators and admins add and
// change entries (main checks the role again); counsellors read it.
import { useState } from 'react';
import type { Partner } from '../../../../core/referrals/referrals';
import { call } from '../../api/client';
import { Badge } from '../../components/Badge';
import { ErrorAlert } from '../../components/Messages';
import { useLoad } from '../../hooks/useLoad';
import { useErrorText, useT } from '../../i18n/useT';
import { useSession } from '../../session';
import { PartnerForm } from './PartnerForm';
import { useReferralText } from './referralText';

const loadPartners = () => call('partners.list', {});

export function PartnerDirectory() {
  const t = useT();
  const errorText = useErrorText();
  const text = useReferralText();
  const { session } = useSession();
  const mayEdit = session.roles.includes('coordinator') || session.roles.includes('admin');
  const loaded = useLoad(loadPartners);
  const [list, setList] = useState<Partner[] | null>(null);
  const [editing, setEditing] = useState<Partner | null>(null);
  const partners = list ?? loaded.data;
  return (
    <>
      <p>{t('partners.intro')}</p>
      <ErrorAlert id="partners-error" text={loaded.error ? errorText(loaded.error) : null} />
      {partners && partners.length === 0 && <p>{t('partners.none')}</p>}
      {partners && partners.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption>{t('partners.caption', { count: partners.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('partners.name')}</th>
                <th scope="col">{t('partners.kind')}</th>
                <th scope="col">{t('partners.region')}</th>
                <th scope="col">{t('partners.contact')}</th>
                <th scope="col">{t('partners.accepts')}</th>
                <th scope="col">{t('partners.delivery')}</th>
                {mayEdit && (
                  <th scope="col">
                    <span className="visually-hidden">{t('partners.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {partners.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <span dir="auto">{p.name}</span> {!p.active && <Badge tone="neutral">{t('partners.inactive')}</Badge>}
                  </th>
                  <td>{text.kind(p.kind)}</td>
                  <td dir="auto">{p.region}</td>
                  <td dir="auto" className="narrative">
                    {p.contact}
                  </td>
                  <td dir="auto" className="narrative">
                    {p.accepts}
                  </td>
                  <td>{p.recipient ? t('partners.deliveryEncrypted') : t('partners.deliveryPrint')}</td>
                  {mayEdit && (
                    <td>
                      <button type="button" className="button button--small button--secondary" onClick={() => setEditing(p)}>
                        {t('partners.edit')}
                        <span className="visually-hidden"> {p.name}</span>
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayEdit && (
        <PartnerForm
          key={editing?.id ?? 'new'}
          editing={editing}
          onSaved={(next) => {
            setList(next);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
    </>
  );
}
