import type { Command } from 'commander';
import type { ServeOptions } from './serve.action.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the API (and /docs); with --demo, first load the demo city into an empty database')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: DATABASE_URL or ./data/hotline.db)')
    .option('--port <port>', 'HTTP port (default: PORT or 3000)')
    .option('--demo', 'load the demo city (January–April 2023) if the database has no tickets yet')
    // Loaded only when the command runs: fastify and the services are most of the start-up time.
    .action(async (options: ServeOptions) => (await import('./serve.action.ts')).serve(options));
}
