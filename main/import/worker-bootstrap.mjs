// Starts a TypeScript worker of the import under tsx when running from sources (tests, CLI): the
// import worker, or (with argv ['bundle-reader-worker']) its bundle reader thread.
import { register } from 'tsx/esm/api';

register();
if (process.argv[2] === 'bundle-reader-worker') await import('./bundle-reader-worker.ts');
else await import('./import-worker.ts');
