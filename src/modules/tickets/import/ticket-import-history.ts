import {
  decide,
  evolve,
  initialTicket,
  type TicketCommand,
  type TicketEvent,
} from '../../../domain/lifecycle/index.ts';
import { deadlineChangesOf } from '../deadline-changes.ts';
import type {
  DuplicateNote,
  Environment,
  History,
  ImportedDispatch,
  ImportedTicket,
  ImportProblem,
  Step,
} from './ticket-import-types.ts';

type Built = { ok: true; history: History } | { ok: false; problem: ImportProblem };

/** The steps the live service would have taken, at the times the file gives (DESIGN §7). */
export function stepsOf(record: ImportedTicket, mergeIntoId: number): Step[] {
  const { handling } = record;
  const centre = (command: TicketCommand): Step[] => [{ command, at: closingTime(record), unitCode: null }];
  switch (handling.mode) {
    case 'directAnswer':
      return centre({ type: 'directAnswer', answer: handling.answer });
    case 'reject':
      return centre({ type: 'reject', reason: handling.reason });
    case 'transfer':
      return centre({ type: 'transfer', target: handling.target, note: handling.note });
    case 'merge':
      return centre({ type: 'merge', intoTicketId: mergeIntoId });
    case 'dispatch':
      return handling.dispatch
        ? dispatchSteps(handling.dispatch)
        : centre({ type: 'requestDispatch', note: null });
  }
}

function dispatchSteps(d: ImportedDispatch): Step[] {
  const steps: Step[] = [
    {
      command: { type: 'dispatch', leadUnitCode: d.unitCode, supportUnitCodes: [], note: null },
      at: d.dispatchedAt,
      unitCode: null,
    },
  ];
  const byUnit = (unitCode: string, command: TicketCommand, at: Date): Step => ({ command, at, unitCode });
  if (!d.acknowledgedAt) return steps;
  const sub = d.subUnitCode;
  if (sub) {
    // The file keeps one 签收时间, the handling unit's: with a 二级承办单位 the lead passes the work straight
    // down at 派单时间, and 签收时间 is the child's acknowledgement, judged against the child's own deadline.
    steps.push(
      byUnit(d.unitCode, { type: 'acknowledge', unitCode: d.unitCode }, d.dispatchedAt),
      byUnit(
        d.unitCode,
        { type: 'subDispatch', unitCode: d.unitCode, childUnitCode: sub, note: null },
        d.dispatchedAt,
      ),
      byUnit(sub, { type: 'acknowledge', unitCode: sub }, d.acknowledgedAt),
    );
  } else {
    steps.push(byUnit(d.unitCode, { type: 'acknowledge', unitCode: d.unitCode }, d.acknowledgedAt));
  }
  if (!d.feedbackAt) return steps;
  const feedback = (unitCode: string) =>
    byUnit(unitCode, { type: 'submitFeedback', unitCode, content: d.feedbackText }, d.feedbackAt!);
  // The child reports to its parent first; the lead then reports to the centre.
  if (sub) steps.push(feedback(sub));
  steps.push(feedback(d.unitCode));
  // The review leaves no time in the file: it is dated by the first step that proves it, the 办结 or the revisit
  // (many centres close a ticket at 办结 and call the citizen back afterwards).
  const closingAt =
    d.revisit && d.completedAt
      ? d.completedAt < d.revisit.at
        ? d.completedAt
        : d.revisit.at
      : (d.revisit?.at ?? d.completedAt);
  if (!closingAt) return steps;
  steps.push({ command: { type: 'review', accept: true, note: null }, at: closingAt, unitCode: null });
  if (d.revisit) {
    const { at, reached, satisfaction, solved } = d.revisit;
    steps.push({
      command: { type: 'revisit', reached, satisfaction, solved, note: null },
      at,
      unitCode: null,
      completedAt: d.completedAt,
    });
  } else {
    steps.push({ command: { type: 'complete', note: null }, at: closingAt, unitCode: null });
  }
  return steps;
}

