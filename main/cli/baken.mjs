#!/usr/bin/env node
// The `baken` command. Runs the TypeScript sources through tsx, so it works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./index.ts');
process.exitCode = await main(process.argv.slice(2));
