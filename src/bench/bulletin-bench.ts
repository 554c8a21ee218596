// `npm run bench:bulletin`: bulk-generates a year of tickets on SQLite with the lifecycle's own rules
// (decide/evolve) and the same rollup contributions as live commands, then times the JSON bulletin for a month,
// a quarter and a year from the rollups, and the same month by a plain full scan of the tickets.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createServices } from '../app/services.ts';
import { connectDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { decide, evolve, initialTicket, type Ticket, type TicketCommand } from '../domain/lifecycle/index.ts';
import { channelUnits } from '../domain/metrics/channel-presence.ts';
import { ticketContributions, ticketKey } from '../domain/metrics/contributions.ts';
import { addCalendarDays, parseLocalTime, startOfLocalDate } from '../domain/time.ts';
import { DEMO_UNITS } from '../demo/data/units.ts';
import { createRandom } from '../demo/random.ts';
import { createBufferedSink } from '../modules/evaluation/index.ts';
import { assignmentColumns, ticketColumns } from '../modules/tickets/ticket-mapper.ts';
import { systemClock } from '../shared/clock.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1]! : fallback;
};
const TICKETS = Number(option('tickets', '10000000'));
const FILE = option('db', `/tmp/hotline-bench-bulletin-${TICKETS}.db`);
const YEAR = 2023;
const HOUR = 3_600_000;

const handlers = DEMO_UNITS.filter((u) => u.volumeWeight > 0 && u.parentCode !== null);
const byCode = new Map(DEMO_UNITS.map((u) => [u.code, u]));
const ancestry = (code: string): string[] => {
  const chain: string[] = [];
  for (let unit = byCode.get(code); unit; unit = unit.parentCode ? byCode.get(unit.parentCode) : undefined)
    chain.unshift(unit.code);
  return chain;
};
const ancestryCache = new Map<string, string[]>();
const cachedAncestry = (code: string) =>
  ancestryCache.get(code) ?? (ancestryCache.set(code, ancestry(code)), ancestryCache.get(code)!);
const ROOT = DEMO_UNITS.find((u) => u.parentCode === null)!.code;
const CATEGORIES = [
  ['010101', '城乡建设/供暖/室温不达标'],
  ['070101', '医疗保障/医保报销/异地就医'],
  ['040101', '交通运输/公交/线路调整'],
  ['030203', '城市管理/噪音扰民/装修噪音'],
  ['110101', '市场监管/消费/退换货纠纷'],
] as const;
const TYPES = ['consult', 'help', 'complaint', 'report', 'suggestion'] as const;
/** 来源渠道 in about the shares a hotline sees: most by phone, the rest online. */
const CHANNEL_SHARES = { phone: 70, web: 10, app: 8, wechat: 8, mailbox: 2, letter: 2 } as const;
const CHANNELS = Object.keys(CHANNEL_SHARES) as (keyof typeof CHANNEL_SHARES)[];

function play(ticket: Ticket, command: TicketCommand, at: Date): Ticket {
  const decision = decide(ticket, command, {
    now: at,
    deadlinesFor: ({ from }) => ({
      acknowledgeDue: new Date(from.getTime() + 24 * HOUR),
      feedbackDue: new Date(from.getTime() + 7 * 24 * HOUR),
      completionDue: new Date(from.getTime() + 10 * 24 * HOUR),
    }),
    isBelow: (child, parent) => cachedAncestry(child).includes(parent) && child !== parent,
  });
  if (!decision.ok) throw decision.error;
  return evolve(
    ticket,
    decision.events.map((e) => ({ ...e, at })),
  );
}

