import type { calendarContract } from '../../../../../src/contracts/calendar.contract.ts';
import type { RequestOf, ResponseOf } from '../../../../../src/contracts/client.ts';
import { api, lean } from '../../../api/client.ts';

export type Policy = ResponseOf<typeof calendarContract.listPolicies>[number];
export type PolicyInput = NonNullable<RequestOf<typeof calendarContract.createPolicy>['body']>;

const LIST = lean<typeof calendarContract.listPolicies>('GET', '/api/deadline-policies');
const CREATE = lean<typeof calendarContract.createPolicy>('POST', '/api/deadline-policies');
const UPDATE = lean<typeof calendarContract.updatePolicy>('PUT', '/api/deadline-policies/:id');
const DELETE = lean<typeof calendarContract.deletePolicy>('DELETE', '/api/deadline-policies/:id');

export const policiesKey = ['deadline-policies'] as const;

export function fetchPolicies(): Promise<Policy[]> {
  return api.call(LIST, {});
}

export function savePolicy(input: PolicyInput, id?: number): Promise<Policy> {
  return id === undefined
    ? api.call(CREATE, { body: input })
    : api.call(UPDATE, { params: { id }, body: input });
}

export async function deletePolicy(id: number): Promise<void> {
  await api.call(DELETE, { params: { id } });
}

/** '24h' → 24 小时, '5wd' → 5 个工作日 (the stored form is compact; people read the Chinese). */
export function limitText(limit: string | null, lang: 'zh-CN' | 'en'): string {
  if (!limit) return '—';
  const match = /^(\d+(?:\.\d+)?)(h|wd)$/.exec(limit);
  if (!match) return limit;
  const [, amount, unit] = match;
  if (lang === 'en') return unit === 'h' ? `${amount} h` : `${amount} working days`;
  return unit === 'h' ? `${amount} 小时` : `${amount} 个工作日`;
}
