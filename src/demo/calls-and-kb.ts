import type { Services } from '../app/services.ts';
import { startOfLocalDate } from '../domain/time.ts';
import { DEMO_KB_ARTICLES } from './data/kb/index.ts';
import { makePhone } from './data/people.ts';
import { DEMO_UNITS } from './data/units.ts';
import { storedDemoKbNumber } from './kb-articles.ts';
import type { Random } from './random.ts';

// Units review their own live articles: drafts are not theirs to revise yet. A busier unit reviews more often.
const REVIEWED = DEMO_KB_ARTICLES.flatMap((article, index) =>
  article.status === 'draft' ? [] : [{ ...article, storedNumber: storedDemoKbNumber(index) }],
);
const VOLUME = new Map(DEMO_UNITS.map((unit) => [unit.code, unit.volumeWeight]));

/**
 * A day's telephone traffic around its tickets (most calls become a ticket; about 4% hang up before an agent
 * answers) and the knowledge-base revisions units make, so that 话务接通率 and 知识库更新数 have data.
 */
export async function playCallsAndKb(
  services: Services,
  random: Random,
  date: string,
  phoneTickets: number,
): Promise<void> {
  const midnight = startOfLocalDate(date).getTime();
  const offered = Math.round(phoneTickets * 1.08);
  const calls = Array.from({ length: offered }, (_, n) => {
    const offeredAt = new Date(midnight + random.int(7 * 3600, 21 * 3600) * 1000);
    const abandoned = random.chance(0.039);
    // Most calls are picked up within a few seconds; a queue forms at the morning peak.
    const wait = Math.round(
      Math.min(180, Math.max(2, random.normal(8, 6) + (random.chance(0.1) ? random.int(10, 60) : 0))),
    );
    const answeredAt = abandoned ? null : new Date(offeredAt.getTime() + wait * 1000);
    return {
      callNumber: `${date.replaceAll('-', '')}-${String(n + 1).padStart(5, '0')}`,
      offeredAt,
      answeredAt,
      endedAt: new Date((answeredAt ?? offeredAt).getTime() + random.int(30, 600) * 1000),
      agentNumber: abandoned ? null : `A${String(random.int(1, 60)).padStart(3, '0')}`,
      callerNumber: makePhone(random),
    };
  });
  await services.calls.importCalls(calls);
  // 知识库更新: a unit re-checks one of its articles (复核) and records a revision of the same text. The demo's
  // articles are the knowledge base as it stands today, so these dated revisions come before its current text
  // and leave what agents read unchanged; they count for the period's evaluation as imported revisions do.
  const revisions = Array.from({ length: random.int(30, 70) }, () => {
    const article = random.weighted(REVIEWED, (a) => (VOLUME.get(a.unitCode) ?? 0) + 1);
    return {
      articleNumber: article.storedNumber,
      title: article.title,
      content: article.body,
      unitCode: article.unitCode,
      revisedAt: new Date(midnight + random.int(8 * 3600, 18 * 3600) * 1000),
    };
  });
  await services.kb.importRevisions(revisions);
}
