import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/context.ts';
import { BASE_INTAKE } from '../../../../test/tickets.ts';
import type { TicketCommand } from '../../../domain/lifecycle/index.ts';
import { parseLocalTime } from '../../../domain/time.ts';
import { compareRollups, createRollupsRepository } from '../../evaluation/index.ts';
import { createTicketsRepository } from '../tickets.repository.ts';

// Each story is one row of a tickets file and the same history driven through the live service, step by
// step at the row's times. Both must leave identical events, rows, deadline history and rollups.
const HEADERS =
  '工单编号,受理时间,来源渠道,诉求类型,诉求分类,紧急程度,诉求标题,诉求内容,诉求人,联系电话,诉求地址,所属区县,是否保密,' +
  '办理方式,答复内容,承办单位,二级承办单位,派单时间,签收时间,反馈时限,反馈时间,办结时限,办结时间,回访时间,回访结果,是否解决';

type Cells = Partial<
  Record<
    | '办理方式'
    | '答复内容'
    | '承办单位'
    | '二级承办单位'
    | '派单时间'
    | '签收时间'
    | '反馈时间'
    | '办结时间'
    | '回访时间'
    | '回访结果'
    | '是否解决',
    string
  >
>;

interface Story {
  number: string;
  receivedAt: string;
  cells: Cells;
  /** [time, user, command]; a first entry with user 'intake' is the intake's disposition. */
  live: [string, string, TicketCommand | null][];
}

const FEEDBACK = '已协调供暖公司调整';
const dispatchD1: TicketCommand = { type: 'dispatch', leadUnitCode: 'D1', supportUnitCodes: [], note: null };
const feedback = (unitCode: string): TicketCommand => ({
  type: 'submitFeedback',
  unitCode,
  content: FEEDBACK,
});
const accept: TicketCommand = { type: 'review', accept: true, note: null };

