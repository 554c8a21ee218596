import type { Command } from 'commander';
import type { KbSearchOptions } from './kb.action.ts';

export function registerKbCommand(program: Command): void {
  const kb = program.command('kb').description('the knowledge base (知识库)');
  kb.command('search')
    .description(
      'search published articles as an agent does; --queries FILE runs one query a line (JSON lines out)',
    )
    .argument('[query]', 'what the caller said')
    .option('--limit <n>', 'how many hits', '10')
    .option('--json', 'print the hits as JSON')
    .option('--queries <file>', 'a file of queries, one a line: prints one JSON line of hits per query')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .action(async (query: string | undefined, options: KbSearchOptions) =>
      (await import('./kb.action.ts')).searchKb(query, options),
    );
  kb.command('reindex')
    .description('cut every published article again with the current dictionary and synonym table')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .action(async (options: { db?: string }) => (await import('./kb.action.ts')).reindexKb(options));
}
