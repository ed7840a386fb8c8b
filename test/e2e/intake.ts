// Real bundles for the browser tests, made with test/support/bundles.ts for this test's vault.
import { randomBytes } from 'node:crypto';
import type { AgeRecipients } from '../../main/bundle/age-stream';
import { buildBundle, type Intake, jsonBytes, newIntake, reportObject } from '../support/bundles';
import type { Baken } from './harness';

export const SUMMARY = 'Tehdit telefonla';
export const URGENT_SUMMARY = 'Konsolosluğun önünde takip edildim';

export type IntakeSetup = { intake: Intake; to: AgeRecipients };

/** The vault with ADMIN, who is also a counsellor (so sees both Inbox and Admin), and an intake station's key pair. */
export async function intakeVault(baken: Baken): Promise<IntakeSetup> {
  await baken.createVault();
  await baken.invoke('users.setRoles', { userId: 1, roles: ['counsellor', 'admin'] });
  const recipients = await baken.invoke('vault.recipients', {});
  return { intake: newIntake(), to: { recipients: [recipients.x25519] } };
}

/** Two reports, the older one urgent and with an attachment. */
export async function twoReportBundle({ intake, to }: IntakeSetup): Promise<Buffer> {
  const attachment = Buffer.from('Schermafdruk van het bericht van het consulaat\n');
  const urgent = reportObject({ attachments: [attachment] });
  urgent.urgentSafetyRisk = true;
  urgent.receivedAt = '2026-11-20T09:15:00Z';
  urgent.incident = { ...(urgent.incident as Record<string, unknown>), summary: URGENT_SUMMARY, categories: ['surveillance'] };
  const plain = reportObject();
  const { bytes } = await buildBundle({ reports: [jsonBytes(plain), jsonBytes(urgent)], attachments: [attachment], signer: intake, to });
  return bytes;
}

/** `count` reports with numbered summaries ("Melding 1" …), the first `urgent` of them urgent. */
export async function manyReportBundle({ intake, to }: IntakeSetup, count: number, urgent = 0): Promise<Buffer> {
  const reports = Array.from({ length: count }, (_, i) => {
    const report = reportObject();
    report.urgentSafetyRisk = i < urgent;
    report.incident = { ...(report.incident as Record<string, unknown>), summary: `Melding ${i + 1}` };
    return jsonBytes(report);
  });
  const { bytes } = await buildBundle({ reports, signer: intake, to });
  return bytes;
}

/** One report with the given summary. */
export async function oneReportBundle({ intake, to }: IntakeSetup, summary: string): Promise<Buffer> {
  const report = reportObject();
  report.incident = { ...(report.incident as Record<string, unknown>), summary };
  const { bytes } = await buildBundle({ reports: [jsonBytes(report)], signer: intake, to });
  return bytes;
}

/** Bundles over 4 MiB are read as a stream (and can be paused, see harness pauseImportAt). */
export const LARGE_ATTACHMENT_BYTES = 24 * 1024 * 1024;

/** One report with a large attachment. */
export async function largeBundle({ intake, to }: IntakeSetup, summary: string): Promise<Buffer> {
  const attachment = randomBytes(LARGE_ATTACHMENT_BYTES);
  const report = reportObject({ attachments: [attachment] });
  report.incident = { ...(report.incident as Record<string, unknown>), summary };
  const { bytes } = await buildBundle({ reports: [jsonBytes(report)], attachments: [attachment], signer: intake, to });
  return bytes;
}
