import type { TicketState } from '../src/domain/lifecycle/index.ts';
import type { IntakeInput } from '../src/modules/tickets/index.ts';
import type { TestContext } from './context.ts';

export const BASE_INTAKE: IntakeInput = {
  channel: 'phone',
  appealType: 'complaint',
  category: '城乡建设/供暖/室温不达标',
  urgency: 'normal',
  confidential: false,
  revisitConsent: true,
  title: '幸福小区室温不达标',
  content: '幸福小区3号楼2单元室温只有14度，请供暖单位尽快处理。',
  callerName: '王秀英',
  callerPhone: '13812345678',
  address: '东区幸福小区3号楼',
  districtCode: 'D1',
};

/**
 * The commands that bring a fresh ticket to each state, through the real service (factories make real rows).
 * The lead unit is D1 (a district), which may sub-dispatch to D1-G1/D1-G2.
 */
const PATHS: Record<TicketState, [string, object][]> = {
  registered: [],
  answered: [['agent', { type: 'directAnswer', answer: '已答复' }]],
  rejected: [['agent', { type: 'reject', reason: '不属于受理范围' }]],
  transferred: [['agent', { type: 'transfer', target: '110', note: null }]],
  merged: [], // built specially: needs a second open ticket
  pendingDispatch: [['agent', { type: 'requestDispatch', note: null }]],
  dispatched: [
    ['dispatcher', { type: 'dispatch', leadUnitCode: 'D1', supportUnitCodes: ['M1'], note: null }],
  ],
  inProgress: [],
  feedbackSubmitted: [],
  pendingRevisit: [],
  completed: [],
  archived: [],
};
PATHS.inProgress = [...PATHS.dispatched, ['D1', { type: 'acknowledge', unitCode: 'D1' }]];
PATHS.feedbackSubmitted = [
  ...PATHS.inProgress,
  ['D1', { type: 'submitFeedback', unitCode: 'D1', content: '已协调供暖公司调整' }],
];
PATHS.pendingRevisit = [
  ...PATHS.feedbackSubmitted,
  ['reviewer', { type: 'review', accept: true, note: null }],
];
PATHS.completed = [
  ...PATHS.pendingRevisit,
  ['reviewer', { type: 'revisit', reached: true, satisfaction: 'satisfied', solved: 'solved', note: null }],
];
PATHS.archived = [...PATHS.completed, ['reviewer', { type: 'archive' }]];

export async function makeTicket(
  ctx: TestContext,
  state: TicketState = 'registered',
  overrides: Partial<IntakeInput> = {},
): Promise<number> {
  const { ticketId } = await ctx.services.tickets.intake(ctx.actors.agent!, { ...BASE_INTAKE, ...overrides });
  if (state === 'merged') {
    const target = await makeTicket(ctx, 'pendingDispatch');
    await ctx.services.tickets.execute(ctx.actors.dispatcher!, ticketId, null, {
      type: 'merge',
      intoTicketId: target,
    });
    return ticketId;
  }
  for (const [username, command] of PATHS[state]) {
    await ctx.services.tickets.execute(ctx.actors[username]!, ticketId, null, command as never);
  }
  return ticketId;
}