/**
 * Runs the steps through the lifecycle's own `decide` and `evolve`, command by command, as the live
 * service does; duplicates merged into this ticket are noted at their time, between its own steps.
 */
export function runSteps(
  record: ImportedTicket,
  id: number,
  steps: Step[],
  env: Environment,
  mergeTargetState: string | undefined,
  notes: readonly DuplicateNote[] = [],
): Built {
  const { intake } = record;
  const facts = {
    channel: intake.channel,
    appealType: intake.appealType,
    category: intake.category,
    categoryCode: intake.categoryCode,
    urgency: intake.urgency,
    confidential: intake.confidential,
    revisitConsent: intake.revisitConsent,
    title: intake.title,
    content: intake.content,
    callerName: intake.callerName,
    callerPhone: intake.callerPhone,
    address: intake.address,
    districtCode: intake.districtCode,
    receivedAt: intake.receivedAt,
  };
  let ticket = initialTicket(id, facts);
  const registration = { type: 'registered', at: intake.receivedAt, ...facts } as unknown as TicketEvent;
  const history: History = {
    record,
    id,
    steps,
    ticket,
    events: [{ event: registration, unitCode: null }],
    deadlines: [],
    timeline: [{ at: intake.receivedAt, state: ticket.state }],
  };
  const pending = [...notes].sort((a, b) => a.at.getTime() - b.at.getTime());
  const noteUpTo = (at: Date | null) => {
    while (pending[0] && (at === null || pending[0].at < at)) {
      const note = pending.shift()!;
      const event: TicketEvent = {
        type: 'duplicateMerged',
        duplicateTicketId: note.duplicateId,
        at: note.at,
      };
      ticket = evolve(ticket, [event]);
      history.events.push({ event, unitCode: null });
    }
  };
  const ticketFacts = {
    appealType: intake.appealType,
    categoryCode: intake.categoryCode,
    urgency: intake.urgency,
  };
  const dispatchDeadlines = record.handling.mode === 'dispatch' ? record.handling.dispatch : null;
  for (const step of steps) {
    noteUpTo(step.at);
    const command = step.command;
    // The file's 反馈时限 and 办结时限 are the ticket's: they hold for the dispatch and for the child unit it is
    // handed down to (a child is never given less time than the file says, nor more than its parent).
    const override =
      command.type === 'dispatch' || command.type === 'subDispatch' ? dispatchDeadlines : undefined;
    const decision = decide(ticket, command, {
      now: step.at,
      deadlinesFor: () => {
        const policy = env.rules.deadlinesFor(ticketFacts, step.at);
        // 签收 always follows the policy.
        return {
          acknowledgeDue: policy.acknowledgeDue,
          feedbackDue: override?.feedbackDue ?? policy.feedbackDue,
          completionDue: override?.completionDue ?? policy.completionDue,
        };
      },
      isBelow: (child, parent) => env.directory.isStrictlyBelow(child, parent),
      ...(mergeTargetState ? { mergeTargetState } : {}),
    });
    if (!decision.ok) {
      const { code, message } = decision.error;
      const field = command.type === 'merge' ? 'answer' : 'handling';
      return { ok: false, problem: { rowNumber: record.rowNumber, field, code, message } };
    }
    const events: TicketEvent[] = decision.events.map((body) => ({
      ...body,
      at: body.type === 'completed' && step.completedAt ? step.completedAt : step.at,
    }));
    history.deadlines.push(
      ...deadlineChangesOf(ticket, events).map((change) => ({ ...change, at: step.at })),
    );
    ticket = evolve(ticket, events);
    for (const event of events) history.events.push({ event, unitCode: step.unitCode });
    history.timeline.push({ at: step.at, state: ticket.state });
  }
  noteUpTo(null);
  history.ticket = ticket;
  return { ok: true, history };
}

/** When a 直接答复, 不予受理, 转接 or 并单 happened: 办结时间 when the file gives it, 受理时间 otherwise. */
export function closingTime(record: ImportedTicket): Date {
  const { handling } = record;
  return (handling.mode !== 'dispatch' ? handling.closedAt : null) ?? record.intake.receivedAt;
}
