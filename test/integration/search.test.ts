// Full-text search on a real encrypted vault: rows inserted with the migrations' own tables, indexed
// by main/search, searched in every script the workstation meets.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../core/search';
import type { Db } from '../../db/open';
import { ensureSearchIndex, indexNote, indexReport, moveReportToCase, removeNote } from '../../main/search/indexer';
import { RANKED_BELOW, search } from '../../main/search/query';
import { tempDir } from '../support/temp';
import { ADMIN_PASS, testDispatcher } from '../support/vault';

let tmp: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testDispatcher>;
let db: Db;
const NOW = '2026-11-27T14:05:00Z';
const BUNDLE = randomUUID();

function seedBundle(): void {
  db.prepare(`INSERT INTO intake_keys (key_id, public_key, label, added_at, added_by) VALUES ('0123456789abcdef', ?, 'test', ?, 'anna')`).run(
    Buffer.alloc(32, 1),
    NOW,
  );
  db.prepare(
    `INSERT INTO bundles (bundle_id, created_at, station, signer_key_id, manifest, signature, file_name, file_size, file_sha256,
       imported_at, imported_by, report_count)
     VALUES (?, ?, 'test', '0123456789abcdef', ?, 'sig', 'b.baken', 1, ?, ?, 'anna', 0)`,
  ).run(BUNDLE, NOW, Buffer.from('{}'), '0'.repeat(64), NOW);
}

let caseCount = 0;
function newCase(): number {
  caseCount++;
  return Number(
    db
      .prepare(`INSERT INTO cases (number, received_at, created_at, updated_at) VALUES (?, ?, ?, ?)`)
      .run(`2026-${String(caseCount).padStart(4, '0')}`, NOW, NOW, NOW).lastInsertRowid,
  );
}

type Texts = { summary: string; narrative: string; intakeNotes?: string };

/** A report row (content = its JSON) in a case of its own, or in `caseId`; not indexed. */
function insertReport(texts: Texts, caseId = newCase()): { reportId: string; caseId: number } {
  const reportId = randomUUID();
  const report = {
    format: 'baken-report/1',
    reportId,
    receivedAt: NOW,
    channel: 'phone',
    language: 'und',
    reporter: { pseudonym: 'Lavendel-42', consent: { contact: true, referral: false, anonymisedAnalysis: true } },
    incident: { summary: texts.summary, narrative: texts.narrative },
    ...(texts.intakeNotes !== undefined && { intakeNotes: texts.intakeNotes }),
  };
  db.prepare(
    `INSERT INTO reports (report_id, bundle_id, sha256, content, received_at, channel, language, urgent, categories, summary, imported_at)
     VALUES (?, ?, ?, ?, ?, 'phone', 'und', 0, '[]', ?, ?)`,
  ).run(reportId, BUNDLE, '0'.repeat(64), Buffer.from(JSON.stringify(report, null, 2)), NOW, texts.summary, NOW);
  db.prepare('INSERT INTO case_reports (report_id, case_id, origin_case_id) VALUES (?, ?, ?)').run(reportId, caseId, caseId);
  return { reportId, caseId };
}

function addReport(texts: Texts, caseId?: number): { reportId: string; caseId: number } {
  const r = insertReport(texts, caseId);
  indexReport(db, { ...r, ...texts });
  return r;
}

function addNote(caseId: number, body: string): number {
  const id = Number(
    db.prepare('INSERT INTO notes (case_id, author, created_at, updated_at, body) VALUES (?, ?, ?, ?, ?)').run(caseId, 'anna', NOW, NOW, body)
      .lastInsertRowid,
  );
  indexNote(db, { caseId, noteId: id, body });
  return id;
}

const hitText = (h: SearchHit) =>
  h.snippet
    .filter((s) => s.hit)
    .map((s) => s.text)
    .join('|');
const find = (q: string, caseIds?: ReadonlySet<number> | null) => search(db, q, { limit: 50, caseIds });

let tr: { reportId: string; caseId: number };
let ar: { reportId: string; caseId: number };
let fa: { reportId: string; caseId: number };
let ru: { reportId: string; caseId: number };
let zh: { reportId: string; caseId: number };
let en: { reportId: string; caseId: number };
let nl: { reportId: string; caseId: number };