const STORIES: Story[] = [
  {
    number: 'EQ-ANSWER',
    receivedAt: '2023-02-01 09:00:00',
    cells: { 办理方式: '直接答复', 答复内容: '已按知识库解释政策', 办结时间: '2023-02-01 09:06:00' },
    live: [['2023-02-01 09:06:00', 'intake', { type: 'directAnswer', answer: '已按知识库解释政策' }]],
  },
  {
    number: 'EQ-REJECT',
    receivedAt: '2023-02-01 10:00:00',
    cells: { 办理方式: '不予受理', 答复内容: '属于司法程序，请向法院咨询' },
    live: [['2023-02-01 10:00:00', 'intake', { type: 'reject', reason: '属于司法程序，请向法院咨询' }]],
  },
  {
    number: 'EQ-TRANSFER',
    receivedAt: '2023-02-01 11:00:00',
    cells: { 办理方式: '转接', 答复内容: '已转接110' },
    live: [['2023-02-01 11:00:00', 'intake', { type: 'transfer', target: '110', note: '已转接110' }]],
  },
  {
    number: 'EQ-PENDING',
    receivedAt: '2023-02-01 12:00:00',
    cells: { 办理方式: '转办' },
    live: [['2023-02-01 12:00:00', 'intake', { type: 'requestDispatch', note: null }]],
  },
  {
    number: 'EQ-DISPATCHED',
    receivedAt: '2023-02-02 09:00:00',
    cells: { 办理方式: '转办', 承办单位: '东区', 派单时间: '2023-02-02 09:30:00' },
    live: [['2023-02-02 09:30:00', 'dispatcher', dispatchD1]],
  },
  {
    number: 'EQ-MERGED',
    receivedAt: '2023-02-02 10:00:00',
    cells: { 办理方式: '并单', 答复内容: '与EQ-DISPATCHED重复，已并单', 办结时间: '2023-02-02 10:20:00' },
    live: [['2023-02-02 10:20:00', 'dispatcher', { type: 'merge', intoTicketId: 5 }]],
  },
  {
    number: 'EQ-FEEDBACK',
    receivedAt: '2023-02-03 09:00:00',
    cells: {
      办理方式: '转办',
      承办单位: 'D1',
      派单时间: '2023-02-03 09:10:00',
      签收时间: '2023-02-03 11:00:00',
      反馈时间: '2023-02-06 16:00:00',
      答复内容: FEEDBACK,
    },
    live: [
      ['2023-02-03 09:10:00', 'dispatcher', dispatchD1],
      ['2023-02-03 11:00:00', 'D1', { type: 'acknowledge', unitCode: 'D1' }],
      ['2023-02-06 16:00:00', 'D1', feedback('D1')],
    ],
  },
  {
    number: 'EQ-SATISFIED',
    receivedAt: '2023-02-03 10:00:00',
    cells: {
      办理方式: '转办',
      承办单位: 'D1',
      二级承办单位: '东区兴盛街道办事处',
      派单时间: '2023-02-03 10:30:00',
      签收时间: '2023-02-03 14:00:00',
      反馈时间: '2023-02-07 10:00:00',
      回访时间: '2023-02-08 15:00:00',
      回访结果: '满意',
      是否解决: '已解决',
      答复内容: FEEDBACK,
    },
    live: [
      ['2023-02-03 10:30:00', 'dispatcher', dispatchD1],
      // With a 二级承办单位 the lead passes the work down at 派单时间; 签收时间 is the child's.
      ['2023-02-03 10:30:00', 'D1', { type: 'acknowledge', unitCode: 'D1' }],
      [
        '2023-02-03 10:30:00',
        'D1',
        { type: 'subDispatch', unitCode: 'D1', childUnitCode: 'D1-G2', note: null },
      ],
      ['2023-02-03 14:00:00', 'D1-G2', { type: 'acknowledge', unitCode: 'D1-G2' }],
      ['2023-02-07 10:00:00', 'D1-G2', feedback('D1-G2')],
      ['2023-02-07 10:00:00', 'D1', feedback('D1')],
      ['2023-02-08 15:00:00', 'reviewer', accept],
      [
        '2023-02-08 15:00:00',
        'reviewer',
        { type: 'revisit', reached: true, satisfaction: 'satisfied', solved: 'solved', note: null },
      ],
    ],
  },
  {
    number: 'EQ-UNRATED',
    receivedAt: '2023-02-06 09:00:00',
    cells: {
      办理方式: '转办',
      承办单位: 'M1',
      派单时间: '2023-02-06 09:20:00',
      签收时间: '2023-02-06 09:40:00',
      反馈时间: '2023-02-20 17:00:00',
      回访时间: '2023-02-21 09:00:00',
      回访结果: '联系上未评价',
      是否解决: '部分解决',
      答复内容: FEEDBACK,
    },
    live: [
      ['2023-02-06 09:20:00', 'dispatcher', { ...dispatchD1, leadUnitCode: 'M1' } as TicketCommand],
      ['2023-02-06 09:40:00', 'M1', { type: 'acknowledge', unitCode: 'M1' }],
      ['2023-02-20 17:00:00', 'M1', feedback('M1')],
      ['2023-02-21 09:00:00', 'reviewer', accept],
      [
        '2023-02-21 09:00:00',
        'reviewer',
        { type: 'revisit', reached: true, satisfaction: null, solved: 'partly', note: null },
      ],
    ],
  },
  {
    number: 'EQ-UNREACHED',
    receivedAt: '2023-02-06 10:00:00',
    cells: {
      办理方式: '转办',
      承办单位: 'D1',
      派单时间: '2023-02-06 10:05:00',
      签收时间: '2023-02-06 10:30:00',
      反馈时间: '2023-02-09 10:00:00',
      回访时间: '2023-02-10 10:00:00',
      回访结果: '未联系上',
      答复内容: FEEDBACK,
    },
    live: [
      ['2023-02-06 10:05:00', 'dispatcher', dispatchD1],
      ['2023-02-06 10:30:00', 'D1', { type: 'acknowledge', unitCode: 'D1' }],
      ['2023-02-09 10:00:00', 'D1', feedback('D1')],
      ['2023-02-10 10:00:00', 'reviewer', accept],
      [
        '2023-02-10 10:00:00',
        'reviewer',
        { type: 'revisit', reached: false, satisfaction: null, solved: null, note: null },
      ],
    ],
  },
  {
    number: 'EQ-COMPLETE',
    receivedAt: '2023-02-06 11:00:00',
    cells: {
      办理方式: '转办',
      承办单位: 'D1',
      派单时间: '2023-02-06 11:05:00',
      签收时间: '2023-02-06 11:30:00',
      反馈时间: '2023-02-09 11:00:00',
      办结时间: '2023-02-10 11:00:00',
      答复内容: FEEDBACK,
    },
    live: [
      ['2023-02-06 11:05:00', 'dispatcher', dispatchD1],
      ['2023-02-06 11:30:00', 'D1', { type: 'acknowledge', unitCode: 'D1' }],
      ['2023-02-09 11:00:00', 'D1', feedback('D1')],
      ['2023-02-10 11:00:00', 'reviewer', accept],
      ['2023-02-10 11:00:00', 'reviewer', { type: 'complete', note: null }],
    ],
  },
];

