import { writeFileSync } from 'node:fs';
import { parseLocalTime } from '../domain/time.ts';
import { renderBulletin, type BulletinFormat } from '../modules/bulletin/render/index.ts';
import { readSchemeFile } from '../modules/evaluation/index.ts';
import { openDatabase } from './open-database.ts';

export interface BulletinOptions {
  from: string;
  to: string;
  asOf?: string;
  scheme: string;
  format: BulletinFormat;
  out?: string;
  highlight?: string[];
  publishedOn?: string;
  db?: string;
}

export async function writeBulletin(options: BulletinOptions): Promise<void> {
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
}