beforeAll(async () => {
  tmp = tempDir();
  t = testDispatcher(tmp.path);
  await t.ok('vault.create', { username: 'anna', displayName: 'Anna', passphrase: ADMIN_PASS, passphraseRepeat: ADMIN_PASS });
  db = t.dispatcher.sessions.require().vault.db;
  seedBundle();
  tr = addReport({
    summary: 'Ailem gözaltına alındı',
    narrative: "Konsolosluktan biri aradı ve ailemin GÖZALTINA alınacağını söyledi. İstanbul'daki evimize polis geldi.",
    intakeNotes: 'Melder spreekt Turks; terugbellen na 18.00 uur.',
  });
  ar = addReport({
    summary: 'تهديد عائلتي',
    narrative: 'قَالَ لِي رَجُلٌ مِنَ السِّفَارَةِ إِنَّ عَائِلَتِي سَتُعْتَقَلُ، وَإِنَّ أُسْرَتِي فِي خَطَرٍ. اتصل بي مرة أخرى في المساء',
  });
  fa = addReport({ summary: 'تماس از سفارت', narrative: 'یک نفر از سفارت به من زنگ زد و گفت که می‌خواهد کمک کند. من ترسیدم.' });
  ru = addReport({ summary: 'Угрозы по телефону', narrative: 'Мне позвонили, когда мы наряжали ёлку. Сказали: «Подумай о своей семье».' });
  zh = addReport({ summary: '家人被带走', narrative: '我的家人被警察带走了。他们问我在荷兰做什么。' });
  en = addReport({ summary: 'Threatening calls', narrative: 'Someone from the EMBASSY called my brother twice and asked about my address.' });
  nl = addReport({ summary: 'Bedreiging', narrative: 'Mijn broer werd gebeld door iemand van de Ambassade. Hij vroeg naar mijn adres in Utrecht.' });
});

