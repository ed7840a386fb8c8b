// attachments.preview on a real vault: an imported bundle with a photo carrying EXIF, a PNG with a
// secret text chunk, a renamed executable, a PDF, a Turkish/Arabic text and a truncated PNG; the
// channel's answers through the dispatcher, who may ask, and the audit trail.
import { randomUUID } from 'node:crypto';
import { PNG } from 'pngjs';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { AttachmentPreview } from '../../core/attachments';
import { ADMIN_PASS } from '../support/vault';
import { buildBundle, jsonBytes, reportObject, sha256 } from '../support/bundles';
import { intakeVault } from '../support/intake';
import { tempDir } from '../support/temp';
import {
  CAMERA_MODEL,
  GPS_LATITUDE,
  MULTILINGUAL_TEXT,
  encodePngFixture,
  fakeExecutable,
  fakePdf,
  jpegWithExif,
  textChunk,
  withChunks,
} from '../support/attachment-fixtures';

const SECRET = 'SECRET-MARKER-c0ffee';
const COORD = 'coordinator passphrase one';
const REV = 'reviewer passphrase one';
const ADMIN_ONLY = 'admin passphrase only';

let tmp: ReturnType<typeof tempDir>;
let v: Awaited<ReturnType<typeof intakeVault>>;
let reportId = '';
const fullPng = encodePngFixture(48, 32);
const files = [
  { bytes: withChunks(encodePngFixture(2000, 1000), textChunk('Comment', SECRET)), filename: 'scherm.png', mediaType: 'image/png' },
  { bytes: jpegWithExif(120, 80, 6), filename: 'IMG_2041.jpg', mediaType: 'image/jpeg' },
  { bytes: fakeExecutable(), filename: 'foto-van-de-auto.jpg', mediaType: 'image/jpeg' },
  { bytes: fakePdf(), filename: 'dagvaarding.pdf', mediaType: 'application/pdf' },
  { bytes: Buffer.from(MULTILINGUAL_TEXT, 'utf8'), filename: 'verklaring.txt', mediaType: 'text/plain' },
  { bytes: fullPng.subarray(0, fullPng.length - 40), filename: 'kapot.png', mediaType: 'image/png' },
];

async function user(username: string, roles: ('counsellor' | 'coordinator' | 'reviewer' | 'admin')[], pass: string) {
  const temp = `${pass} (first)`;
  await v.t.ok('users.create', { username, displayName: username.toUpperCase(), roles, passphrase: temp, passphraseRepeat: temp });
  await as(username, temp);
  await v.t.ok('session.changePassphrase', { current: temp, next: pass, nextRepeat: pass });
  await as('anna', ADMIN_PASS);
}

async function as(username: string, pass: string) {
  await v.t.ok('session.lock', {});
  await v.t.ok('session.unlock', { username, passphrase: pass });
}

const preview = (position: number) => v.t.ok('attachments.preview', { reportId, position });

