import { readFileSync } from 'node:fs';
import { systemActor } from '../domain/access/actor.ts';
import { AppError } from '../shared/errors.ts';
import { openDatabase } from './open-database.ts';

export interface KbSearchOptions {
  limit: string;
  json?: boolean;
  queries?: string;
  db?: string;
}

export async function searchKb(query: string | undefined, options: KbSearchOptions): Promise<void> {
  const limit = Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50)
    throw new AppError('VALIDATION_FAILED', '--limit 应为 1 到 50 的整数', { field: 'limit' });
  if (!query && !options.queries)
    throw new AppError('VALIDATION_FAILED', '请给出检索内容，或用 --queries 指定每行一条的文件', {
      field: 'query',
    });
  const opened = await openDatabase(options);
  try {
    const actor = systemActor((await opened.services.units.directory()).root()?.code ?? '');
    const search = (text: string) => opened.services.kbSearch.search(actor, text, { limit });
    if (options.queries) {
      // One JSON line per query, in order, for evaluation runs.
      const lines = readFileSync(options.queries, 'utf8')
        .split(/\r?\n/)
        .map((line) => line.trim());
      for (const line of lines.filter(Boolean)) {
        const hits = await search(line);
        console.log(
          JSON.stringify({
            query: line,
            hits: hits.map(({ number, title, score }) => ({ number, title, score })),
          }),
        );
      }
      return;
    }
    const hits = await search(query!);
    if (options.json) {
      console.log(JSON.stringify(hits, null, 2));
      return;
    }
    if (hits.length === 0) console.log('没有找到相关知识');
    for (const [index, hit] of hits.entries())
      console.log(
        `${String(index + 1).padStart(2)}. ${hit.number}  ${hit.title}  (${hit.score.toFixed(3)})${hit.expired ? '  [已失效]' : ''}`,
      );
  } finally {
    await opened.close();
  }
}

/** After editing the synonym table or the dictionary: articles indexed before are cut anew. */
export async function reindexKb(options: { db?: string }): Promise<void> {
  const opened = await openDatabase(options);
  try {
    const actor = systemActor((await opened.services.units.directory()).root()?.code ?? '');
    const { indexed, milliseconds } = await opened.services.kbSynonyms.reindex(actor);
    console.log(`已重建检索索引：${indexed} 条知识，用时 ${(milliseconds / 1000).toFixed(1)} 秒`);
  } finally {
    await opened.close();
  }
}
