// Administration as tabs: users, audit log, settings, the workstation recipients, the intake trust
// store, import folders, the quarantine, the referral partner directory, backups and retention.
import { PageHeading } from '../../components/PageHeading';
import { type TabSpec, Tabs } from '../../components/Tabs';
import { useT } from '../../i18n/useT';
import { AuditTab } from './AuditTab';
import { BackupTab } from './BackupTab';
import { FoldersTab } from './FoldersTab';
import { PartnerDirectory } from '../referrals/PartnerDirectory';
import { QuarantineTab } from './QuarantineTab';
import { RekeyTab } from './RekeyTab';
import { RecipientsTab } from './RecipientsTab';
import { RetentionTab } from './RetentionTab';
import { SettingsTab } from './SettingsTab';
import { TrustTab } from './TrustTab';
import { UsersTab } from './UsersTab';

export function AdminPage() {
  const t = useT();
  const tabs: TabSpec[] = [
    { id: 'users', label: t('admin.users'), render: () => <UsersTab /> },
    { id: 'audit', label: t('admin.audit'), render: () => <AuditTab /> },
    { id: 'settings', label: t('admin.settings'), render: () => <SettingsTab /> },
    { id: 'recipients', label: t('admin.recipients'), render: () => <RecipientsTab /> },
    { id: 'trust', label: t('admin.trust'), render: () => <TrustTab /> },
    { id: 'folders', label: t('admin.folders'), render: () => <FoldersTab /> },
    { id: 'quarantine', label: t('admin.quarantine'), render: () => <QuarantineTab /> },
    { id: 'partners', label: t('partners.title'), render: () => <PartnerDirectory /> },
    { id: 'backup', label: t('admin.backup'), render: () => <BackupTab /> },
    { id: 'rekey', label: t('admin.rekey'), render: () => <RekeyTab /> },
    { id: 'retention', label: t('admin.retention'), render: () => <RetentionTab /> },
  ];
  return (
    <div className="page">
      <PageHeading title={t('section.admin')} />
      <Tabs tabs={tabs} label={t('admin.tabs')} />
    </div>
  );
}
