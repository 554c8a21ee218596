import type { open311Contract } from '../../../../src/contracts/open311.contract.ts';
import type { RequestOf, ResponseOf } from '../../../../src/contracts/client.ts';
import { api, lean } from '../../api/client.ts';

const LIST = lean<typeof open311Contract.listClients>('GET', '/api/open311/clients');
const CREATE = lean<typeof open311Contract.createClient>('POST', '/api/open311/clients');
const REVOKE = lean<typeof open311Contract.revokeClient>('POST', '/api/open311/clients/:id/revoke');

export type Open311Client = ResponseOf<typeof open311Contract.listClients>[number];
export type NewOpen311Client = ResponseOf<typeof open311Contract.createClient>;
export type NewClientBody = RequestOf<typeof open311Contract.createClient>['body'];

export const clientsKey = ['admin', 'open311-clients'] as const;

export const fetchClients = () => api.call(LIST, {});
export const createClient = (body: NewClientBody) => api.call(CREATE, { body });
export const revokeClient = (id: number) => api.call(REVOKE, { params: { id } });
