// Starts the TypeScript image preview worker under tsx when running from sources (tests, CLI).
import { register } from 'tsx/esm/api';

register();
await import('./image-worker.ts');
