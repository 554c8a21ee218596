import { describe, expect, it } from 'vitest';
import { callDaysOf } from '../calls/index.ts';
import { parseLocalTime } from '../../domain/time.ts';
import { parseCallFile, validateCallRows } from './call-rows.ts';
import { ImportValidationError } from './row-errors.ts';

describe('calls files', () => {
  it('reads an abandoned call (no 应答时间) and ISO times', async () => {
    const calls = await parseCallFile(
      Buffer.from('call id,offered at,answered at,ended at\nX1,2023-02-01T01:00:00Z,,2023-02-01 09:00:30'),
    );
    expect(calls).toEqual([
      {
        rowNumber: 2,
        callNumber: 'X1',
        offeredAt: parseLocalTime('2023-02-01 09:00:00'),
        answeredAt: null,
        endedAt: parseLocalTime('2023-02-01 09:00:30'),
        agentNumber: null,
        callerNumber: null,
      },
    ]);
  });

  it('reports every invalid row with its column', () => {
    const { calls, errors } = validateCallRows(
      [
        { callId: '', offeredAt: '2023-02-01 09:00:00', answeredAt: '', endedAt: '' },
        { callId: 'X2', offeredAt: '', answeredAt: '', endedAt: '' },
        {
          callId: 'X3',
          offeredAt: '2023-02-01 09:00:00',
          answeredAt: '2023-02-01 09:01:00',
          endedAt: '2023-02-01 09:00:30',
        },
        { callId: 'X4', offeredAt: '2023-02-01 25:00:00', answeredAt: '', endedAt: '' },
      ].map((fields, index) => ({ rowNumber: index + 2, fields })),
    );
    expect(calls).toEqual([]);
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '呼叫编号', 'REQUIRED'],
      [3, '呼入时间', 'REQUIRED'],
      [4, '挂机时间', 'TIME_ORDER'],
      [5, '呼入时间', 'INVALID_VALUE'],
    ]);
  });

  it('needs 应答时间 as a column, so that a missing column never reads as every call abandoned', async () => {
    const error = await parseCallFile(
      Buffer.from('呼叫编号,呼入时间,挂机时间\nX1,2023-02-01 09:00:00,'),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportValidationError);
    expect((error as ImportValidationError).errors.map((e) => e.column)).toEqual(['应答时间']);
  });

  it('counts a call on its local day, and 15 s as answered within 15 s', () => {
    const at = (text: string) => parseLocalTime(text);
    const call = (offered: string, answered: string | null) => ({
      callNumber: offered,
      offeredAt: at(offered),
      answeredAt: answered ? at(answered) : null,
      endedAt: null,
      agentNumber: null,
      callerNumber: null,
    });
    expect(
      callDaysOf([
        call('2023-02-01 07:59:00', '2023-02-01 07:59:15'),
        call('2023-02-01 08:00:00', '2023-02-01 08:00:16'),
        call('2023-02-01 23:59:59', null),
      ]),
    ).toEqual([{ day: '2023-02-01', offered: 3, answered: 2, answeredWithin15s: 1 }]);
  });
});
