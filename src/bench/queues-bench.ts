// `npm run bench:queues`: builds (or reuses) a database of 10,000,000 tickets over 36 months — ~200 units of a
// real city's tree, the bundled categories, every lifecycle state, deadlines, cards, supervision and pending
// rulings — loaded set-based in raw SQL, then asks the work queues what the console asks (the navigation counts,
// page 1 of each view with its default sort, a filtered and sorted page, a deep page) as a dispatcher, a
// supervisor, a district and a grassroots unit handler and an agent, through the queues service itself, and
// prints p50/p95/p99 per query and per database.
//
//   --tickets N     tickets to generate (default 10,000,000; e.g. 1000000 for a quicker run)
//   --db FILE       SQLite file (default /tmp/hotline-bench-queues-N.db), reused when present
//   --pg URL        also PostgreSQL (or BENCH_DATABASE_URL); the data goes to schema bench_queues_N, reused
//   --no-sqlite     PostgreSQL only
//   --regenerate    rebuild the data even if it is there
//   --runs R        timed runs per query (default 100, after 3 warm-up runs)
//   --probes TEXT   only the probes whose role or label contains TEXT
//   --explain       print each query's plan (EXPLAIN QUERY PLAN / EXPLAIN)
//   --drop-pg       drop the PostgreSQL schema at the end
//   --reindex       rebuild the queues' ticket indexes of migration 0011 on cached data (done by itself when a
//                   cached database lacks them), then ANALYZE as a deployment does after a bulk load
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { CompiledQuery, sql, type Kysely, type KyselyPlugin } from 'kysely';
import { createServices } from '../app/services.ts';
import { connectDatabase, type DatabaseHandle } from '../db/connection.ts';
import type { Database } from '../db/schema.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createQueueTicketIndexes, QUEUE_TICKET_INDEXES } from '../db/migrations/0011-queues.ts';
import type { Actor } from '../domain/access/actor.ts';
import type { Role } from '../domain/access/roles.ts';
import { DEMO_UNITS } from '../demo/data/units.ts';
import { createRandom } from '../demo/random.ts';
import { BUNDLED_CATEGORIES } from '../modules/categories/bundled-categories.ts';
import { QueueQuery, type QueueViewKey } from '../contracts/queues.schemas.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1]! : fallback;
};
const TICKETS = Number(option('tickets', '10000000'));
const FILE = option('db', `/tmp/hotline-bench-queues-${TICKETS}.db`);
// A benchmark names its scratch database as kb-search-bench does; nothing else here reads the environment.
// eslint-disable-next-line no-restricted-syntax
const PG_URL = option('pg', process.env.BENCH_DATABASE_URL ?? '');
const RUNS = Number(option('runs', '100'));
const REGENERATE = args.includes('--regenerate');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The queues are asked at this moment: the end of the 36 months. */
const NOW = new Date('2025-12-31T08:00:00.000Z');
const START = NOW.getTime() - 1095 * DAY;
const AGENTS = 200;

// ---------------------------------------------------------------- the city
const byCode = new Map(DEMO_UNITS.map((u) => [u.code, u]));
const ROOT = DEMO_UNITS.find((u) => u.parentCode === null)!.code;
const handlers = DEMO_UNITS.filter((u) => u.volumeWeight > 0 && u.parentCode !== null);
const firstLevel = DEMO_UNITS.filter((u) => u.parentCode === ROOT);
const districts = firstLevel.filter((u) => u.kind === 'district' || u.kind === 'zone');
const leadOf = (code: string): string => {
  let unit = byCode.get(code)!;
  while (unit.parentCode && unit.parentCode !== ROOT) unit = byCode.get(unit.parentCode)!;
  return unit.code;
};
const names = new Map(BUNDLED_CATEGORIES.map(([code, name]) => [code, name]));
const LEAF_CATEGORIES = BUNDLED_CATEGORIES.filter(([code]) => !code.endsWith('00')).map(
  ([code, name]): [string, string] => [
    code,
    [names.get(`${code.slice(0, 2)}0000`), names.get(`${code.slice(0, 4)}00`), name].join('/'),
  ],
);
const CHANNELS = ['phone', 'phone', 'phone', 'phone', 'web', 'app', 'wechat', 'mailbox', 'upper'];
const TYPES = ['consult', 'help', 'complaint', 'complaint', 'report', 'suggestion'];
const TITLES = ['小区室温不达标', '路灯不亮', '夜间施工扰民', '公交线路调整建议', '物业收费纠纷', '道路积水'];

