import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';
import { compareRollups } from '../../modules/evaluation/index.ts';
import * as rollups0015 from './0015-channel-and-event-month-rollups.ts';

// The migration fills the 来源渠道 rollups from the tickets already there: on a database upgraded with tickets
// in it, the filled table must be the one the platform would have kept.
describe('0015-channel-and-event-month-rollups on a database that already has tickets', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext('2023-03-02 07:30:00'); // 2023-03-01 in UTC: the day counted is local
    await makeTicket(ctx, 'answered', { channel: 'web' });
    await makeTicket(ctx, 'rejected', { channel: 'wechat' });
    const handed = await makeTicket(ctx, 'inProgress');
    await ctx.services.tickets.execute(ctx.actors.D1!, handed, null, {
      type: 'subDispatch',
      unitCode: 'D1',
      childUnitCode: 'D1-G1',
      note: null,
    });
    await makeTicket(ctx, 'completed', { channel: 'app' });
  });
  afterAll(async () => ctx.close());

  it('fills the same rows the platform keeps with each change', async () => {
    const directory = await ctx.services.units.directory();
    expect(await compareRollups(ctx.handle.db, directory)).toEqual([]);
    await rollups0015.down(ctx.handle.db);
    await rollups0015.up(ctx.handle.db);
    const rows = await ctx.handle.db.selectFrom('ticket_channel_rollups').selectAll().execute();
    expect(rows.length).toBeGreaterThan(4);
    expect(rows.every((row) => row.registered_on === '2023-03-02')).toBe(true);
    expect(await compareRollups(ctx.handle.db, directory)).toEqual([]);
  });
});
