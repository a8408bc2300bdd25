// Every migration in order. Versions must increase by one; the test suite checks it.
import type { WritableDB } from '../handles.js';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-roster.js';
import * as m0003 from './0003-roster-lean-writes.js';
import * as m0004 from './0004-communities-projects.js';
import * as m0005 from './0005-support-requests.js';
import * as m0006 from './0006-collaborations.js';
import * as m0007 from './0007-resources.js';
import * as m0008 from './0008-team.js';
import * as m0009 from './0009-sync.js';
import * as m0010 from './0010-bundle-refusals.js';
import * as m0011 from './0011-grants.js';
import * as m0012 from './0012-reviews-consultations.js';
import * as m0013 from './0013-acknowledged-sync.js';

export interface Migration {
  readonly version: number;
  readonly up: (db: WritableDB) => void;
}

export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010, m0011, m0012, m0013];
