import type { Services } from '../app/services.ts';
import { leadAssignment, type Ticket, type TicketCommand } from '../domain/lifecycle/index.ts';
import type { Actor } from '../domain/access/actor.ts';
import type { createManualClock } from '../shared/clock.ts';
import { makeAppeal } from './appeal.ts';
import { DEMO_CATEGORIES } from './data/categories.ts';
import type { DemoUnit } from './data/units.ts';
import { pickSatisfaction, profileOf } from './quality.ts';
import type { Random } from './random.ts';
import { callerDistrict, HANDLERS, pickCategory, pickHandler, type Handler } from './routing.ts';
import type { DemoPeople } from './seed-city.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface ScriptEnv {
  services: Services;
  clock: ReturnType<typeof createManualClock>;
  people: DemoPeople;
  random: Random;
  /** Steps after this moment have not happened yet: their tickets stay open. */
  asOf: Date;
  stats: { tickets: number; commands: number };
}

/** Plays one ticket's history through the service layer, each command at its own moment. */
class Script {
  private at: Date;
  private ticketId = 0;
  private ticket: Ticket | null = null;
  constructor(
    private readonly env: ScriptEnv,
    receivedAt: Date,
    /** What the handling unit reports back. */
    readonly answer = '已按职责处理完毕，并向市民反馈。',
  ) {
    this.at = receivedAt;
  }

  get id(): number {
    return this.ticketId;
  }

  get now(): Date {
    return this.at;
  }

  /** Moves time on; false once it passes the as-of moment, ending the script. */
  wait(ms: number): boolean {
    this.at = new Date(this.at.getTime() + Math.max(ms, 1000));
    return this.at <= this.env.asOf;
  }

  until(at: Date): boolean {
    this.at = at > this.at ? at : new Date(this.at.getTime() + MINUTE);
    return this.at <= this.env.asOf;
  }

  async intake(actor: Actor, input: Parameters<Services['tickets']['intake']>[1]): Promise<number> {
    this.env.clock.set(new Date(this.at.getTime() + 3 * MINUTE));
    const { ticketId } = await this.env.services.tickets.intake(actor, { ...input, receivedAt: this.at });
    this.ticketId = ticketId;
    this.env.stats.tickets += 1;
    this.env.stats.commands += 1;
    return ticketId;
  }

  async run(actor: Actor, command: TicketCommand): Promise<Ticket> {
    this.env.clock.set(this.at);
    this.ticket = await this.env.services.tickets.execute(actor, this.ticketId, null, command);
    this.env.stats.commands += 1;
    return this.ticket;
  }

  get current(): Ticket | null {
    return this.ticket;
  }
}

const INTAKE_DEFAULTS = {
  channel: 'phone' as const,
  urgency: 'normal' as const,
  confidential: false,
  revisitConsent: true,
};

/** 直接答复 (and the few rejected or put through to 110/119/120): settled during the call. */
export async function playDirectTicket(env: ScriptEnv, receivedAt: Date, month: number): Promise<void> {
  const { random, people } = env;
  const category = pickCategory(random, DEMO_CATEGORIES, month);
  const appeal = makeAppeal(random, category, callerDistrict(random, null), 'direct');
  const roll = random.next();
  const disposition =
    roll < 0.012
      ? { type: 'reject' as const, reason: '该诉求属于司法程序处理事项，已告知市民通过法律途径解决。' }
      : roll < 0.02
        ? {
            type: 'transfer' as const,
            target: random.pick(['110', '119', '120', '122'] as const),
            note: '紧急警情，已转接',
          }
        : { type: 'directAnswer' as const, answer: appeal.answer, articleNumbers: [] };
  const script = new Script(env, receivedAt);
  await script.intake(people.centre.agent, {
    ...INTAKE_DEFAULTS,
    ...appeal,
    channel: channelOf(random),
    disposition,
  });
}

function channelOf(random: Random) {
  return random.weighted(
    ['phone', 'web', 'wechat', 'app'] as const,
    (c) => ({ phone: 85, web: 6, wechat: 7, app: 2 })[c],
  );
}

/** About 3% of dispatched appeals are urgent, and one in ten of those 特急 (a burst main, a gas smell). */
function urgencyOf(random: Random) {
  if (!random.chance(0.03)) return 'normal' as const;
  return random.chance(0.1) ? ('critical' as const) : ('urgent' as const);
}

