import type { DecisionContext, TicketCommand } from './commands.ts';
import type { NewAssignment, TicketEventBody } from './events.ts';
import { LifecycleError } from './lifecycle-error.ts';
import { CLOSED_STATES, TICKET_STATE_LABELS, type TicketState } from './states.ts';
import {
  currentAssignments,
  findAssignment,
  leadAssignment,
  openAssignments,
  type Assignment,
  type Ticket,
} from './ticket.ts';
import { isCommandAllowedFrom } from './transitions.ts';

export type Decision = { ok: true; events: TicketEventBody[] } | { ok: false; error: LifecycleError };

/**
 * The lifecycle rules: given a ticket and a command, the events that follow, or the reason it is refused.
 * Pure: no clock, database or HTTP; everything from outside arrives in `context`.
 */
export function decide(ticket: Ticket, command: TicketCommand, context: DecisionContext): Decision {
  try {
    return { ok: true, events: decideOrThrow(ticket, command, context) };
  } catch (error) {
    if (error instanceof LifecycleError) return { ok: false, error };
    throw error;
  }
}

function decideOrThrow(ticket: Ticket, command: TicketCommand, context: DecisionContext): TicketEventBody[] {
  if (!isCommandAllowedFrom(command.type, ticket.state)) {
    throw new LifecycleError(
      'INVALID_TRANSITION',
      `工单状态为“${TICKET_STATE_LABELS[ticket.state]}”，不能执行此操作`,
      { state: ticket.state, command: command.type },
    );
  }
  switch (command.type) {
    case 'directAnswer':
      return [{ type: 'answered', answer: command.answer }];
    case 'reject':
      return [{ type: 'rejected', reason: command.reason }];
    case 'transfer':
      return [{ type: 'transferred', target: command.target, note: command.note }];
    case 'merge':
      return decideMerge(ticket, command.intoTicketId, context);
    case 'requestDispatch':
      return [{ type: 'dispatchRequested', note: command.note }];
    case 'dispatch':
      return decideDispatch(ticket, command.leadUnitCode, command.supportUnitCodes, command.note, context);
    case 'acknowledge':
      requireAssignment(ticket, command.unitCode, ['dispatched']);
      return [{ type: 'acknowledged', unitCode: command.unitCode }];
    case 'requestSendBack': {
      const assignment = requireTopLevel(ticket, command.unitCode, ['dispatched', 'inProgress']);
      if (assignment.role !== 'lead') throw new LifecycleError('NOT_LEAD_UNIT', '只有主办单位可以申请退回');
      if (assignment.sendBackRequest) throw new LifecycleError('SEND_BACK_PENDING', '已有待审批的退回申请');
      return [{ type: 'sendBackRequested', unitCode: command.unitCode, reason: command.reason }];
    }
    case 'ruleSendBack': {
      const lead = leadAssignment(ticket);
      if (!lead?.sendBackRequest) throw new LifecycleError('NO_SEND_BACK_PENDING', '没有待审批的退回申请');
      return command.approve
        ? [{ type: 'sendBackApproved', unitCode: lead.unitCode, note: command.note }]
        : [{ type: 'sendBackDenied', unitCode: lead.unitCode, note: command.note }];
    }
    case 'requestExtension': {
      const assignment = requireTopLevel(ticket, command.unitCode, ['dispatched', 'inProgress']);
      if (assignment.extensionRequest) throw new LifecycleError('EXTENSION_PENDING', '已有待审批的延期申请');
      if (assignment.feedbackDue && command.requestedDue <= assignment.feedbackDue) {
        throw new LifecycleError('EXTENSION_NOT_LATER', '申请的反馈时限必须晚于当前时限', {
          field: 'requestedDue',
        });
      }
      return [
        {
          type: 'extensionRequested',
          unitCode: command.unitCode,
          reason: command.reason,
          requestedDue: command.requestedDue,
        },
      ];
    }
    case 'ruleExtension':
      return decideExtensionRuling(ticket, command.approve, command.due, command.note);
    case 'subDispatch':
      return decideSubDispatch(ticket, command.unitCode, command.childUnitCode, command.note, context);
    case 'submitFeedback':
      requireAssignment(ticket, command.unitCode, ['inProgress']);
      return [{ type: 'feedbackSubmitted', unitCode: command.unitCode, content: command.content }];
    case 'review': {
      const lead = leadAssignment(ticket);
      if (!lead) throw new LifecycleError('ASSIGNMENT_NOT_FOUND', '没有主办单位的反馈可审核');
      return command.accept
        ? [{ type: 'feedbackAccepted', unitCode: lead.unitCode, note: command.note }]
        : [{ type: 'feedbackReturned', unitCode: lead.unitCode, note: command.note }];
    }
    case 'revisit':
      if (!command.reached && command.satisfaction) {
        throw new LifecycleError('SATISFACTION_REQUIRED', '未联系上诉求人时不能记录满意度', {
          field: 'satisfaction',
        });
      }
      return [
        {
          type: 'revisited',
          reached: command.reached,
          satisfaction: command.satisfaction,
          solved: command.solved,
          note: command.note,
          channel: command.channel ?? 'phone',
        },
        { type: 'completed', revisited: true, note: null },
      ];
    case 'complete':
      return [{ type: 'completed', revisited: false, note: command.note }];
    case 'reopen':
      return decideReopen(ticket, command.to, command.reason, context);
    case 'urge':
      return [
        { type: 'urged', unitCodes: openAssignments(ticket).map((a) => a.unitCode), note: command.note },
      ];
    case 'supervise':
      return [{ type: 'supervised', note: command.note }];
    case 'archive':
      return [{ type: 'archived' }];
  }
}

