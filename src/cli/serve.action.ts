import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildHttpApp } from '../app/http-app.ts';
import { CONSOLE_DIR } from '../http/console-static.ts';
import { DEMO_LOGINS, DEMO_PASSWORD, loadDemoCity } from '../demo/index.ts';
import { VERSION } from './version.ts';
import { openDatabase } from './open-database.ts';

export interface ServeOptions {
  db?: string;
  port?: string;
  demo?: boolean;
}

export async function serve(options: ServeOptions): Promise<void> {
  const opened = await openDatabase(options);
  const { config, services } = opened;
  if (options.demo) {
    await loadDemoCity(opened.handle.db, { onProgress: (line) => process.stdout.write(line) });
  }
  const app = await buildHttpApp(services, {
    logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel,
    secureCookies: config.secureCookies,
    version: VERSION,
    allowedOrigins: config.allowedOrigins,
    listRateLimit: config.listRateLimit,
    publicPerMinute: config.publicRateLimit,
    trustedProxies: config.trustedProxies,
  });
  const stop = async () => {
    await app.close();
    await opened.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${config.port}`;
  // The console first: it is what a person starting the platform opens.
  console.log(`\n12345 热线平台已启动`);
  console.log(
    `  网页工作台 ${url}/${existsSync(join(CONSOLE_DIR, 'index.html')) ? '' : '（尚未构建：请运行 npm run build:web）'}`,
  );
  console.log(`  市民网页端 ${url}/portal（提交诉求、凭验证码查询进度、评价）`);
  console.log(
    config.host === '127.0.0.1' || config.host === 'localhost' || config.host === '::1'
      ? `  监听地址   ${config.host}（仅本机可访问；对外服务请设置 HOST，并置于 HTTPS 反向代理之后）`
      : `  监听地址   ${config.host}（其他机器可访问：请确认已置于 HTTPS 反向代理之后，并设置 SECURE_COOKIES=true）`,
  );
  console.log(`  API 文档   ${url}/docs`);
  console.log(`  数据库     ${opened.handle.description}`);
  if (options.demo) {
    console.log(`  演示账号（密码均为 ${DEMO_PASSWORD}）：`);
    for (const login of DEMO_LOGINS) console.log(`    ${login.username.padEnd(12)} ${login.description}`);
  }
}