function csvOf(stories: readonly Story[]): string {
  const columns = HEADERS.split(',');
  const lines = stories.map((story) => {
    const cells: Record<string, string> = {
      ...story.cells,
      工单编号: story.number,
      受理时间: story.receivedAt,
      来源渠道: '电话',
      诉求类型: '投诉',
      诉求分类: BASE_INTAKE.category,
      紧急程度: '一般',
      诉求标题: BASE_INTAKE.title,
      诉求内容: BASE_INTAKE.content,
      诉求人: BASE_INTAKE.callerName!,
      联系电话: BASE_INTAKE.callerPhone!,
      诉求地址: BASE_INTAKE.address!,
      所属区县: '东区',
      是否保密: '否',
    };
    return columns.map((column) => cells[column] ?? '').join(',');
  });
  return [HEADERS, ...lines].join('\n');
}

async function driveLive(ctx: TestContext, story: Story): Promise<void> {
  const [first, ...rest] = story.live;
  const receivedAt = parseLocalTime(story.receivedAt);
  const intakeWith = first?.[1] === 'intake' ? first : undefined;
  ctx.clock.set(intakeWith ? parseLocalTime(intakeWith[0]) : receivedAt);
  const disposition = intakeWith?.[2] as never;
  const { ticketId } = await ctx.services.tickets.intake(ctx.actors.agent!, {
    ...BASE_INTAKE,
    receivedAt,
    ...(disposition ? { disposition } : {}),
  });
  for (const [at, user, command] of intakeWith ? rest : story.live) {
    ctx.clock.set(parseLocalTime(at));
    await ctx.services.tickets.execute(ctx.actors[user]!, ticketId, null, command!);
  }
}

// Ids differ between the two databases (the file's 并单 rows are written last): tickets are matched by
// 工单编号 and ids inside rows and payloads are shown as the number they stand for.
const WITHOUT = ['id', 'number', 'created_at', 'updated_at', 'registered_by'];
async function snapshot(ctx: TestContext, numberOf: (id: number) => string) {
  const db = ctx.handle.db;
  const byTicket = (a: { ticket: string }, b: { ticket: string }) => a.ticket.localeCompare(b.ticket);
  const named = <T extends { ticket_id: number }>(row: T) => {
    const { ticket_id, ...rest } = Object.fromEntries(
      Object.entries(row).filter(([key]) => !WITHOUT.includes(key)),
    ) as T;
    return { ticket: numberOf(ticket_id), ...rest };
  };
  const tickets = await db.selectFrom('tickets').selectAll().execute();
  const events = await db.selectFrom('ticket_events').selectAll().orderBy('version').execute();
  const ids = (data: Record<string, unknown>) => {
    for (const key of ['intoTicketId', 'duplicateTicketId'])
      if (typeof data[key] === 'number') data[key] = numberOf(data[key]);
    return data;
  };
  return {
    tickets: tickets
      .map(({ id, merged_into_id, ...row }) => ({
        ...named({ ...row, ticket_id: id }),
        merged_into_id: merged_into_id === null ? null : numberOf(merged_into_id),
      }))
      .sort(byTicket),
    events: events
      .map((e) => ({
        ticket: numberOf(e.ticket_id),
        version: e.version,
        type: e.type,
        at: e.at,
        unit: e.unit_code,
        data: ids(JSON.parse(e.data) as Record<string, unknown>),
      }))
      .sort(byTicket),
    assignments: (
      await db.selectFrom('assignments').selectAll().orderBy('round').orderBy('unit_code').execute()
    )
      .map(named)
      .sort(byTicket),
    deadlines: (
      await db
        .selectFrom('deadline_changes')
        .selectAll()
        .orderBy('event_version')
        .orderBy('unit_code')
        .orderBy('kind')
        .execute()
    )
      .map(named)
      .sort(byTicket),
    rollups: await createRollupsRepository(db).allRows(),
  };
}

async function numbers(ctx: TestContext): Promise<(id: number) => string> {
  const rows = await ctx.handle.db.selectFrom('tickets').select(['id', 'number']).execute();
  const byId = new Map(rows.map((row) => [Number(row.id), row.number]));
  return (id) => byId.get(Number(id)) ?? `#${id}`;
}