// ---------------------------------------------------------------- generation
const TICKET_COLUMNS = [
  'id', 'number', 'state', 'version', 'channel', 'appeal_type', 'category', 'category_code', 'urgency',
  'confidential', 'revisit_consent', 'title', 'content', 'caller_name', 'caller_phone', 'district_code',
  'received_at', 'registered_by', 'round', 'lead_unit_code', 'urge_count', 'supervised', 'reopen_count',
  'due_at', 'yellow_at', 'completed_at', 'created_at', 'updated_at',
] as const; // prettier-ignore
const ASSIGNMENT_COLUMNS = [
  'ticket_id', 'round', 'unit_code', 'role', 'parent_unit_code', 'state', 'dispatched_at', 'acknowledge_due',
  'acknowledged_at', 'feedback_due', 'feedback_at', 'completion_due', 'closed_at', 'send_back_reason',
  'send_back_requested_at', 'extension_reason', 'extension_requested_due', 'extension_requested_at',
  'extension_count',
] as const; // prettier-ignore
type Row = (string | number | null)[];

/** One ticket's life at NOW: most are answered at once; the rest go down the tree, a few get stuck. */
function* generateTickets(count: number): Generator<{ ticket: Row; assignments: Row[] }> {
  const random = createRandom('bench-queues');
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  const span = NOW.getTime() - START;
  for (let id = 1; id <= count; id += 1) {
    const received = START + Math.floor(((id - 1) / count) * span) + random.int(0, 60_000);
    const receivedIso = iso(received)!;
    const [categoryCode, category] = random.pick(LEAF_CATEGORIES);
    const u = random.next();
    const urgency = u < 0.02 ? 'critical' : u < 0.1 ? 'urgent' : 'normal';
    const handler = random.weighted(handlers, (h) => h.volumeWeight);
    const lead = leadOf(handler.code);
    const district = byCode.get(lead)!.kind === 'district' ? lead : random.pick(districts).code;
    let state = 'answered';
    let completed: number | null = received + 5 * 60_000;
    let due: number | null = null;
    let supervised = 0;
    let urges = 0;
    const assignments: Row[] = [];
    const fate = random.next();
    if (fate >= 0.6) {
      const dispatchAt = received + random.int(3, 180) * 60_000;
      const stuck = random.chance(0.015);
      const ackAt = dispatchAt + random.int(10, 1800) * 60_000;
      const feedbackAt = ackAt + (stuck ? random.int(20, 120) * DAY : random.int(12, 216) * HOUR);
      const reviewAt = feedbackAt + random.int(1, 48) * HOUR;
      const revisitAt = reviewAt + random.int(2, 72) * HOUR;
      const now = NOW.getTime();
      const [ackHours, feedbackHours] =
        urgency === 'critical' ? [1, 24] : urgency === 'urgent' ? [2, 24] : [24, 7 * 24];
      const ackDue = dispatchAt + ackHours * HOUR;
      const feedbackDue = dispatchAt + feedbackHours * HOUR;
      state =
        now < dispatchAt ? 'pendingDispatch'
        : now < ackAt ? 'dispatched'
        : now < feedbackAt ? 'inProgress'
        : now < reviewAt ? 'feedbackSubmitted'
        : now < revisitAt ? 'pendingRevisit'
        : now < revisitAt + 30 * DAY ? 'completed'
        : 'archived'; // prettier-ignore
      completed = state === 'completed' || state === 'archived' ? revisitAt : null;
      due = state === 'dispatched' ? ackDue : state === 'inProgress' ? feedbackDue : null;
      supervised = random.chance(0.005) || (stuck && random.chance(0.2)) ? 1 : 0;
      urges = stuck ? random.int(0, 3) : 0;
      const open = state === 'dispatched' || state === 'inProgress';
      const leadState =
        state === 'pendingDispatch' ? null
        : open ? state
        : state === 'feedbackSubmitted' ? 'feedbackSubmitted'
        : 'closed'; // prettier-ignore
      const closedAt = leadState === 'closed' ? iso(reviewAt) : null;
      const request = open ? random.next() : 1;
      const assignment = (unit: string, role: string, parent: string | null, at: number, st: string) => [
        id, 1, unit, role, parent, st, iso(at), iso(ackDue),
        st === 'dispatched' ? null : iso(Math.min(ackAt, now)), iso(feedbackDue),
        st === 'dispatched' || st === 'inProgress' ? null : iso(feedbackAt), iso(dispatchAt + 9 * DAY), closedAt,
        request < 0.03 && role === 'lead' ? '不属于本单位职责' : null,
        request < 0.03 && role === 'lead' ? iso(ackAt) : null,
        request >= 0.03 && request < 0.06 && role === 'lead' ? '需协调多个部门' : null,
        request >= 0.03 && request < 0.06 && role === 'lead' ? iso(feedbackDue + 5 * DAY) : null,
        request >= 0.03 && request < 0.06 && role === 'lead' ? iso(ackAt) : null,
        0,
      ]; // prettier-ignore
      if (leadState) {
        assignments.push(assignment(lead, 'lead', null, dispatchAt, leadState));
        if (handler.code !== lead && state !== 'dispatched') {
          const childAck = ackAt + 2 * HOUR;
          const childState =
            state === 'inProgress' ? (now < childAck ? 'dispatched' : 'inProgress') : 'closed';
          assignments.push(assignment(handler.code, 'lead', handler.parentCode, ackAt, childState));
        }
        if (random.chance(0.1)) {
          const support = random.pick(firstLevel).code;
          if (support !== lead) assignments.push(assignment(support, 'support', null, dispatchAt, leadState));
        }
      }
    } else if (fate >= 0.58) {
      state = fate < 0.59 ? 'rejected' : fate < 0.595 ? 'transferred' : 'merged';
      completed = null;
    }
    const ticket: Row = [
      id, `${receivedIso.slice(0, 10).replaceAll('-', '')}${String(id).padStart(8, '0')}`, state,
      3 + assignments.length, random.pick(CHANNELS), random.pick(TYPES), category, categoryCode, urgency,
      random.chance(0.01) ? 1 : 0, 1, random.pick(TITLES), '压测工单内容', '王先生',
      `13${String(random.int(0, 999_999_999)).padStart(9, '0')}`, district, receivedIso, random.int(1, AGENTS),
      1, assignments.length ? lead : null, urges, supervised, 0, iso(due), iso(due === null ? null : due - DAY),
      iso(completed), receivedIso, receivedIso,
    ]; // prettier-ignore
    yield { ticket, assignments };
  }
}

