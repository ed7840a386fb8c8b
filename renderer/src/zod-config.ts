// zod comes into the renderer with the constants of core/ (case statuses, categories, the list
// filter schema). Its fast path compiles parsers with new Function, and merely probing for that
// is reported as a CSP violation (script-src forbids eval). Imported first by main.tsx, so it is
// set before any schema is built.
import { config } from 'zod';

config({ jitless: true });
