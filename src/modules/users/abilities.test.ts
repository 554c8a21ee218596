import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contracts } from '../../contracts/index.ts';
import { createTestContext, type TestContext } from '../../../test/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

async function abilitiesOf(username: string): Promise<string[]> {
  const me = await ctx.app.inject({ url: '/api/auth/me', headers: ctx.auth(username) });
  expect(me.statusCode).toBe(200);
  return me.json().abilities;
}

describe('GET /api/auth/me abilities', () => {
  it('lists what each role may call, from the contracts', async () => {
    const agent = await abilitiesOf('agent');
    expect(agent).toEqual(
      expect.arrayContaining(['tickets.intake', 'ticketCommands.directAnswer', 'users.me']),
    );
    expect(agent).not.toContain('ticketCommands.dispatch');
    expect(agent).not.toContain('users.createUser');

    const dispatcher = await abilitiesOf('dispatcher');
    expect(dispatcher).toContain('ticketCommands.dispatch');

    const handler = await abilitiesOf('D1');
    expect(handler).toContain('ticketCommands.acknowledge');
    expect(handler).not.toContain('tickets.intake');

    expect(await abilitiesOf('admin')).toContain('users.createUser');
  });

  it('says exactly what the server admits: an ability listed is never refused at the door, one missing is', async () => {
    const agent = new Set(await abilitiesOf('agent'));
    const refused = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: ctx.auth('agent'),
      payload: {},
    });
    expect(agent.has('users.createUser')).toBe(false);
    expect(refused.statusCode).toBe(403);
    for (const [setName, set] of Object.entries(contracts)) {
      for (const [name, route] of Object.entries(set)) {
        const admitted = !route.roles || route.roles.includes('agent');
        expect(agent.has(`${setName}.${name}`), `${setName}.${name}`).toBe(admitted);
      }
    }
  });
});
