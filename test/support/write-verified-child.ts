// Runs writeVerified in a child process, for tests that give it a real fault the parent must not
// suffer (a file size limit standing in for a full medium). Prints {code, entries} as JSON.
import { readdirSync } from 'node:fs';
import { BakenError } from '../../core/errors';
import { writeVerified } from '../../main/fs/write-verified';

const [dir = '', name = '', size = '0'] = process.argv.slice(2);
let code = 'ok';
try {
  await writeVerified(dir, name, Buffer.alloc(Number(size), 0x61));
} catch (error) {
  code = error instanceof BakenError ? error.code : `unexpected: ${String(error)}`;
}
process.stdout.write(JSON.stringify({ code, entries: readdirSync(dir) }));
