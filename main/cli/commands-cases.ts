// CLI commands of casework, referrals and review: cases list, search, reports show, referrals list,
// review queue.
import type { Command } from 'commander';
import { CASE_STATUSES, type CaseStatus } from '../../core/cases/status';
import type { CaseSummary } from '../../core/cases/types';
import { BakenError } from '../../core/errors';
import { CliError } from './errors';
import type { SessionRunner } from './commands-intake';
import { type Out, print } from './output';

function parseStatuses(raw: string | undefined): CaseStatus[] | undefined {
  if (raw === undefined) return undefined;
  const list = raw.split(',').map((x) => x.trim());
  const bad = list.filter((x) => !(CASE_STATUSES as readonly string[]).includes(x));
  if (bad.length > 0) throw new CliError('usage', `unknown status: ${bad.join(', ')}; statuses are ${CASE_STATUSES.join(', ')}`);
  return list as CaseStatus[];
}

export function registerCaseCommands(program: Command, out: Out, withSession: SessionRunner): void {
  const cases = program.command('cases').description('cases (counsellors, coordinators)');
  cases
    .command('list')
    .description('list cases: number, status, priority, assignee, received, summary')
    .option('--status <statuses>', `comma-separated: ${CASE_STATUSES.join(', ')}`)
    .option('--assignee <user>', 'user name, or "none" for unassigned')
    .option('--view <view>', 'inbox, mine or all', 'all')
    .action(async (o: { status?: string; assignee?: string; view: string }) => {
      if (!['inbox', 'mine', 'all'].includes(o.view)) throw new CliError('usage', '--view must be inbox, mine or all');
      const statuses = parseStatuses(o.status);
      const rows = await withSession(async (c) => {
        let assigneeId: number | null | undefined;
        if (o.assignee === 'none') assigneeId = null;
        else if (o.assignee !== undefined) {
          const match = (await c.call('cases.counsellors', {})).find((u) => u.username === o.assignee);
          if (!match) throw new CliError('usage', `no counsellor named ${o.assignee}`);
          assigneeId = match.id;
        }
        const all: CaseSummary[] = [];
        for (;;) {
          const page = await c.call('cases.list', {
            view: o.view as 'inbox' | 'mine' | 'all',
            limit: 500,
            offset: all.length,
            ...(statuses ? { statuses } : {}),
            ...(assigneeId !== undefined ? { assigneeId } : {}),
          });
          all.push(...page.rows);
          if (page.rows.length === 0 || all.length >= page.total) return all;
        }
      });
      print(out, rows, () =>
        rows.map((r) => [r.number, r.status, r.priority, r.assignee?.displayName ?? '-', r.receivedAt.slice(0, 10), r.summary.replace(/\s+/g, ' ').slice(0, 80)].join('\t')).join('\n'),
      );
    });

  program
    .command('search')
    .description('full-text search over summaries, narratives, intake notes and case notes')
    .argument('<text...>', 'what to look for (any script; diacritics and case do not matter)')
    .option('--limit <n>', 'at most this many hits', (v) => Number.parseInt(v, 10), 50)
    .action(async (words: string[], o: { limit: number }) => {
      const text = words.join(' ');
      const { hits } = await withSession((c) => c.call('search.query', { text, limit: o.limit }));
      const rows = hits.map((h) => ({ caseNumber: h.caseNumber, reportId: h.reportId, noteId: h.noteId, field: h.field, snippet: h.snippet.map((p) => p.text).join(''), snippetSegments: h.snippet }));
      // People see hits between »«, scripts get the segments.
      print(out, rows, () => hits.map((h) => `${h.caseNumber}\t${h.reportId ?? `note ${h.noteId}`}\t${h.field}\t${h.snippet.map((p) => (p.hit ? `»${p.text}«` : p.text)).join('')}`).join('\n'));
    });

  const reports = program.commands.find((c) => c.name() === 'reports') ?? program.command('reports');
  reports
    .command('show')
    .description('one report as your role may see it (identity only for the assigned counsellor; signals for reviewers; verdicts)')
    .argument('<reportId>', 'report id (UUID)')
    .action(async (reportId: string) => {
      const { r, review } = await withSession(async (c) => {
        const r = await c.call('reports.get', { reportId });
        // Reviewers also get the signals, other reports named by report id.
        const review = await c.call('review.report', { reportId }).catch((e: unknown) => {
          if (e instanceof BakenError && e.code === 'forbidden') return null;
          throw e;
        });
        return { r, review };
      });
      const json = review ? { ...r, score: review.score, signals: review.signals.map(({ kind, strength, weight, facts, related }) => ({ kind, strength, weight, facts, related })) } : r;
      print(out, json, () =>
        [
          `${r.caseNumber}  ${r.report.reportId}\n${r.report.receivedAt}  ${r.report.channel}  ${r.report.language}\n\n${r.report.summary}\n\n${r.report.narrative}`,
          ...(review ? [`\nscore ${review.score}`, ...review.signals.map((s) => `  ${s.kind} ${s.strength.toFixed(2)}×${s.weight} ${JSON.stringify(s.facts)}${s.related.length ? ` → ${s.related.join(', ')}` : ''}`)] : []),
          ...r.report.verdicts.map((v) => `verdict ${v.verdict} (${v.state}) by ${v.by} ${v.at}${v.decidedBy ? `, ${v.state === 'rejected' ? 'rejected' : 'confirmed'} by ${v.decidedBy}` : ''}: ${v.rationale}`),
        ].join('\n'),
      );
    });

  program
    .command('referrals')
    .description('referrals to partner organisations (counsellors, coordinators)')
    .command('list')
    .description('referrals: id, reference, case, partner, status, follow-up; open ones first')
    .action(async () => {
      const rows = await withSession((c) => c.call('referrals.list', {}));
      print(out, rows, () => rows.map((r) => `${r.id}\t${r.reference}\t${r.caseNumber}\t${r.partner.name}\t${r.status}\t${r.followUpOn ?? '-'}`).join('\n'));
    });

  const review = program.command('review').description('authenticity review (reviewers)');
  review
    .command('queue')
    .description('reports by score: report id, case, score, verdict, signals')
    .option('--open', 'only reports without a verdict')
    .option('--min-score <n>', 'only reports scoring at least this', '0')
    .option('--limit <n>', 'at most this many', '100')
    .action(async (o: { open?: boolean; minScore: string; limit: string }) => {
      const minScore = Number(o.minScore);
      const limit = Number(o.limit);
      if (!Number.isFinite(minScore) || minScore < 0) throw new CliError('usage', '--min-score must be a number ≥ 0');
      if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new CliError('usage', '--limit must be 1 to 500');
      const q = await withSession((c) => c.call('review.queue', { open: o.open === true, minScore, limit }));
      print(out, q, () => q.rows.map((x) => `${x.reportId}\t${x.caseNumber}\t${x.score}\t${x.verdict ?? '-'}${x.pending ? ` (${x.pending}?)` : ''}\t${x.signals.join(',')}`).join('\n'));
    });
}