interface Loader {
  insert(table: 'tickets' | 'assignments', columns: readonly string[], rows: Row[]): Promise<void>;
  /** Drops the tables' plain indexes for the load, and returns their definitions to rebuild after it. */
  dropIndexes(): Promise<string[]>;
  run(statement: string): Promise<void>;
  close(): Promise<void>;
}

function sqliteLoader(file: string): Loader {
  const db = new BetterSqlite3(file);
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1000000');
  db.pragma('foreign_keys = OFF');
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    async insert(table, columns, rows) {
      const key = `${table}`;
      let statement = statements.get(key);
      if (!statement) {
        statement = db.prepare(
          `insert into ${table} (${columns.join(',')}) values (${columns.map(() => '?').join(',')})`,
        );
        statements.set(key, statement);
      }
      const insertAll = db.transaction((all: Row[]) => all.forEach((row) => statement!.run(row)));
      insertAll(rows);
    },
    async dropIndexes() {
      const indexes = db
        .prepare(
          `select name, sql from sqlite_master
           where type = 'index' and tbl_name in ('tickets', 'assignments') and sql is not null`,
        )
        .all() as { name: string; sql: string }[];
      for (const index of indexes) db.exec(`drop index ${index.name}`);
      return indexes.map((index) => index.sql);
    },
    async run(statement) {
      db.exec(statement);
    },
    async close() {
      db.close();
    },
  };
}

