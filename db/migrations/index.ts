// Numbered migrations; index i brings the schema to user_version i + 1. Append only, never edit.
import { sql as m0001 } from './0001-initial';
import { sql as m0002 } from './0002-intake';
import { sql as m0003 } from './0003-cases';

export const MIGRATIONS: readonly string[] = [m0001, m0002, m0003];
export const SCHEMA_VERSION = MIGRATIONS.length;
