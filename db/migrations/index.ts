// Numbered migrations; index i brings the schema to user_version i + 1. Append only, never edit.
import { sql as m0001 } from './0001-initial';
import { sql as m0002 } from './0002-intake';

export const MIGRATIONS: readonly string[] = [m0001, m0002];
export const SCHEMA_VERSION = MIGRATIONS.length;