function postgresLoader(url: string, schema: string): Loader {
  const pool = new pg.Pool({ connectionString: url, max: 2, options: `-c search_path=${schema}` });
  return {
    async insert(table, columns, rows) {
      const arrays = columns.map((_, index) => rows.map((row) => row[index]));
      const types = columns.map((column) =>
        /^(id|ticket_id|version|round|registered_by|urge_count|supervised|reopen_count|confidential|revisit_consent|extension_count)$/.test(
          column,
        )
          ? 'int[]'
          : 'text[]',
      );
      await pool.query(
        `insert into ${table} (${columns.join(',')})
         select * from unnest(${types.map((type, index) => `$${index + 1}::${type}`).join(',')})`,
        arrays,
      );
    },
    async dropIndexes() {
      const { rows } = await pool.query<{ indexname: string; indexdef: string }>(
        `select indexname, indexdef from pg_indexes
         where schemaname = $1 and tablename in ('tickets', 'assignments')
           and indexname not in (select conname from pg_constraint)`,
        [schema],
      );
      for (const index of rows) await pool.query(`drop index ${index.indexname}`);
      return rows.map((index) => index.indexdef);
    },
    async run(statement) {
      await pool.query(statement);
    },
    async close() {
      await pool.end();
    },
  };
}

async function generate(handle: DatabaseHandle, loader: Loader) {
  const started = performance.now();
  await handle.db
    .insertInto('users')
    .values(
      Array.from({ length: AGENTS }, (_, i) => ({
        username: `agent${i + 1}`,
        display_name: `话务员${i + 1}`,
        password_hash: '-',
        role: 'agent',
        unit_code: ROOT,
        created_at: NOW.toISOString(),
      })),
    )
    .execute();
  await handle.db.destroy();
  const indexes = await loader.dropIndexes();
  let tickets: Row[] = [];
  let assignments: Row[] = [];
  let loaded = 0;
  const flush = async () => {
    await loader.insert('tickets', TICKET_COLUMNS, tickets);
    await loader.insert('assignments', ASSIGNMENT_COLUMNS, assignments);
    loaded += tickets.length;
    tickets = [];
    assignments = [];
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(
      `\r  载入 ${loaded.toLocaleString()} 张工单，${seconds.toFixed(0)}s（${Math.round(loaded / seconds).toLocaleString()} 张/秒）`,
    );
  };
  for (const generated of generateTickets(TICKETS)) {
    tickets.push(generated.ticket);
    assignments.push(...generated.assignments);
    if (tickets.length === 20_000) await flush();
  }
  if (tickets.length) await flush();
  process.stderr.write(`\n  重建 ${indexes.length} 个索引…`);
  const indexStart = performance.now();
  for (const definition of indexes) await loader.run(definition);
  process.stderr.write(` ${((performance.now() - indexStart) / 1000).toFixed(0)}s\n`);
  await loader.close();
}

// ---------------------------------------------------------------- measurement
const actor = (username: string, role: Role, unitCode: string, userId: number | null = null): Actor => ({
  userId,
  username,
  displayName: username,
  role,
  unitCode,
});
const grassroots = handlers
  .filter((u) => u.kind === 'grassroots')
  .sort((a, b) => b.volumeWeight - a.volumeWeight)[0]!;
