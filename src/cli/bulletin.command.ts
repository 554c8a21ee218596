import { Option, type Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { parseLocalTime } from '../domain/time.ts';
import { renderBulletin, type BulletinFormat } from '../modules/bulletin/render/index.ts';
import { readSchemeFile } from '../modules/evaluation/index.ts';
import { openDatabase } from './open-database.ts';

export function registerBulletinCommand(program: Command): void {
  program
    .command('bulletin')
    .description(
      'the bulletin (通报) for a period: headline, peer-group tables and charts, 十佳/较差, highlights',
    )
    .requiredOption('--from <date>', 'first day of registration, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day of registration, YYYY-MM-DD')
    .option('--as-of <time>', "figures as of this moment, 'YYYY-MM-DD HH:mm:ss' (default: now)")
    .option(
      '--scheme <name|file>',
      'scoring scheme: a preset id (panjin-2023, beijing-style) or a JSON file',
      'panjin-2023',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['json', 'html', 'docx', 'xlsx', 'pdf'])
        .default('json'),
    )
    .option(
      '--out <file>',
      'write to this file (default: standard output for json and html, bulletin-FROM_TO.EXT otherwise)',
    )
    .option('--highlight <number...>', '工单编号 of notable tickets to quote')
    .option('--published-on <date>', 'publication date printed on the bulletin (default: today)')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .action(
      async (options: {
        from: string;
        to: string;
        asOf?: string;
        scheme: string;
        format: BulletinFormat;
        out?: string;
        highlight?: string[];
        publishedOn?: string;
        db?: string;
      }) => {
        const opened = await openDatabase(options);
        try {
          const { services } = opened;
          const bulletin = await services.bulletins.build({
            from: options.from,
            to: options.to,
            ...(options.asOf ? { asOf: parseLocalTime(options.asOf) } : {}),
            scheme: options.scheme.endsWith('.json') ? readSchemeFile(options.scheme) : options.scheme,
            ...(options.publishedOn ? { publishedOn: options.publishedOn } : {}),
            highlights: (options.highlight ?? []).map((ticketNumber) => ({ ticketNumber })),
          });
          const file = await renderBulletin(bulletin, options.format);
          const out =
            options.out ??
            (options.format === 'json' || options.format === 'html'
              ? null
              : `bulletin-${options.from}_${options.to}.${file.extension}`);
          if (out) {
            writeFileSync(out, file.body);
            console.error(`已生成 ${out}（${bulletin.title}）`);
          } else {
            process.stdout.write(file.body);
          }
        } finally {
          await opened.close();
        }
      },
    );
}
