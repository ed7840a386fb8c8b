// `npm run bench`: every figure an issue names, as a ratio against a reference measured in the same run.
import type { BenchResult } from './measure';
import { benchUnlock } from './unlock';

const benches: (() => Promise<BenchResult>)[] = [benchUnlock];

for (const bench of benches) {
  const r = await bench();
  console.log(`${r.name}\n  measured:  ${r.value}\n  reference: ${r.reference}\n  ratio:     ${r.ratio.toFixed(2)}×`);
}