beforeAll(async () => {
  tmp = tempDir();
  v = await intakeVault(tmp.path);
  await user('sara', ['coordinator'], COORD);
  await user('rik', ['reviewer'], REV);
  await user('beheer', ['admin'], ADMIN_ONLY);
  const report = reportObject({ attachments: files.map((f) => f.bytes) });
  report.attachments = files.map((f) => ({ sha256: sha256(f.bytes), filename: f.filename, mediaType: f.mediaType }));
  reportId = String(report.reportId);
  const b = await buildBundle({ reports: [jsonBytes(report)], attachments: files.map((f) => f.bytes), signer: v.intake, to: v.to });
  const [result] = await v.importHere([v.put(b.bytes)]);
  expect(result?.status).toBe('imported');
});
afterEach(async () => {
  if (v.t.dispatcher.sessions.current()?.user.username !== 'anna') await as('anna', ADMIN_PASS);
});
afterAll(() => {
  v.t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

function pngOf(p: AttachmentPreview): Buffer {
  if (p.kind !== 'image') throw new Error(`expected an image, got ${p.kind}`);
  return Buffer.from(p.png, 'base64');
}

describe('attachments.preview', () => {
  it('shows a PNG re-encoded and scaled down, without its text chunk', async () => {
    const p = await preview(0);
    expect(p).toMatchObject({ kind: 'image', width: 1600, height: 800, realType: 'image/png', declaredType: 'image/png', filename: 'scherm.png', size: files[0]?.bytes.length, sha256: sha256(files[0]?.bytes ?? Buffer.alloc(0)) });
    const png = pngOf(p);
    expect(png.toString('latin1')).not.toContain(SECRET);
    expect(PNG.sync.read(png)).toMatchObject({ width: 1600, height: 800 });
  });

  it('shows a photo upright without EXIF, GPS position or camera model', async () => {
    const p = await preview(1);
    expect(p).toMatchObject({ kind: 'image', width: 80, height: 120, realType: 'image/jpeg' });
    const png = pngOf(p);
    for (const needle of ['Exif', CAMERA_MODEL]) expect(png.toString('latin1')).not.toContain(needle);
    expect(png.includes(GPS_LATITUDE)).toBe(false);
    expect(JSON.stringify(p)).not.toContain(CAMERA_MODEL);
  });

  it('describes a renamed executable and a PDF by their real types', async () => {
    expect(await preview(2)).toMatchObject({ kind: 'other', realType: 'application/x-msdownload', declaredType: 'image/jpeg', reason: 'not-previewable', filename: 'foto-van-de-auto.jpg', size: 512 });
    expect(await preview(3)).toMatchObject({ kind: 'other', realType: 'application/pdf', declaredType: 'application/pdf', reason: 'not-previewable' });
  });

  it('shows text as text and a truncated PNG as undecodable', async () => {
    expect(await preview(4)).toMatchObject({ kind: 'text', text: MULTILINGUAL_TEXT, truncated: false, realType: 'text/plain' });
    expect(await preview(5)).toMatchObject({ kind: 'other', realType: 'image/png', reason: 'undecodable' });
  });

  it('lets coordinators and reviewers see attachments, not a pure admin', async () => {
    await as('sara', COORD);
    expect((await preview(4)).kind).toBe('text');
    await as('rik', REV);
    expect((await preview(1)).kind).toBe('image');
    await as('beheer', ADMIN_ONLY);
    expect(await v.t.fail('attachments.preview', { reportId, position: 4 })).toBe('forbidden');
  });

  it('answers unknown reports and positions with codes, and checks its input', async () => {
    expect(await v.t.fail('attachments.preview', { reportId: randomUUID(), position: 0 })).toBe('case-not-found');
    expect(await v.t.fail('attachments.preview', { reportId, position: 6 })).toBe('attachment-not-found');
    expect(await v.t.fail('attachments.preview', { reportId, position: -1 })).toBe('invalid-input');
    expect(await v.t.fail('attachments.preview', { reportId: 'not-a-uuid', position: 0 })).toBe('invalid-input');
  });

  it('records every preview in the audit log with the case number', async () => {
    await as('sara', COORD);
    const { caseNumber } = await v.t.ok('reports.get', { reportId });
    await preview(3);
    await as('rik', REV);
    await preview(4);
    await as('anna', ADMIN_PASS);
    const { entries } = await v.t.ok('audit.list', { limit: 500 });
    const previews = entries.filter((e) => e.action === 'attachment.preview');
    expect(previews.find((e) => e.actor === 'sara' && e.details.position === 3)).toMatchObject({ target: caseNumber, details: { reportId, position: 3 } });
    expect(previews.some((e) => e.actor === 'rik')).toBe(true);
    expect(previews.some((e) => e.actor === 'beheer')).toBe(false);
    expect(await v.t.ok('audit.verify', {})).toMatchObject({ ok: true });
  });
});