/** 转办: dispatched down the unit chain, handled, reviewed, called back, and sometimes reopened. */
export async function playDispatchedTicket(
  env: ScriptEnv,
  receivedAt: Date,
  month: number,
  forced?: Handler,
): Promise<void> {
  const { random, people } = env;
  let handler = forced ?? pickHandler(random);
  const category = pickCategory(random, handler.categories, month);
  const appeal = makeAppeal(random, category, callerDistrict(random, handler.unit), 'dispatched');
  const script = new Script(env, receivedAt, appeal.answer);
  await script.intake(people.centre.agent, {
    ...INTAKE_DEFAULTS,
    ...appeal,
    channel: channelOf(random),
    revisitConsent: random.chance(0.93),
    urgency: urgencyOf(random),
    disposition: { type: 'requestDispatch', note: null },
  });
  if (random.chance(0.005)) await mergeDuplicate(env, script, appeal);
  if (!script.wait(random.int(5, 90) * MINUTE)) return;
  let support = random.chance(0.04) ? supportUnit(random, handler) : null;
  await dispatch(script, people, handler, support);

  let profile = profileOf(handler.unit.quality);
  if (random.chance(profile.sendBack)) {
    if (!script.wait(random.int(1, 6) * HOUR)) return;
    const lead = handler.chain[0]!;
    await script.run(unitActor(people, lead), {
      type: 'requestSendBack',
      unitCode: lead.code,
      reason: '经核实，该诉求不属于本单位职责范围，申请退回重新派单。',
    });
    if (!script.wait(random.int(1, 4) * HOUR)) return;
    await script.run(people.centre.dispatcher, {
      type: 'ruleSendBack',
      approve: true,
      note: '同意退回，改派相关单位。',
    });
    handler = pickOther(random, handler);
    profile = profileOf(handler.unit.quality);
    support = null;
    if (!script.wait(random.int(10, 60) * MINUTE)) return;
    await dispatch(script, people, handler, null);
  }

  if (!(await handleAndReport(script, env, handler, support, profile))) return;
  await reviewAndRevisit(script, env, handler, profile);
}

async function dispatch(script: Script, people: DemoPeople, handler: Handler, support: DemoUnit | null) {
  await script.run(people.centre.dispatcher, {
    type: 'dispatch',
    leadUnitCode: handler.chain[0]!.code,
    supportUnitCodes: support ? [support.code] : [],
    note: null,
  });
}

/** Acknowledge, hand down the chain, report back up: false when the as-of moment cuts the story short. */
async function handleAndReport(
  script: Script,
  env: ScriptEnv,
  handler: Handler,
  support: DemoUnit | null,
  profile: ReturnType<typeof profileOf>,
): Promise<boolean> {
  const { random, people } = env;
  const lead = leadAssignment(script.current!)!;
  const ackDelay = random.chance(profile.lateAcknowledge)
    ? random.int(25, 60) * HOUR
    : Math.round(random.next() ** 3 * 6 * HOUR) + 5 * MINUTE;
  if (!script.wait(ackDelay)) return false;
  for (const [index, unit] of handler.chain.entries()) {
    if (index > 0) {
      if (!script.wait(random.int(10, 180) * MINUTE)) return false;
      const parent = handler.chain[index - 1]!;
      await script.run(unitActor(people, parent), {
        type: 'subDispatch',
        unitCode: parent.code,
        childUnitCode: unit.code,
        note: null,
      });
      if (!script.wait(random.int(5, 120) * MINUTE)) return false;
    }
    await script.run(unitActor(people, unit), { type: 'acknowledge', unitCode: unit.code });
  }
  if (support) {
    if (!script.wait(random.int(10, 240) * MINUTE)) return false;
    await script.run(unitActor(people, support), { type: 'acknowledge', unitCode: support.code });
  }
  if (random.chance(profile.extension) && lead.feedbackDue) {
    if (!script.wait(random.int(1, 24) * HOUR)) return false;
    const first = handler.chain[0]!;
    await script.run(unitActor(people, first), {
      type: 'requestExtension',
      unitCode: first.code,
      reason: '该问题需协调多个部门现场勘查，申请延期办理。',
      requestedDue: new Date(lead.feedbackDue.getTime() + 5 * 24 * HOUR),
    });
    if (!script.wait(random.int(1, 8) * HOUR)) return false;
    await script.run(people.centre.dispatcher, {
      type: 'ruleExtension',
      approve: true,
      due: null,
      note: '同意延期',
    });
  }
  const due =
    leadAssignment(script.current!)?.feedbackDue ?? new Date(lead.dispatchedAt.getTime() + 5 * 24 * HOUR);
  const start = script.current!.assignments.at(-1)!.dispatchedAt;
  const late = random.chance(profile.lateFeedback);
  const target = late
    ? new Date(due.getTime() + random.int(2, 72) * HOUR)
    : new Date(start.getTime() + (due.getTime() - start.getTime()) * (0.1 + 0.75 * random.next()));
  if (!script.until(target)) return false;
  if (support) {
    await script.run(unitActor(people, support), {
      type: 'submitFeedback',
      unitCode: support.code,
      content: '已配合主办单位完成相关工作。',
    });
  }
  for (const unit of [...handler.chain].reverse()) {
    await script.run(unitActor(people, unit), {
      type: 'submitFeedback',
      unitCode: unit.code,
      content: answerOf(script),
    });
    if (!script.wait(random.int(5, 90) * MINUTE)) return false;
  }
  return true;
}