/** One ticket's life, decided by the lifecycle rules: three in four answered at once, the rest handled down the tree. */
function makeTicket(id: number, random: ReturnType<typeof createRandom>, receivedAt: Date): Ticket {
  const appealType = random.pick(TYPES);
  const [categoryCode, category] = random.pick(CATEGORIES);
  let ticket = initialTicket(id, {
    appealType,
    category,
    categoryCode,
    urgency: 'normal',
    confidential: false,
    revisitConsent: true,
    receivedAt,
  });
  let at = new Date(receivedAt.getTime() + 5 * 60_000);
  if (random.chance(0.75)) return play(ticket, { type: 'directAnswer', answer: '已答复' }, at);
  const handler = random.weighted(handlers, (h) => h.volumeWeight);
  const chain = cachedAncestry(handler.code).slice(1);
  ticket = play(ticket, { type: 'dispatch', leadUnitCode: chain[0]!, supportUnitCodes: [], note: null }, at);
  for (const [index, unit] of chain.entries()) {
    at = new Date(at.getTime() + random.int(1, 8) * HOUR);
    if (index > 0)
      ticket = play(
        ticket,
        { type: 'subDispatch', unitCode: chain[index - 1]!, childUnitCode: unit, note: null },
        at,
      );
    ticket = play(ticket, { type: 'acknowledge', unitCode: unit }, at);
  }
  at = new Date(at.getTime() + random.int(24, 150) * HOUR);
  for (const unit of [...chain].reverse())
    ticket = play(ticket, { type: 'submitFeedback', unitCode: unit, content: '已处理' }, at);
  at = new Date(at.getTime() + random.int(2, 20) * HOUR);
  ticket = play(ticket, { type: 'review', accept: true, note: null }, at);
  at = new Date(at.getTime() + random.int(2, 30) * HOUR);
  const satisfaction = random.weighted(
    ['satisfied', 'basic', 'dissatisfied'] as const,
    (s) => ({ satisfied: 95, basic: 3, dissatisfied: 2 })[s],
  );
  return play(ticket, { type: 'revisit', reached: true, satisfaction, solved: 'solved', note: null }, at);
}

async function generate() {
  rmSync(FILE, { force: true });
  const handle = connectDatabase(FILE);
  await migrateToLatest(handle);
  const services = createServices({ db: handle.db, clock: systemClock });
  const restoreIndexes = await deferTicketIndexes(handle.db);
  await services.units.applyUnits(
    handle.db,
    DEMO_UNITS.map((u) => ({ code: u.code, name: u.name, parentCode: u.parentCode, kind: u.kind })),
  );
  const random = createRandom('bench-bulletin');
  const sink = createBufferedSink();
  const perDay = Math.ceil(TICKETS / 365);
  const started = performance.now();
  let id = 0;
  for (let day = `${YEAR}-01-01`; day <= `${YEAR}-12-31` && id < TICKETS; day = addCalendarDays(day, 1)) {
    const midnight = startOfLocalDate(day).getTime();
    const rows: Record<string, unknown>[] = [];
    const assignments: Record<string, unknown>[] = [];
    for (let n = 0; n < perDay && id < TICKETS; n += 1) {
      id += 1;
      const ticket = makeTicket(id, random, new Date(midnight + random.int(7 * 3600, 21 * 3600) * 1000));
      const received = ticket.receivedAt.toISOString();
      const channel = random.weighted(CHANNELS, (c) => CHANNEL_SHARES[c]);
      rows.push({
        id,
        number: `${day.replaceAll('-', '')}${String(id).padStart(8, '0')}`,
        channel,
        appeal_type: ticket.appealType,
        category: ticket.category,
        category_code: ticket.categoryCode,
        urgency: 'normal',
        confidential: 0,
        revisit_consent: 1,
        title: '压测工单',
        content: '压测工单内容',
        received_at: received,
        created_at: received,
        updated_at: received,
        lead_unit_code: ticket.assignments[0]?.unitCode ?? null,
        ...ticketColumns(ticket),
      });
      for (const a of ticket.assignments) assignments.push({ ticket_id: id, ...assignmentColumns(a) });
      const key = ticketKey(ticket);
      await sink.record(handle.db, key, ticketContributions(ticket, ROOT, cachedAncestry));
      await sink.recordChannels(
        handle.db,
        [...channelUnits(ticket, ROOT, cachedAncestry)].map((unitCode) => ({
          unitCode,
          registeredOn: key.registeredOn,
          channel,
          tickets: 1,
        })),
      );
    }
    await handle.db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += 400)
        await trx
          .insertInto('tickets')
          .values(rows.slice(i, i + 400) as never)
          .execute();
      for (let i = 0; i < assignments.length; i += 400)
        await trx
          .insertInto('assignments')
          .values(assignments.slice(i, i + 400) as never)
          .execute();
    });
    if (day.endsWith('-01')) {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      process.stderr.write(`\r  生成 ${day.slice(0, 7)}：${id.toLocaleString()} 张工单，${seconds}s`);
    }
  }
  await handle.db.transaction().execute((trx) => sink.flush(trx));
  await restoreIndexes();
  process.stderr.write(
    `\n  生成完毕：${id.toLocaleString()} 张工单，${((performance.now() - started) / 1000).toFixed(0)}s\n`,
  );
  await handle.db.executeQuery(sql`analyze`.compile(handle.db));
  await handle.close();
}

