import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { BASE_INTAKE } from '../../test/tickets.ts';
import { ApiError, contracts, createApiClient, type Transport } from './index.ts';

describe('the typed client drives the loop through the contracts', () => {
  let ctx: TestContext;
  let transport: Transport;
  const as = (username: string) => createApiClient(transport, { headers: ctx.auth(username) });

  beforeAll(async () => {
    ctx = await createTestContext();
    transport = async ({ method, url, headers, body }) => {
      const response = await ctx.app.inject({
        method: method as 'GET',
        url,
        headers,
        ...(body === undefined ? {} : { payload: body }),
      });
      return { status: response.statusCode, body: response.body };
    };
  });
  afterAll(async () => ctx.close());

  it('intake → dispatch → handling → review → revisit → archive, then the unit score explains it', async () => {
    const { tickets, ticketCommands } = contracts;
    const created = await as('agent').call(tickets.intake, {
      body: { ...BASE_INTAKE, receivedAt: undefined },
    });
    expect(created.state).toBe('registered');
    let { version } = created;
    const params = { id: created.id };
    ({ version } = await as('agent').call(ticketCommands.requestDispatch, { params, body: { version } }));
    ({ version } = await as('dispatcher').call(ticketCommands.dispatch, {
      params,
      body: { version, leadUnitCode: 'D1', supportUnitCodes: [] },
    }));
    ({ version } = await as('D1').call(ticketCommands.acknowledge, { params, body: { version } }));
    ({ version } = await as('D1').call(ticketCommands.submitFeedback, {
      params,
      body: { version, content: '已协调供暖公司上门处理，室温恢复至 20 度。' },
    }));
    ({ version } = await as('reviewer').call(ticketCommands.review, {
      params,
      body: { version, accept: true },
    }));
    ({ version } = await as('reviewer').call(ticketCommands.revisit, {
      params,
      body: { version, reached: true, satisfaction: 'dissatisfied', solved: 'unsolved' },
    }));
    const archived = await as('reviewer').call(ticketCommands.archive, { params, body: { version } });
    expect(archived.state).toBe('archived');
    expect(archived.version).toBe(version + 1);

    const listed = await as('D1').call(tickets.list, { query: { state: 'archived' } });
    expect(listed.items.map((item) => item.id)).toContain(created.id);

    const score = await as('supervisor').call(contracts.evaluation.unitScore, {
      params: { code: 'D1' },
      query: { from: '2023-03-01', to: '2023-03-31', asOf: '2023-04-30 00:00:00' },
    });
    expect(score.unit.code).toBe('D1');
    const costly = score.tickets.tickets.find((t) => t.ticketId === created.id);
    expect(costly?.reasons).toContain('不满意');
  });

  it('refusals arrive as ApiError with the stable code, validation in Chinese with the field named', async () => {
    const refused = await as('agent')
      .call(contracts.tickets.get, { params: { id: 999_999 } })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 404, code: 'TICKET_NOT_FOUND' });

    const invalid = await as('agent')
      .call(contracts.ticketCommands.requestDispatch, { params: { id: 1 }, body: { version: 1.5 } })
      .catch((error: unknown) => error);
    expect(invalid).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect((invalid as ApiError).message).toContain('version：应为整数');

    const empty = await as('agent')
      .call(contracts.tickets.intake, { body: { ...BASE_INTAKE, receivedAt: undefined, title: '' } })
      .catch((error: unknown) => error);
    expect((empty as ApiError).message).toContain('title：');
  });
});
