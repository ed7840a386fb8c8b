// Files named on the command line: a clear usage error when one cannot be read.
import { readFileSync } from 'node:fs';
import { CliError } from './errors';

export function readInputBytes(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new CliError('usage', `cannot read the ${what} file ${file}`);
  }
}

/** The file as UTF-8 text; one trailing line break is the file's, not the value's. */
export function readInputText(file: string, what: string): string {
  return readInputBytes(file, what).toString('utf8').replace(/\r?\n$/, '');
}