/**
 * Drops the tickets' and assignments' secondary indexes for the bulk load and builds them again at the end:
 * one sorted build per index costs far less than keeping a dozen B-trees up to date row by row.
 */
async function deferTicketIndexes(db: ReturnType<typeof connectDatabase>['db']) {
  const { rows } = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master
    where type = 'index' and tbl_name in ('tickets', 'assignments') and sql is not null`.execute(db);
  for (const index of rows) await sql`drop index ${sql.ref(index.name)}`.execute(db);
  return async () => {
    for (const index of rows) await sql.raw(index.sql).execute(db);
  };
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function measure() {
  const handle = connectDatabase(FILE);
  const services = createServices({ db: handle.db, clock: systemClock });
  const asOf = parseLocalTime(`${YEAR + 1}-01-31 23:59:59`);
  const periods = [
    ['一个月 (2023-03)', `${YEAR}-03-01`, `${YEAR}-03-31`],
    ['一个季度 (2023-Q2)', `${YEAR}-04-01`, `${YEAR}-06-30`],
    ['一年 (2023)', `${YEAR}-01-01`, `${YEAR}-12-31`],
  ] as const;
  await services.bulletins.build({ from: `${YEAR}-01-01`, to: `${YEAR}-01-07`, asOf }); // warm the caches
  for (const [label, from, to] of periods) {
    const times: number[] = [];
    let received = 0;
    for (let run = 0; run < 3; run += 1) {
      const start = performance.now();
      const bulletin = await services.bulletins.build({ from, to, asOf });
      times.push(performance.now() - start);
      received = bulletin.headline.received;
    }
    console.log(
      `JSON 通报 ${label.padEnd(16)} 受理 ${received.toLocaleString().padStart(11)}  最好 ${Math.min(...times)
        .toFixed(0)
        .padStart(5)} ms  中位 ${times
        .sort((a, b) => a - b)[1]!
        .toFixed(0)
        .padStart(5)} ms  峰值内存 ${peakRssMb().toFixed(0)} MB`,
    );
  }
  // The same month by a plain query over every ticket and assignment, without rollups.
  const start = performance.now();
  const from = startOfLocalDate(`${YEAR}-03-01`).toISOString();
  const to = startOfLocalDate(`${YEAR}-04-01`).toISOString();
  const rows = await sql<{ unit_code: string }>`
    select a.unit_code, count(distinct t.id) as assigned,
           count(distinct case when t.completed_at is not null then t.id end) as completed,
           sum(case when t.satisfaction = 'satisfied' then 1 else 0 end) as satisfied,
           sum(case when t.satisfaction is not null then 1 else 0 end) as rated,
           sum(case when a.feedback_at <= a.feedback_due then 1 else 0 end) as feedback_on_time
    from tickets t join assignments a on a.ticket_id = t.id
    where t.received_at >= ${from} and t.received_at < ${to}
    group by a.unit_code`.execute(handle.db);
  const direct =
    await sql`select count(*) as n, sum(case when state = 'answered' then 1 else 0 end) as answered
    from tickets where received_at >= ${from} and received_at < ${to}`.execute(handle.db);
  console.log(
    `全表扫描 一个月 (2023-03)  ${rows.rows.length} 个单位  ${(performance.now() - start).toFixed(0).padStart(5)} ms  (${JSON.stringify(direct.rows[0])})`,
  );
  await handle.close();
}

if (args.includes('--measure-only')) {
  await measure();
} else {
  if (!existsSync(FILE) || args.includes('--regenerate')) await generate();
  else console.error(`使用已生成的 ${FILE}（--regenerate 重新生成）`);
  // Measured in a fresh process, so its peak memory is the bulletin's own and not the generator's.
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--measure-only',
      '--db',
      FILE,
      '--tickets',
      String(TICKETS),
    ],
    {
      stdio: 'inherit',
    },
  );
}
