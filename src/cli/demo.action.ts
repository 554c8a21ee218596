import { loadDemoCity } from '../demo/index.ts';
import { openDatabase } from './open-database.ts';

export interface DemoOptions {
  db?: string;
  from: string;
  to: string;
  perDay: string;
  seed: string;
}

export async function loadDemo(options: DemoOptions): Promise<void> {
  const opened = await openDatabase(options);
  try {
    const result = await loadDemoCity(opened.handle.db, {
      from: options.from,
      to: options.to,
      perDay: Number(options.perDay),
      seed: options.seed,
      onProgress: (line) => process.stdout.write(line),
    });
    if (!result) console.log('数据库中已有组织机构，未载入演示数据。');
    else
      console.log(
        `已载入 ${result.tickets} 张工单、${result.commands} 次操作，用时 ${result.seconds.toFixed(1)} 秒`,
      );
  } finally {
    await opened.close();
  }
}
