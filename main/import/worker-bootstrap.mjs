// Starts the TypeScript import worker under tsx when running from sources (tests, CLI).
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