afterAll(() => {
  t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

describe('search', () => {
  it('finds Turkish text without its diacritics, dotless ı or capitals, and with them', () => {
    for (const q of ['gozaltina', 'gözaltına', 'GÖZALTINA', 'GOZALTINA']) {
      const hits = find(q);
      expect(hits.map((h) => [h.caseId, h.reportId, h.field]).sort()).toEqual(
        [
          [tr.caseId, tr.reportId, 'narrative'],
          [tr.caseId, tr.reportId, 'summary'],
        ].sort(),
      );
      const byField = Object.fromEntries(hits.map((h) => [h.field, h]));
      expect(hitText(byField.summary as SearchHit)).toBe('gözaltına');
      expect(hitText(byField.narrative as SearchHit)).toBe('GÖZALTINA');
    }
    expect(find('istanbul').map((h) => h.reportId)).toEqual([tr.reportId]);
    expect(find('İSTANBUL').map((h) => hitText(h))).toEqual(['İstanbul']);
  });

  it('finds Arabic with or without harakat, and across alef forms', () => {
    const plain = find('عائلتي');
    expect(new Set(plain.map((h) => h.reportId))).toEqual(new Set([ar.reportId]));
    const narrative = plain.find((h) => h.field === 'narrative');
    expect(narrative && hitText(narrative)).toBe('عَائِلَتِي');
    expect(find('اسرتي').map(hitText)).toEqual(['أُسْرَتِي']);
    expect(find('أُسْرَتِي').map((h) => h.reportId)).toEqual([ar.reportId]);
    expect(find('السفارة').map((h) => h.reportId)).toEqual([ar.reportId]);
  });

  it('finds Persian text typed with Arabic letters and the other way round', () => {
    expect(find('كمك').map((h) => h.reportId)).toEqual([fa.reportId]);
    expect(find('يك نفر').map((h) => h.reportId)).toEqual([fa.reportId]);
    expect(find('میخواهد').map(hitText)).toEqual(['می‌خواهد']);
  });

  it('finds Russian ё as е, in any case', () => {
    expect(find('елку').map(hitText)).toEqual(['ёлку']);
    expect(find('ЁЛКУ').map((h) => h.reportId)).toEqual([ru.reportId]);
    expect(find('семье').map((h) => h.reportId)).toEqual([ru.reportId]);
  });

  it('finds Chinese substrings of one, two and more characters', () => {
    for (const q of ['警察', '家人被警察', '察带', '警', '荷兰做什么']) {
      const hits = find(q);
      expect(hits.map((h) => h.reportId), q).toEqual([zh.reportId]);
      expect(hitText(hits[0] as SearchHit)).toBe(q);
    }
    expect(new Set(find('家人').map((h) => h.field))).toEqual(new Set(['summary', 'narrative']));
    expect(find('警带')).toEqual([]);
  });

  it('is case-insensitive in English and Dutch, and every word must occur', () => {
    expect(find('embassy').map(hitText)).toEqual(['EMBASSY']);
    expect(find('ambassade').map(hitText)).toEqual(['Ambassade']);
    expect(find('AMBASSADE broer').map((h) => h.reportId)).toEqual([nl.reportId]);
    expect(find('Ambassade broer').flatMap((h) => h.snippet.filter((s) => s.hit).map((s) => s.text))).toEqual(['broer', 'Ambassade']);
    expect(find('embassy brother').map((h) => h.reportId)).toEqual([en.reportId]);
    expect(find('embassy broer')).toEqual([]);
    expect(find('"my brother twice"').map((h) => h.reportId)).toEqual([en.reportId]);
    expect(find('"brother my"')).toEqual([]);
  });

  it('matches two-letter words at their start, mixed with longer words', () => {
    expect(find('ev').map((h) => hitText(h))).toEqual(['ev']);
    expect(find('ev polis').map((h) => h.reportId)).toEqual([tr.reportId]);
    expect(find('zz')).toEqual([]);
  });

  it('returns nothing for no match, an empty or one-letter query', () => {
    expect(find('onbekendwoord')).toEqual([]);
    expect(find('')).toEqual([]);
    expect(find('   ')).toEqual([]);
    expect(find('a')).toEqual([]);
    expect(search(db, 'gozaltina', { limit: 0 })).toEqual([]);
  });

  it('treats FTS5 syntax as text and never throws', () => {
    const nasty = ['"', '""', '"""', '*', 'gözaltına*', '-gözaltına', 'NEAR(gözaltına alındı)', 'NEAR', '(', ')', '()', 'a OR b', 'AND', 'NOT', '^ailem',
      'text:gözaltına', '{text}: x', "'", '\\', '"gözaltına', 'gözaltına"', '+', 'x -y', '\u0000', '🙂', '\u202e', '" OR "1"="1'];
    for (const q of nasty) expect(() => find(q), q).not.toThrow();
    expect(find('gözaltına*').map((h) => h.reportId)).toContain(tr.reportId);
    expect(find('-gözaltına').map((h) => h.reportId)).toContain(tr.reportId);
    expect(find('NEAR(gözaltına alındı)')).toEqual([]);
    expect(find('"gözaltına alındı"').map((h) => h.field)).toEqual(['summary']);
  });

  it('finds intake notes', () => {
    const hits = find('terugbellen');
    expect(hits.map((h) => [h.reportId, h.field])).toEqual([[tr.reportId, 'intakeNotes']]);
  });

  it('finds a case note, and after re-indexing only its new text', () => {
    const noteId = addNote(en.caseId, 'Gesprek met de melder over de huurwoning in Zwolle.');
    expect(find('huurwoning')).toEqual([
      { caseId: en.caseId, reportId: null, noteId, field: 'note', snippet: [{ text: 'Gesprek met de melder over de ', hit: false }, { text: 'huurwoning', hit: true }, { text: ' in Zwolle.', hit: false }] },
    ]);
    db.prepare('UPDATE notes SET body = ? WHERE id = ?').run('Verhuisd naar Deventer.', noteId);
    indexNote(db, { caseId: en.caseId, noteId, body: 'Verhuisd naar Deventer.' });
    expect(find('huurwoning')).toEqual([]);
    expect(find('deventer').map((h) => h.noteId)).toEqual([noteId]);
    removeNote(db, noteId);
    expect(find('deventer')).toEqual([]);
    db.prepare('DELETE FROM notes WHERE id = ?').run(noteId);
    // Deleting the note row itself takes its index entries with it.
    const other = addNote(en.caseId, 'Tweede notitie over de schoolreis.');
    expect(find('schoolreis').map((h) => h.noteId)).toEqual([other]);
    db.prepare('DELETE FROM notes WHERE id = ?').run(other);
    expect(find('schoolreis')).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM search_docs WHERE note_id = ?').pluck().get(other)).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM search_trigram WHERE search_trigram MATCH '"schoolreis"'`).pluck().get()).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM search_trigram WHERE search_trigram MATCH '"huurwoning" OR "deventer"'`).pluck().get()).toBe(0);
  });

  it('restricts to the given cases', () => {
    expect(find('gozaltina', new Set([tr.caseId])).length).toBe(2);
    expect(find('gozaltina', new Set([ar.caseId, zh.caseId]))).toEqual([]);
    expect(find('gozaltina', new Set())).toEqual([]);
    expect(find('gozaltina', null).length).toBe(2);
    expect(find('警察', new Set([zh.caseId])).length).toBe(1);
    expect(find('警察', new Set([tr.caseId]))).toEqual([]);
  });

  it('gives one hit per case and field, and follows a report into another case', () => {
    const caseId = newCase();
    const a = addReport({ summary: 'Eerste melding', narrative: 'Er werd weer gebeld over het paspoortdossier.' }, caseId);
    const b = addReport({ summary: 'Tweede melding', narrative: 'Het paspoortdossier is nog steeds niet verlengd, paspoortdossier!' }, caseId);
    const hits = find('paspoortdossier');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ caseId, field: 'narrative' });
    // The better bm25 score wins: two occurrences in a text of similar length.
    expect(hits[0]?.reportId).toBe(b.reportId);
    const other = newCase();
    db.prepare('UPDATE case_reports SET case_id = ? WHERE report_id = ?').run(other, a.reportId);
    moveReportToCase(db, a.reportId, other);
    expect(find('paspoortdossier').map((h) => [h.caseId, h.reportId]).sort()).toEqual(
      [
        [caseId, b.reportId],
        [other, a.reportId],
      ].sort(),
    );
  });

  it('ranks texts with more occurrences first', () => {
    const low = addReport({ summary: 'x', narrative: 'Lange tekst over de bruiloft en nog veel meer woorden die niets met de zaak te maken hebben, echt niet.' });
    const high = addReport({ summary: 'y', narrative: 'Bruiloft, bruiloft, bruiloft.' });
    expect(find('bruiloft').map((h) => h.reportId)).toEqual([high.reportId, low.reportId]);
  });

  it('lists a very common word newest first, one hit per case and field, within the caseload', () => {
    const made: { reportId: string; caseId: number }[] = [];
    db.transaction(() => {
      for (let i = 0; i < RANKED_BELOW / 2 + 10; i++) {
        made.push(addReport({ summary: `Veelvoorkomend woord ${i}`, narrative: `Nog eens: veelvoorkomend, verhaal ${i}.` }));
      }
    })();
    const hits = search(db, 'veelvoorkomend', { limit: 30 });
    expect(hits).toHaveLength(30);
    const newest = made.slice(-15).reverse();
    // Newest report first; its narrative (indexed after its summary) before its summary.
    expect(hits.map((h) => [h.reportId, h.field])).toEqual(newest.flatMap((r) => [[r.reportId, 'narrative'], [r.reportId, 'summary']]));
    expect(new Set(hits.map((h) => `${h.caseId}:${h.field}`)).size).toBe(30);
    expect(hits[0]?.snippet.filter((x) => x.hit).map((x) => x.text)).toEqual(['veelvoorkomend']);
    const some = new Set([made[3]?.caseId ?? 0, made[7]?.caseId ?? 0]);
    expect(search(db, 'VEELVOORKOMEND', { limit: 30, caseIds: some }).map((h) => h.caseId).sort()).toEqual([...some, ...some].sort());
    // Fewer matches for both words together: ranked by bm25 then, all in summaries.
    const both = search(db, 'veelvoorkomend woord', { limit: 5 });
    expect(both).toHaveLength(5);
    expect(both.every((h) => h.field === 'summary')).toBe(true);
    expect(search(db, 've', { limit: 3 }).map((h) => h.reportId)).toEqual([made.at(-1)?.reportId, made.at(-1)?.reportId, made.at(-2)?.reportId]);
  });

  it('indexes what is missing, and rebuilds when the folding rules changed', () => {
    const missing = insertReport({ summary: 'Niet geïndexeerd', narrative: 'Een verhaal over de kapsalon.' });
    const noteCase = newCase();
    const noteId = Number(
      db.prepare('INSERT INTO notes (case_id, author, created_at, updated_at, body) VALUES (?, ?, ?, ?, ?)').run(noteCase, 'anna', NOW, NOW, 'Notitie over de fietsenmaker')
        .lastInsertRowid,
    );
    expect(find('kapsalon')).toEqual([]);
    expect(ensureSearchIndex(db)).toMatchObject({ rebuilt: false, reports: 1, notes: 1 });
    expect(find('kapsalon').map((h) => h.reportId)).toEqual([missing.reportId]);
    expect(find('fietsenmaker').map((h) => h.noteId)).toEqual([noteId]);
    expect(ensureSearchIndex(db)).toEqual({ rebuilt: false, reports: 0, notes: 0 });
    // An index built by other folding rules is rebuilt from the originals.
    db.prepare('UPDATE search_state SET normaliser = 999').run();
    const docs = db.prepare('SELECT count(*) FROM search_docs').pluck().get();
    const rebuilt = ensureSearchIndex(db);
    expect(rebuilt.rebuilt).toBe(true);
    expect(db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(docs);
    expect(find('gozaltina')).toHaveLength(2);
    expect(find('kapsalon').map((h) => h.reportId)).toEqual([missing.reportId]);
    expect(ensureSearchIndex(db)).toEqual({ rebuilt: false, reports: 0, notes: 0 });
  });

  it('keeps the index inside the encryption: no folded text in the files', () => {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const dir = join(t.vaultDir);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f));
    for (const f of files) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(f);
      } catch {
        continue; // a directory
      }
      expect(bytes.includes(Buffer.from('gozaltina')), f).toBe(false);
      expect(bytes.includes(Buffer.from('paspoortdossier')), f).toBe(false);
    }
  });
});