const district = [...districts].sort((a, b) => b.volumeWeight - a.volumeWeight)[0]!;
const ACTORS = {
  dispatcher: actor('dispatcher', 'dispatcher', ROOT, 1),
  supervisor: actor('supervisor', 'supervisor', ROOT, 1),
  grassroots: actor(`handler@${grassroots.code}`, 'unitHandler', grassroots.code, 1),
  district: actor(`handler@${district.code}`, 'unitHandler', district.code, 1),
  agent: actor('agent7', 'agent', ROOT, 7),
};
type Probe = [who: keyof typeof ACTORS, label: string, view: QueueViewKey | 'counts', query: string];
const PROBES: Probe[] = [
  ['dispatcher', '导航计数（5 个视图）', 'counts', ''],
  ['dispatcher', '待派单 第1页', 'toDispatch', ''],
  ['dispatcher', '即将超时 第1页', 'dueSoon', ''],
  ['dispatcher', '已超时 第1页', 'overdue', ''],
  ['dispatcher', '已超时 分类+紧急程度+受理时间倒序', 'overdue', 'categoryCode=010000&urgency=normal,urgent&sort=receivedAt:desc'],
  ['dispatcher', '已超时 第40页', 'overdue', 'page=40'],
  ['dispatcher', '退回/延期待审 第1页', 'pendingRulings', ''],
  ['dispatcher', '督办中 第1页', 'supervised', ''],
  ['supervisor', '导航计数（9 个视图）', 'counts', ''],
  ['supervisor', '全市办理中 第1页（时限排序）', 'inProgress', ''],
  ['supervisor', '全市办理中 区县+紧急程度排序', 'inProgress', `district=${district.code}&sort=urgency:desc`],
  ['supervisor', '待回访 第1页', 'toRevisit', ''],
  ['grassroots', '导航计数（4 个视图）', 'counts', ''],
  ['grassroots', '待签收 第1页', 'toAcknowledge', ''],
  ['grassroots', '我的在办 第1页', 'inProgress', ''],
  ['grassroots', '我的在办 分类+紧急程度排序', 'inProgress', 'categoryCode=010000&sort=urgency:desc'],
  ['grassroots', '我的在办 第5页', 'inProgress', 'page=5'],
  ['grassroots', '已超时 第1页', 'overdue', ''],
  ['district', '导航计数（4 个视图）', 'counts', ''],
  ['district', '我的在办 第1页', 'inProgress', ''],
  ['district', '已超时 第1页', 'overdue', ''],
  ['district', '即将超时 第20页', 'dueSoon', 'page=20'],
  ['agent', '我的在办 第1页', 'inProgress', ''],
]; // prettier-ignore

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Records the SQL each probe runs, to print its plan. */
function capturing(db: Kysely<Database>) {
  const seen: CompiledQuery[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      seen.push(db.getExecutor().compileQuery(args.node, args.queryId));
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { db: db.withPlugin(plugin), seen };
}

async function measure(label: string, handle: DatabaseHandle) {
  const clock = { now: () => NOW };
  const explain = args.includes('--explain');
  const capture = capturing(handle.db);
  const services = createServices({ db: explain ? capture.db : handle.db, clock });
  const [{ n }] = (await sql<{ n: number }>`select count(*) as n from tickets`.execute(handle.db)).rows as [
    { n: number },
  ];
  console.log(`\n${label}: ${Number(n).toLocaleString()} 张工单，每项 ${RUNS} 次（预热 3 次）`);
  // CPU: this process's CPU time per request (for SQLite, the query's own work whatever the machine's load; for
  // PostgreSQL only the client's share). The wall-clock percentiles include waiting for a core.
  console.log(
    `负载 ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}（${cpus().length} 核）`,
  );
  console.log(
    '角色          查询                                   结果数    p50 ms   p95 ms   p99 ms  CPU p50',
  );
  const only = option('probes', '');
  for (const [who, name, view, text] of PROBES.filter(([w, n]) => `${w} ${n}`.includes(only))) {
    const as = ACTORS[who];
    const query = QueueQuery.parse(Object.fromEntries(new URLSearchParams(text)));
    const once = async () =>
      view === 'counts'
        ? (await services.queues.counts(as)).views.map((v) => v.count).join('/')
        : String((await services.queues.list(as, view, query)).total);
    capture.seen.length = 0;
    let result = '';
    for (let i = 0; i < 3; i += 1) result = await once();
    if (explain) await printPlans(handle, capture.seen.slice(-(view === 'counts' ? 9 : 3)));
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const start = performance.now();
      const used = process.cpuUsage();
      await once();
      times.push(performance.now() - start);
      const { user, system } = process.cpuUsage(used);
      cpu.push((user + system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const ms = (p: number) => percentile(times, p).toFixed(1).padStart(8);
    console.log(
      `${who.padEnd(12)}  ${name.padEnd(34 - name.replace(/[\x20-\x7e]/g, '').length)} ${result.padStart(10)} ${ms(50)} ${ms(95)} ${ms(99)} ${percentile(cpu, 50).toFixed(1).padStart(8)}`,
    );
  }
}

async function printPlans(handle: DatabaseHandle, queries: CompiledQuery[]) {
  for (const query of queries) {
    if (!/from "tickets"/.test(query.sql)) continue;
    const prefix = handle.dialect === 'sqlite' ? 'explain query plan ' : 'explain ';
    const plan = await handle.db.executeQuery(CompiledQuery.raw(prefix + query.sql, [...query.parameters]));
    const lines = plan.rows.map((row) => {
      const r = row as Record<string, unknown>;
      return String(r.detail ?? r['QUERY PLAN']);
    });
    console.log(`    ${query.sql.slice(0, 110).replace(/\s+/g, ' ')}…\n      ${lines.join('\n      ')}`);
  }
}

/**
 * Cached data built before a change of migration 0011's ticket indexes gets them rebuilt (the data is kept):
 * the indexes of earlier designs are dropped, the current ones created and the statistics refreshed.
 */
async function refreshQueueIndexes(handle: DatabaseHandle) {
  const present =
    handle.dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'index'`.execute(handle.db)
      : await sql<{
          name: string;
        }>`select indexname as name from pg_indexes where schemaname = current_schema()`.execute(handle.db);
  const names = new Set(present.rows.map((row) => row.name));
  if (!args.includes('--reindex') && QUEUE_TICKET_INDEXES.every((name) => names.has(name))) return;
  const started = performance.now();
  process.stderr.write('  重建工作台索引…');
  for (const name of [...QUEUE_TICKET_INDEXES, ...EARLIER_QUEUE_INDEXES])
    await handle.db.schema.dropIndex(name).ifExists().execute();
  await createQueueTicketIndexes(handle.db);
  await sql`analyze tickets`.execute(handle.db);
  await sql`analyze assignments`.execute(handle.db);
  process.stderr.write(` ${((performance.now() - started) / 1000).toFixed(0)}s\n`);
}
/** Indexes of 0011 before the covering ones replaced them. */
const EARLIER_QUEUE_INDEXES = ['tickets_state_due_idx', 'tickets_yellow_idx'];

// ---------------------------------------------------------------- main
async function sqliteRun() {
  if (REGENERATE) rmSync(FILE, { force: true });
  if (!existsSync(FILE)) {
    console.error(`生成 SQLite 数据 ${FILE}`);
    const handle = connectDatabase(FILE);
    await migrateToLatest(handle);
    await insertDemoUnits(handle);
    await generate(handle, sqliteLoader(FILE));
    const analyse = new BetterSqlite3(FILE);
    analyse.exec('analyze');
    analyse.close();
  } else console.error(`使用已生成的 ${FILE}（--regenerate 重新生成）`);
  const handle = connectDatabase(FILE);
  await refreshQueueIndexes(handle);
  await measure('SQLite', handle);
  await handle.close();
}

/** The demo city's units with their materialised paths, as the units module would store them. */
async function insertDemoUnits(handle: DatabaseHandle): Promise<void> {
  await handle.db
    .insertInto('units')
    .values(
      DEMO_UNITS.map((u) => ({
        code: u.code,
        name: u.name,
        parent_code: u.parentCode,
        kind: u.kind,
        path: `/${pathOf(u.code).join('/')}/`,
        depth: pathOf(u.code).length - 1,
        created_at: NOW.toISOString(),
        updated_at: NOW.toISOString(),
      })),
    )
    .execute();
}

function pathOf(code: string): string[] {
  const unit = byCode.get(code)!;
  return unit.parentCode ? [...pathOf(unit.parentCode), code] : [code];
}

async function postgresRun() {
  const schema = `bench_queues_${TICKETS}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const exists =
    (await admin.query(`select 1 from information_schema.schemata where schema_name = $1`, [schema]))
      .rowCount! > 0;
  if (REGENERATE && exists) await admin.query(`drop schema ${schema} cascade`);
  if (REGENERATE || !exists) {
    console.error(`生成 PostgreSQL 数据（schema ${schema}）`);
    await admin.query(`create schema ${schema}`);
    const handle = connectDatabase(PG_URL, { schema, poolSize: 2 });
    await migrateToLatest(handle);
    await insertDemoUnits(handle);
    await generate(handle, postgresLoader(PG_URL, schema));
    await admin.query(`set search_path = ${schema}`);
    await admin.query(
      `select setval(pg_get_serial_sequence('tickets', 'id'), (select max(id) from tickets))`,
    );
    // The visibility map lets the counts read the indexes alone.
    await admin.query(`vacuum analyze tickets`);
    await admin.query(`vacuum analyze assignments`);
  } else console.error(`使用已生成的 schema ${schema}（--regenerate 重新生成）`);
  const handle = connectDatabase(PG_URL, { schema, poolSize: 4 });
  await refreshQueueIndexes(handle);
  await measure('PostgreSQL', handle);
  await handle.close();
  if (args.includes('--drop-pg')) await admin.query(`drop schema ${schema} cascade`);
  await admin.end();
}

if (!args.includes('--no-sqlite')) await sqliteRun();
if (PG_URL) await postgresRun();
