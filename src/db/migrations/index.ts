import type { Migration } from 'kysely';
import * as initial from './0001-initial.ts';
import * as evaluation from './0002-evaluation.ts';
import * as monthlyRollups from './0003-monthly-rollups.ts';
import * as scoringSchemes from './0004-scoring-schemes.ts';
import * as security from './0005-security.ts';
import * as dictionaries from './0006-dictionaries.ts';
import * as categories from './0007-categories.ts';
import * as kbArticles from './0008-kb-articles.ts';
import * as kbSearch from './0009-kb-search.ts';
import * as attachments from './0010-attachments.ts';
import * as intakeLookups from './0011-intake-lookups.ts';
import * as queues from './0011-queues.ts';
import * as dashboard from './0014-dashboard.ts';
import * as bulletinIssues from './0012-bulletin-issues.ts';
import * as auditActorUnit from './0013-audit-actor-unit.ts';
import * as channelAndEventMonthRollups from './0015-channel-and-event-month-rollups.ts';
import * as portal from './0016-portal.ts';
import * as open311 from './0017-open311.ts';
import * as cti from './0018-cti.ts';
import * as linesExchange from './0019-lines-exchange.ts';
import * as callbackAttempts from './0020-callback-attempts.ts';

/** Every migration, in order. Names never change once released. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-evaluation': evaluation,
  '0003-monthly-rollups': monthlyRollups,
  '0004-scoring-schemes': scoringSchemes,
  '0005-security': security,
  '0006-dictionaries': dictionaries,
  '0007-categories': categories,
  '0008-kb-articles': kbArticles,
  '0009-kb-search': kbSearch,
  '0010-attachments': attachments,
  '0011-intake-lookups': intakeLookups,
  '0011-queues': queues,
  '0012-bulletin-issues': bulletinIssues,
  '0013-audit-actor-unit': auditActorUnit,
  '0014-dashboard': dashboard,
  '0015-channel-and-event-month-rollups': channelAndEventMonthRollups,
  '0016-portal': portal,
  '0017-open311': open311,
  '0018-cti': cti,
  '0019-lines-exchange': linesExchange,
  '0020-callback-attempts': callbackAttempts,
};
