import type { Kysely } from 'kysely';
import { createServices } from '../app/services.ts';
import type { Database } from '../db/schema.ts';
import { parseLocalTime } from '../domain/time.ts';
import { createManualClock } from '../shared/clock.ts';
import { DEMO_KB_ARTICLES } from './data/kb/index.ts';
import type { DemoPeople } from './seed-city.ts';

/**
 * The demo city's knowledge base, written and reviewed as a centre does it: the owning unit's article drafted
 * (by the administrator, who may write for any unit), submitted and approved by a reviewer on the day it was
 * last updated. Drafts stay drafts; expired articles carry their 失效日期.
 */
/**
 * The number the platform gives the nth demo article: the demo loads into an empty database, in data order, and
 * numbers come from ids (ZSK000001 …). loadDemoKb checks it, so the daily revisions of the simulation name the
 * articles that exist.
 */
export function storedDemoKbNumber(index: number): string {
  return `ZSK${String(index + 1).padStart(6, '0')}`;
}

export async function loadDemoKb(db: Kysely<Database>, people: DemoPeople): Promise<number> {
  const clock = createManualClock(parseLocalTime('2020-01-01 09:00:00'));
  const { kbArticles } = createServices({ db, clock });
  const { admin, reviewer } = people.centre;
  for (const [index, article] of DEMO_KB_ARTICLES.entries()) {
    clock.set(parseLocalTime(`${article.updatedAt} 09:00:00`));
    const draft = await kbArticles.create(admin, {
      title: article.title,
      content: article.body,
      categoryCode: article.categoryCode,
      keywords: article.keywords,
      districtCodes: article.districtCodes,
      effectiveFrom: null,
      expiresOn: article.expiresAt,
      unitCode: article.unitCode,
      internalNote: null,
      changeNote: '新建',
    });
    if (draft.number !== storedDemoKbNumber(index))
      throw new Error(
        `demo article ${article.number} stored as ${draft.number}: load the demo into an empty database`,
      );
    if (article.status === 'draft') continue;
    const submitted = await kbArticles.submit(admin, draft.id, draft.version);
    await kbArticles.approve(reviewer, submitted.id, submitted.version);
  }
  return DEMO_KB_ARTICLES.length;
}
