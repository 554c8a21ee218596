import type { Command } from 'commander';
import type { IntakeBenchOptions } from './bench.action.ts';

export function registerBenchCommand(program: Command): void {
  const bench = program.command('bench').description('benchmarks that print their figures');
  bench
    .command('intake')
    .description('a separate load process registers tickets over HTTP against a fresh SQLite database')
    .option('--tickets <n>', 'tickets to measure (after the warm-up)', '20000')
    .option('--concurrency <n>', 'requests in flight', '32')
    .option('--warmup <n>', 'tickets sent before measuring', '2000')
    .action(async (options: IntakeBenchOptions) => (await import('./bench.action.ts')).benchIntake(options));
}
