// The API's contracts: every route's address, roles and schemas, for the server, the API document and every
// client. Importable in a browser: nothing here reaches the server's code (enforced by eslint and by
// src/contracts/browser-bundle.test.ts).
import { attachmentsContract } from './attachments.contract.ts';
import { auditContract } from './audit.contract.ts';
import { bulletinContract } from './bulletin.contract.ts';
import { calendarContract } from './calendar.contract.ts';
import { callsContract } from './calls.contract.ts';
import { categoriesContract } from './categories.contract.ts';
import { dashboardContract } from './dashboard.contract.ts';
import { dictionariesContract } from './dictionaries.contract.ts';
import { evaluationContract } from './evaluation.contract.ts';
import { importsContract } from './imports.contract.ts';
import { intakeAssistContract } from './intake-assist.contract.ts';
import { kbContract } from './kb.contract.ts';
import { open311Contract } from './open311.contract.ts';
import { linesContract } from './lines.contract.ts';
import { exchangeContract } from './exchange.contract.ts';
import { placesContract } from './places.contract.ts';
import { liveContract } from './live.contract.ts';
import { queuesContract } from './queues.contract.ts';
import { supervisionContract } from './supervision.contract.ts';
import { portalContract } from './portal.contract.ts';
import { ticketCommandContracts, ticketsContract } from './tickets.contract.ts';
import { unitsContract } from './units.contract.ts';
import { usersContract } from './users.contract.ts';

export { installChineseMessages } from './zod-messages.ts';
export { createApiClient, ApiError, type ApiClient, type Transport } from './client.ts';
export type { RouteContract, ContractSet, HttpMethod } from './route-contract.ts';

export const contracts = {
  users: usersContract,
  units: unitsContract,
  calendar: calendarContract,
  categories: categoriesContract,
  dictionaries: dictionariesContract,
  tickets: ticketsContract,
  ticketCommands: ticketCommandContracts,
  intakeAssist: intakeAssistContract,
  queues: queuesContract,
  supervision: supervisionContract,
  imports: importsContract,
  kb: kbContract,
  bulletin: bulletinContract,
  evaluation: evaluationContract,
  dashboard: dashboardContract,
  audit: auditContract,
  live: liveContract,
  attachments: attachmentsContract,
  calls: callsContract,
  open311: open311Contract,
  lines: linesContract,
  exchange: exchangeContract,
  places: placesContract,
  portal: portalContract,
} as const;