describe('an imported ticket is the same history as the live one', () => {
  let imported: TestContext;
  let live: TestContext;
  beforeAll(async () => {
    [imported, live] = await Promise.all([createTestContext('2023-03-01 09:00:00'), createTestContext()]);
    const result = await imported.services.imports.importTickets(
      imported.actors.admin!,
      Buffer.from(csvOf(STORIES)),
      'stories.csv',
    );
    expect(result).toEqual({ imported: STORIES.length, skipped: 0 });
    for (const story of STORIES) await driveLive(live, story);
  });
  afterAll(async () => Promise.all([imported.close(), live.close()]));

  // The live path numbers tickets itself: its tickets are known by the story they tell, in intake order.
  async function expectSameHistories(stories: readonly Story[]) {
    const liveNumbers = new Map(stories.map((story, index) => [index + 1, story.number]));
    const fromFile = await snapshot(imported, await numbers(imported));
    const fromLive = await snapshot(live, (id) => liveNumbers.get(Number(id)) ?? `#${id}`);
    expect(fromFile).toEqual(fromLive);
    return fromFile;
  }

  it('gives identical events (type, order, times, payload), rows, deadline history and rollups', async () => {
    const fromFile = await expectSameHistories(STORIES);
    expect(fromFile.events.length).toBeGreaterThan(40);
    expect(fromFile.deadlines.length).toBeGreaterThan(10);
    expect(fromFile.rollups.length).toBeGreaterThan(10);
  });

  it("merges a later file's duplicate into a stored ticket as the live 并单 does", async () => {
    const duplicate: Story = {
      number: 'EQ-LATE-DUPLICATE',
      receivedAt: '2023-02-02 11:00:00',
      cells: { 办理方式: '并单', 答复内容: 'EQ-DISPATCHED', 办结时间: '2023-02-02 11:10:00' },
      live: [['2023-02-02 11:10:00', 'dispatcher', { type: 'merge', intoTicketId: 5 }]],
    };
    const result = await imported.services.imports.importTickets(
      imported.actors.admin!,
      Buffer.from(csvOf([duplicate])),
    );
    expect(result).toEqual({ imported: 1, skipped: 0 });
    await driveLive(live, duplicate);
    const { events } = await expectSameHistories([...STORIES, duplicate]);
    expect(events.filter((e) => e.ticket === 'EQ-DISPATCHED').map((e) => e.type)).toEqual([
      'registered',
      'dispatched',
      'duplicateMerged',
      'duplicateMerged',
    ]);
  });

  it('keeps the rollups in agreement with a rebuild from the events', async () => {
    expect(await compareRollups(imported.handle.db, await imported.services.units.directory())).toEqual([]);
  });

  it('reaches the state each story ends in', async () => {
    const rows = await imported.handle.db
      .selectFrom('tickets')
      .select(['number', 'state'])
      .orderBy('id')
      .execute();
    expect(Object.fromEntries(rows.map((r) => [r.number, r.state]))).toEqual({
      'EQ-ANSWER': 'answered',
      'EQ-REJECT': 'rejected',
      'EQ-TRANSFER': 'transferred',
      'EQ-PENDING': 'pendingDispatch',
      'EQ-DISPATCHED': 'dispatched',
      'EQ-MERGED': 'merged',
      'EQ-FEEDBACK': 'feedbackSubmitted',
      'EQ-SATISFIED': 'completed',
      'EQ-UNRATED': 'completed',
      'EQ-UNREACHED': 'completed',
      'EQ-COMPLETE': 'completed',
      'EQ-LATE-DUPLICATE': 'merged',
    });
  });

  it('dates the completion by 办结时间 when the file gives one after the revisit', async () => {
    const row = {
      number: 'EQ-LATE-CLOSE',
      receivedAt: '2023-02-06 10:00:00',
      cells: { ...STORIES[9]!.cells, 办结时间: '2023-02-12 09:00:00' },
      live: [],
    };
    await imported.services.imports.importTickets(imported.actors.admin!, Buffer.from(csvOf([row])));
    const repository = createTicketsRepository(imported.handle.db);
    const id = (await repository.findIdByNumber('EQ-LATE-CLOSE'))!;
    const events = await repository.listEvents(id);
    expect(events.slice(-2).map((e) => [e.type, e.at])).toEqual([
      ['revisited', parseLocalTime('2023-02-10 10:00:00').toISOString()],
      ['completed', parseLocalTime('2023-02-12 09:00:00').toISOString()],
    ]);
    expect(await compareRollups(imported.handle.db, await imported.services.units.directory())).toEqual([]);
  });
});
