// Numbered migrations; index i brings the schema to user_version i + 1. Append only, never edit.
import { sql as m0001 } from './0001-initial';
import { sql as m0002 } from './0002-intake';
import { sql as m0003 } from './0003-cases';
import { sql as m0004 } from './0004-search';
import { sql as m0005 } from './0005-blob-packs';
import { sql as m0006 } from './0006-case-list-counts';
import { sql as m0007 } from './0007-review';
import { sql as m0008 } from './0008-review-lookups';
import { sql as m0009 } from './0009-referrals';
import { sql as m0010 } from './0010-referral-sending';
import { sql as m0011 } from './0011-briefs';
import { sql as m0012 } from './0012-retention';
import { sql as m0013 } from './0013-audit-anchor';
import { sql as m0014 } from './0014-audit-action-index';

export const MIGRATIONS: readonly string[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010, m0011, m0012, m0013, m0014];
export const SCHEMA_VERSION = MIGRATIONS.length;