function decideMerge(ticket: Ticket, intoTicketId: number, context: DecisionContext): TicketEventBody[] {
  const targetState = context.mergeTargetState as TicketState | undefined;
  // 并单 joins a duplicate to an appeal that is still being handled; a closed one cannot absorb it.
  if (intoTicketId === ticket.id || !targetState || CLOSED_STATES.includes(targetState)) {
    throw new LifecycleError('MERGE_TARGET_INVALID', '只能并入另一张未办结的工单', { field: 'intoTicketId' });
  }
  return [{ type: 'merged', intoTicketId }];
}

function decideDispatch(
  ticket: Ticket,
  leadUnitCode: string,
  supportUnitCodes: string[],
  note: string | null,
  context: DecisionContext,
): TicketEventBody[] {
  const units = [leadUnitCode, ...supportUnitCodes];
  if (new Set(units).size !== units.length) {
    throw new LifecycleError('DUPLICATE_UNIT', '主办单位和协办单位不能重复', { field: 'supportUnitCodes' });
  }
  const from = context.now;
  const assignments: NewAssignment[] = units.map((unitCode, index) => {
    const role = index === 0 ? 'lead' : 'support';
    return { unitCode, role, parentUnitCode: null, ...context.deadlinesFor({ unitCode, role, from }) };
  });
  return [{ type: 'dispatched', round: ticket.round + 1, assignments, note }];
}

