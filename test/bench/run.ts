// `npm run bench`: every figure an issue names, as a ratio against a reference measured in the
// same run. `npm run bench -- unlock import-large` runs only the named ones.
import { benchBrief } from './brief';
import { benchLargeBundle, benchSmallBundles } from './import';
import type { BenchResult } from './measure';
import { benchCaseList } from './cases';
import { benchSearch } from './search';
import { benchReviewSignals } from './review';
import { benchUnlock } from './unlock';

const benches: Record<string, () => Promise<BenchResult | BenchResult[]>> = {
  unlock: benchUnlock,
  'import-large': () => benchLargeBundle(),
  'import-small': () => benchSmallBundles(),
  'case-list': () => benchCaseList(),
  search: () => benchSearch(),
  'review-signals': () => benchReviewSignals(),
  brief: () => benchBrief(),
};

const wanted = process.argv.slice(2);
for (const [name, bench] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const results = await bench();
  for (const r of Array.isArray(results) ? results : [results]) {
    console.log(`${r.name}\n  measured:  ${r.value}\n  reference: ${r.reference}\n  ratio:     ${r.ratio.toFixed(2)}×`);
  }
}
