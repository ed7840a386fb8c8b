// zod schemas for manifest.json and reports/<id>.json (BUNDLE-FORMAT.md §3, §4). Unknown fields are
// kept (loose objects): the exact bytes are stored too, these only check what Baken relies on.
import { z } from 'zod';
import { CATEGORIES, CHANNELS, type Category } from './categories';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const SHA256_HEX = /^[0-9a-f]{64}$/;
const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const codePoints = (s: string) => [...s].length;
const utcTime = z
  .string()
  .regex(RFC3339_UTC)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real time');
const day = z
  .string()
  .regex(DATE)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a real date');
const text = (max: number) => z.string().refine((s) => codePoints(s) <= max, `at most ${max} characters`);
const bcp47 = z
  .string()
  .min(1)
  .max(64)
  .refine((s) => {
    try {
      return Intl.getCanonicalLocales(s).length === 1;
    } catch {
      return false;
    }
  }, 'not a BCP 47 language tag');

export { CATEGORIES, CHANNELS, type Category };

export const manifestSchema = z.looseObject({
  format: z.literal('baken-bundle/1'),
  bundleId: z.string().regex(UUID),
  createdAt: utcTime,
  producer: z.looseObject({ station: z.string().min(1).max(200) }),
  files: z.array(
    z.looseObject({
      path: z.string().min(1).max(200),
      sha256: z.string().regex(SHA256_HEX),
      size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    }),
  ),
});
export type Manifest = z.infer<typeof manifestSchema>;

export const reportSchema = z.looseObject({
  format: z.literal('baken-report/1'),
  reportId: z.string().regex(UUID),
  receivedAt: utcTime,
  channel: z.enum(CHANNELS),
  language: bcp47,
  urgentSafetyRisk: z.boolean().optional(),
  reporter: z.looseObject({
    pseudonym: text(200).pipe(z.string().min(1)),
    name: text(500).optional(),
    phone: text(100).optional(),
    email: text(320).optional(),
    preferredContact: text(100).optional(),
    safeContactTimes: text(2000).optional(),
    municipality: text(200).optional(),
    consent: z.looseObject({ contact: z.boolean(), referral: z.boolean(), anonymisedAnalysis: z.boolean() }),
  }),
  incident: z.looseObject({
    summary: text(500),
    narrative: text(200_000),
    startedOn: day.optional(),
    lastOccurredOn: day.optional(),
    ongoing: z.boolean().optional(),
    municipality: text(200).optional(),
    countryOfConcern: z.string().regex(/^[A-Z]{2}$/).optional(),
    // Unknown category codes are kept and shown as such.
    categories: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/)).max(50).optional(),
    actorDescription: text(20_000).optional(),
  }),
  attachments: z
    .array(
      z.looseObject({
        sha256: z.string().regex(SHA256_HEX),
        filename: text(1000),
        mediaType: text(255),
        description: text(5000).optional(),
      }),
    )
    .max(10_000)
    .optional(),
  intakeNotes: text(200_000).optional(),
});
export type Report = z.infer<typeof reportSchema>;

/** Where a zod problem is, never what the value was: report content stays out of messages. */
export function describeIssues(error: z.ZodError, prefix: string): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${prefix}${i.path.length ? `: ${i.path.join('.')}` : ''} (${i.code})`)
    .join('; ');
}
