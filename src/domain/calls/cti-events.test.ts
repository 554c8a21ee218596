import { describe, expect, it } from 'vitest';
import { foldCallEvents, ticketWindow, waitMillis, type CtiEventFacts } from './cti-events.ts';

const at = (time: string) => new Date(`2023-03-01T${time}+08:00`);
const event = (
  eventId: string,
  type: CtiEventFacts['type'],
  time: string,
  more: Partial<CtiEventFacts> = {},
) => ({
  eventId,
  type,
  at: at(time),
  caller: null,
  agent: null,
  transferTo: null,
  number: null,
  ...more,
});

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

const ANSWERED_CALL: CtiEventFacts[] = [
  event('e1', 'offered', '09:00:00', { caller: '13800000001' }),
  event('e2', 'queued', '09:00:02', { caller: '13800000001' }),
  event('e3', 'answered', '09:00:12', { agent: '1001' }),
  event('e4', 'transferred', '09:03:00', { transferTo: { kind: 'queue', id: '投诉' } }),
  event('e5', 'answered', '09:03:20', { agent: '1002' }),
  event('e6', 'ended', '09:08:00'),
];

describe('foldCallEvents', () => {
  it('builds the record: earliest offered and answered, the answering agent, the end', () => {
    expect(foldCallEvents(ANSWERED_CALL)).toEqual({
      offeredAt: at('09:00:00'),
      answeredAt: at('09:00:12'),
      endedAt: at('09:08:00'),
      agentNumber: '1001',
      callerNumber: '13800000001',
      abandoned: false,
      transferCount: 1,
      transferredTo: 'queue:投诉',
    });
  });

  it('gives the same record for every arrival order of one call’s events', () => {
    const expected = foldCallEvents(ANSWERED_CALL);
    const orders = permutations(ANSWERED_CALL);
    expect(orders).toHaveLength(720);
    for (const order of orders) expect(foldCallEvents(order)).toEqual(expected);
  });

  it('gives the same record when events are replayed', () => {
    expect(foldCallEvents([...ANSWERED_CALL, ...ANSWERED_CALL.slice(2)])).toEqual(
      foldCallEvents(ANSWERED_CALL),
    );
  });

  it('calls a call abandoned when it ended without an answer, whichever event says so', () => {
    const hungUp = [event('a', 'offered', '10:00:00', { caller: '1' }), event('b', 'ended', '10:00:40')];
    expect(foldCallEvents(hungUp)).toMatchObject({
      abandoned: true,
      endedAt: at('10:00:40'),
      answeredAt: null,
    });
    const left = [event('a', 'queued', '10:00:00'), event('c', 'abandoned', '10:00:30')];
    expect(foldCallEvents(left)).toMatchObject({ abandoned: true, endedAt: at('10:00:30') });
    for (const order of permutations([...hungUp, left[1]!]))
      expect(foldCallEvents(order)).toMatchObject({ abandoned: true, endedAt: at('10:00:40') });
  });

  it('keeps a call still ringing neither answered nor abandoned', () => {
    expect(foldCallEvents([event('a', 'offered', '10:00:00')])).toMatchObject({
      answeredAt: null,
      endedAt: null,
      abandoned: false,
    });
  });

  it('takes the first event as the offer when the switch lost the offered event', () => {
    expect(
      foldCallEvents([event('b', 'ended', '10:05:00'), event('a', 'answered', '10:00:05', { agent: '7' })]),
    ).toMatchObject({
      offeredAt: at('10:00:05'),
      answeredAt: at('10:00:05'),
      agentNumber: '7',
      abandoned: false,
    });
  });

  it('makes no inbound record of a call that is only an outbound callback', () => {
    expect(foldCallEvents([event('a', 'callback', '10:00:00', { number: '13800000001' })])).toBeNull();
  });
});

describe('call measures', () => {
  it('never counts a negative wait from a skewed clock', () => {
    expect(waitMillis({ offeredAt: at('10:00:05'), answeredAt: at('10:00:00') })).toBe(0);
    expect(waitMillis({ offeredAt: at('10:00:00'), answeredAt: null })).toBeNull();
  });

  it('links tickets received from 2 minutes before the call to 30 minutes after it ended', () => {
    expect(
      ticketWindow({ offeredAt: at('10:00:00'), answeredAt: at('10:00:10'), endedAt: at('10:05:00') }),
    ).toEqual({
      from: at('09:58:00'),
      to: at('10:35:00'),
    });
  });
});