function decideExtensionRuling(
  ticket: Ticket,
  approve: boolean,
  due: Date | null,
  note: string | null,
): TicketEventBody[] {
  const assignment = currentAssignments(ticket).find((a) => a.extensionRequest);
  if (!assignment?.extensionRequest) throw new LifecycleError('NO_EXTENSION_PENDING', '没有待审批的延期申请');
  if (!approve) return [{ type: 'extensionDenied', unitCode: assignment.unitCode, note }];
  const feedbackDue = due ?? assignment.extensionRequest.requestedDue;
  if (assignment.feedbackDue && feedbackDue <= assignment.feedbackDue) {
    throw new LifecycleError('EXTENSION_NOT_LATER', '批准的反馈时限必须晚于当前时限', { field: 'due' });
  }
  // The completion deadline moves by as much as the feedback deadline: an extension grants time, it does not
  // shorten the centre's own review and return-visit window.
  const shift = assignment.feedbackDue ? feedbackDue.getTime() - assignment.feedbackDue.getTime() : 0;
  const completionDue = assignment.completionDue
    ? new Date(Math.max(assignment.completionDue.getTime() + shift, feedbackDue.getTime()))
    : feedbackDue;
  return [
    {
      type: 'extensionApproved',
      unitCode: assignment.unitCode,
      previousFeedbackDue: assignment.feedbackDue,
      feedbackDue,
      previousCompletionDue: assignment.completionDue,
      completionDue,
      note,
    },
  ];
}

function decideSubDispatch(
  ticket: Ticket,
  unitCode: string,
  childUnitCode: string,
  note: string | null,
  context: DecisionContext,
): TicketEventBody[] {
  const parent = requireAssignment(ticket, unitCode, ['inProgress']);
  if (!context.isBelow(childUnitCode, unitCode)) {
    throw new LifecycleError('UNIT_NOT_BELOW', '只能派给本单位的下级单位', { field: 'childUnitCode' });
  }
  if (findAssignment(ticket, childUnitCode)) {
    throw new LifecycleError('DUPLICATE_UNIT', '该单位已在本轮承办此工单', { field: 'childUnitCode' });
  }
  const own = context.deadlinesFor({ unitCode: childUnitCode, role: parent.role, from: context.now });
  // A child unit reports to its parent, so it can never be given more time than the parent has.
  const assignment: NewAssignment = {
    unitCode: childUnitCode,
    role: parent.role,
    parentUnitCode: unitCode,
    acknowledgeDue: own.acknowledgeDue,
    feedbackDue: earliest(own.feedbackDue, parent.feedbackDue),
    completionDue: earliest(own.completionDue, parent.completionDue),
  };
  return [{ type: 'subDispatched', assignment, note }];
}

function decideReopen(
  ticket: Ticket,
  to: 'sameUnit' | 'dispatch',
  reason: string,
  context: DecisionContext,
): TicketEventBody[] {
  if (to === 'dispatch') return [{ type: 'reopened', to, reason, round: ticket.round, assignment: null }];
  const lead = leadAssignment(ticket);
  if (!lead || ticket.state === 'answered') {
    throw new LifecycleError('REOPEN_NEEDS_UNIT', '此工单没有承办单位，只能重新派单', { field: 'to' });
  }
  const deadlines = context.deadlinesFor({ unitCode: lead.unitCode, role: 'lead', from: context.now });
  return [
    {
      type: 'reopened',
      to,
      reason,
      round: ticket.round + 1,
      assignment: { unitCode: lead.unitCode, role: 'lead', parentUnitCode: null, ...deadlines },
    },
  ];
}

function requireAssignment(ticket: Ticket, unitCode: string, states: Assignment['state'][]): Assignment {
  const assignment = findAssignment(ticket, unitCode);
  if (!assignment) {
    throw new LifecycleError('ASSIGNMENT_NOT_FOUND', '本单位在本轮没有承办此工单', { unitCode });
  }
  if (!states.includes(assignment.state)) {
    throw new LifecycleError('ASSIGNMENT_NOT_OPEN', '本单位的承办任务当前不能执行此操作', {
      unitCode,
      assignmentState: assignment.state,
    });
  }
  return assignment;
}

function requireTopLevel(ticket: Ticket, unitCode: string, states: Assignment['state'][]): Assignment {
  const assignment = requireAssignment(ticket, unitCode, states);
  if (assignment.parentUnitCode !== null) {
    throw new LifecycleError('NOT_LEAD_UNIT', '二级承办单位的申请应向上级单位提出', { unitCode });
  }
  return assignment;
}

function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}
