// Casework set-ups for the browser tests: a vault with a coordinator (ADMIN, also admin) and two
// counsellors who already chose their own passphrases, a trusted intake station, and cases made by
// importing real bundles through the real import.
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AgeRecipients } from '../../main/bundle/age-stream';
import { buildBundle, type Intake, jsonBytes, newIntake, reportObject } from '../support/bundles';
import type { Page } from '@playwright/test';
import { ADMIN, type Baken, COUNSELLOR, expect } from './harness';

export const SECOND_COUNSELLOR = {
  username: 'consulent2',
  displayName: 'Chris de Boer',
  initial: 'blauwe walvis zwemt traag',
  own: 'witte molen draait langzaam',
} as const;

export type Casework = { intake: Intake; to: AgeRecipients; counsellorId: number; secondCounsellorId: number };

/** Ends the current session and opens one for `username` (the page must be reloaded after). */
export async function signIn(baken: Baken, username: string, passphrase: string): Promise<void> {
  await baken.invoke('session.lock', {});
  await baken.invoke('session.unlock', { username, passphrase });
}

export async function signInAsCoordinator(baken: Baken): Promise<void> {
  await signIn(baken, ADMIN.username, ADMIN.passphrase);
}

export async function signInAsCounsellor(baken: Baken, who: 'first' | 'second' = 'first'): Promise<void> {
  const user = who === 'first' ? COUNSELLOR : SECOND_COUNSELLOR;
  await signIn(baken, user.username, user.own);
}

export async function caseworkVault(baken: Baken): Promise<Casework> {
  await baken.createVault();
  await baken.invoke('users.setRoles', { userId: 1, roles: ['coordinator', 'admin'] });
  const recipients = await baken.invoke('vault.recipients', {});
  const intake = newIntake();
  await baken.invoke('trust.add', { publicKey: intake.publicKeyText, label: 'Intake Utrecht' });
  const ids: number[] = [];
  for (const u of [COUNSELLOR, SECOND_COUNSELLOR]) {
    const created = await baken.invoke('users.create', {
      username: u.username,
      displayName: u.displayName,
      roles: ['counsellor'],
      passphrase: u.initial,
      passphraseRepeat: u.initial,
    });
    ids.push(created.id);
  }
  for (const u of [COUNSELLOR, SECOND_COUNSELLOR]) {
    await signIn(baken, u.username, u.initial);
    await baken.invoke('session.changePassphrase', { current: u.initial, next: u.own, nextRepeat: u.own });
  }
  await signInAsCoordinator(baken);
  return { intake, to: { recipients: [recipients.x25519] }, counsellorId: ids[0] ?? 0, secondCounsellorId: ids[1] ?? 0 };
}

export type ReportSpec = {
  summary: string;
  narrative?: string;
  urgent?: boolean;
  /** Days before now (the week charts count the last 12 weeks). */
  daysAgo?: number;
  categories?: string[];
  country?: string;
  attachments?: Buffer[];
  /** The reporter consented to referral (the stock report does not). */
  referralConsent?: boolean;
};

const rfc3339 = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Imports one bundle with these reports (each opens a case) and returns the cases, queue order. */
export async function importReports(baken: Baken, c: Casework, specs: readonly ReportSpec[]): Promise<void> {
  const attachments = specs.flatMap((s) => s.attachments ?? []);
  const reports = specs.map((s) => {
    const report = reportObject({ attachments: s.attachments ?? [] });
    report.urgentSafetyRisk = s.urgent === true;
    report.receivedAt = rfc3339(new Date(Date.now() - (s.daysAgo ?? 1) * 86_400_000));
    if (s.referralConsent) {
      const reporter = report.reporter as { consent: Record<string, boolean> };
      reporter.consent = { ...reporter.consent, referral: true };
    }
    report.incident = {
      ...(report.incident as Record<string, unknown>),
      summary: s.summary,
      ...(s.narrative ? { narrative: s.narrative } : {}),
      ...(s.categories ? { categories: s.categories } : {}),
      ...(s.country ? { countryOfConcern: s.country } : {}),
    };
    return jsonBytes(report);
  });
  const { bytes } = await buildBundle({ reports, attachments, signer: c.intake, to: c.to });
  const stick = await baken.folder(`stick-${randomUUID()}`);
  await writeFile(join(stick, 'intake.baken'), bytes);
  baken.volumes = [{ path: stick, label: 'STICK' }];
  const media = await baken.invoke('media.list', {});
  const medium = media.find((m) => m.label === 'STICK');
  const results = await baken.invoke('import.start', { mediumId: medium?.id ?? '', names: ['intake.baken'] });
  expect(results.map((r) => r.status)).toEqual(['imported']);
}

/** Goes to a route of the app already open (a hash change, no reload), e.g. "cases/12". */
export async function gotoRoute(page: Page, route: string): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/${route}`);
}

/** The id of the case whose summary is `summary`. */
export async function caseIdOf(baken: Baken, summary: string): Promise<number> {
  const { rows } = await baken.invoke('cases.list', { view: 'all', limit: 500 });
  const row = rows.find((r) => r.summary === summary);
  if (!row) throw new Error(`no case with summary ${summary}`);
  return row.id;
}
