import { openDatabase } from './open-database.ts';

export interface MigrateOptions {
  db?: string;
}

export async function migrate(options: MigrateOptions): Promise<void> {
  const opened = await openDatabase(options);
  console.log(`数据库已是最新结构：${opened.handle.description}`);
  await opened.close();
}