async function reviewAndRevisit(
  script: Script,
  env: ScriptEnv,
  handler: Handler,
  profile: ReturnType<typeof profileOf>,
) {
  const { random, people } = env;
  for (let rounds = 0; rounds < 3; rounds += 1) {
    if (!script.wait(random.int(1, 20) * HOUR)) return;
    if (rounds === 0 && random.chance(profile.returnedByReview)) {
      await script.run(people.centre.reviewer, {
        type: 'review',
        accept: false,
        note: '答复内容不完整，请补充处理过程。',
      });
      const lead = handler.chain[0]!;
      if (!script.wait(random.int(4, 48) * HOUR)) return;
      await script.run(unitActor(people, lead), {
        type: 'submitFeedback',
        unitCode: lead.code,
        content: answerOf(script),
      });
      if (!script.wait(random.int(1, 12) * HOUR)) return;
    }
    await script.run(people.centre.reviewer, { type: 'review', accept: true, note: null });
    if (!script.wait(random.int(2, 48) * HOUR)) return;
    if (!script.current!.revisitConsent) {
      await script.run(people.centre.reviewer, { type: 'complete', note: '市民不接受回访' });
      return;
    }
    const reached = random.chance(0.995);
    const satisfaction = reached && random.chance(0.99) ? pickSatisfaction(random, profile) : null;
    await script.run(people.centre.reviewer, {
      type: 'revisit',
      reached,
      satisfaction,
      solved: satisfaction === 'dissatisfied' ? 'unsolved' : satisfaction ? 'solved' : null,
      note: null,
    });
    if (satisfaction !== 'dissatisfied' || !random.chance(0.4)) return;
    // 重办: the citizen rejects the result and the same unit handles it again.
    if (!script.wait(random.int(1, 6) * HOUR)) return;
    await script.run(people.centre.reviewer, {
      type: 'reopen',
      to: 'sameUnit',
      reason: '市民对处理结果不满意，要求重新办理。',
    });
    const lead = handler.chain[0]!;
    if (!script.wait(random.int(12, 96) * HOUR)) return;
    await script.run(unitActor(people, lead), {
      type: 'submitFeedback',
      unitCode: lead.code,
      content: answerOf(script),
    });
    profile = { ...profile, satisfaction: { satisfied: 0.7, basic: 0.2, dissatisfied: 0.1 } };
  }
}

/** 并单: the same caller rings again about an open ticket; the agent registers it and merges it in. */
async function mergeDuplicate(env: ScriptEnv, script: Script, appeal: ReturnType<typeof makeAppeal>) {
  const duplicate = new Script(env, new Date(script.now.getTime() + 10 * MINUTE));
  await duplicate.intake(env.people.centre.agent, {
    ...INTAKE_DEFAULTS,
    ...appeal,
    title: `${appeal.title}（重复来电）`,
  });
  await duplicate.run(env.people.centre.dispatcher, { type: 'merge', intoTicketId: script.id });
}

function answerOf(script: Script): string {
  return script.answer;
}

function unitActor(people: DemoPeople, unit: DemoUnit): Actor {
  const actor = people.units.get(unit.code);
  if (!actor) throw new Error(`no demo account for ${unit.code}`);
  return actor;
}

function supportUnit(random: Random, handler: Handler): DemoUnit | null {
  const candidates = HANDLERS.filter(
    (h) => h.chain.length === 1 && h.unit.code !== handler.chain[0]!.code && h.unit.kind !== 'district',
  );
  return candidates.length ? random.weighted(candidates, (h) => h.unit.volumeWeight).unit : null;
}

function pickOther(random: Random, handler: Handler): Handler {
  for (;;) {
    const other = pickHandler(random);
    if (other.chain[0]!.code !== handler.chain[0]!.code) return other;
  }
}
