// Administration: users, audit log, settings and the workstation recipients, as tabs.
import { PageHeading } from '../../components/PageHeading';
import { type TabSpec, Tabs } from '../../components/Tabs';
import { useT } from '../../i18n/useT';
import { AuditTab } from './AuditTab';
import { RecipientsTab } from './RecipientsTab';
import { SettingsTab } from './SettingsTab';
import { UsersTab } from './UsersTab';

export function AdminPage() {
  const t = useT();
  const tabs: TabSpec[] = [
    { id: 'users', label: t('admin.users'), render: () => <UsersTab /> },
    { id: 'audit', label: t('admin.audit'), render: () => <AuditTab /> },
    { id: 'settings', label: t('admin.settings'), render: () => <SettingsTab /> },
    { id: 'recipients', label: t('admin.recipients'), render: () => <RecipientsTab /> },
  ];
  return (
    <div className="page">
      <PageHeading title={t('section.admin')} />
      <Tabs tabs={tabs} label={t('admin.tabs')} />
    </div>
  );
}
