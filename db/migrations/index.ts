// Numbered migrations; index i brings the schema to user_version i + 1. Append only, never edit.
import { sql as m0001 } from './0001-initial';

export const MIGRATIONS: readonly string[] = [m0001];
export const SCHEMA_VERSION = MIGRATIONS.length;
