import { createHash, randomUUID } from 'node:crypto';
import type { Executor } from '../../db/executor.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { CLOSED_STATES, type TicketState } from '../../domain/lifecycle/index.ts';
import { formatLocalTime } from '../../domain/time.ts';
import { canonicalJson } from '../../shared/canonical-json.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { CategoriesService } from '../categories/index.ts';
import type { TicketCommandsService, TicketFacts } from '../tickets/index.ts';
import type { UnitsService } from '../units/index.ts';
import type { GeoDocument, GeoObject } from './georeport-format.ts';
import {
  readRequestsQuery,
  readSubmission,
  refuse,
  type RawFields,
  type Submission,
} from './georeport-input.ts';
import type { Open311Client, Open311ClientsService } from './open311-clients.service.ts';
import { createOpen311Repository } from './open311.repository.ts';
import { readPublicTickets, type PublicTicketRow } from './public-requests.ts';
import {
  answerLines,
  attributeDocument,
  attributeOf,
  checkAttributeAnswers,
  type ServiceAttribute,
} from './service-attributes.ts';

export const GEOREPORT_V2_SPEC = 'http://wiki.open311.org/GeoReport_v2';
/** GeoReport v2: a query answers at most 1,000 requests, over at most 90 days, the last 90 by default. */
export const MAX_REQUESTS = 1000;
export const MAX_RANGE_DAYS = 90;
/** The same submission from the same client within this long is refused as a double submission. */
export const DUPLICATE_WINDOW_MS = 60_000;
const DAY_MS = 86_400_000;

export interface Open311Settings {
  /** The one jurisdiction this server answers for (OPEN311_JURISDICTION_ID) */
  jurisdictionId: string;
  /** Discovery's contact line (OPEN311_CONTACT) */
  contact: string;
  /** Discovery's key_service: where a developer asks for an api_key (OPEN311_KEY_SERVICE) */
  keyService: string;
}

export const DEFAULT_OPEN311_SETTINGS: Open311Settings = {
  jurisdictionId: '12345.local',
  contact: '12345 政务服务便民热线',
  keyService: '向热线中心系统管理员申请（控制台：系统管理 › Open311 客户端）',
};

/** A service: an active leaf of the 诉求分类 code list, with its questions. */
interface Service {
  code: string;
  name: string;
  path: string;
  group: string;
  keywords: string[];
  attributes: ServiceAttribute[];
}

// What a citizen is told of each state: public words only (no unit staff, no internal notes).
const STATUS_NOTES: Record<TicketState, string> = {
  registered: '诉求已受理，正在处理',
  pendingDispatch: '诉求已受理，等待派往承办单位',
  dispatched: '已派往承办单位，等待签收',
  inProgress: '承办单位正在办理',
  feedbackSubmitted: '承办单位已反馈办理结果，热线中心审核中',
  pendingRevisit: '已办理，等待回访',
  completed: '已办结',
  archived: '已办结归档',
  answered: '热线中心已直接答复',
  rejected: '不予受理',
  transferred: '已转接其他热线办理（110/119/120/122）',
  merged: '与相同诉求合并办理',
};

/** GeoReport's date-time: W3C ISO 8601 with the offset, in Beijing time as the hotline keeps it. */
function w3cTime(iso: string | null): string | null {
  return iso === null ? null : `${formatLocalTime(new Date(iso)).replace(' ', 'T')}+08:00`;
}

export function createOpen311Service(deps: {
  db: Executor;
  clock: Clock;
  categories: Pick<CategoriesService, 'list'>;
  units: Pick<UnitsService, 'directory'>;
  tickets: Pick<TicketCommandsService, 'intake'>;
  ticketFacts: Pick<TicketFacts, 'publicTickets'>;
  clients: Pick<Open311ClientsService, 'authenticate'>;
  settings?: Partial<Open311Settings>;
}) {
  const settings: Open311Settings = { ...DEFAULT_OPEN311_SETTINGS, ...deps.settings };

  /** Who reads the code list for the public: a read-only role, never used to change anything. */
  async function reader(): Promise<Actor> {
    const root = (await deps.units.directory()).root();
    return {
      userId: null,
      username: 'open311',
      displayName: 'Open311',
      role: 'leader',
      unitCode: root?.code ?? '',
    };
  }

  /** The actor a client registers as: an intake-only role, no account; the content and the note name the client. */
  async function clientActor(client: Open311Client, address: string | null): Promise<Actor> {
    const root = (await deps.units.directory()).root();
    return {
      userId: null,
      username: `open311:${client.id}`,
      displayName: `Open311 客户端：${client.name}`,
      role: 'agent',
      unitCode: root?.code ?? '',
      address,
    };
  }

  function checkJurisdiction(jurisdictionId: string | null | undefined): void {
    if (jurisdictionId && jurisdictionId !== settings.jurisdictionId)
      throw new AppError(
        'OPEN311_JURISDICTION_NOT_FOUND',
        `jurisdiction_id：本接口只服务 ${settings.jurisdictionId}`,
      );
  }

  async function catalogue(): Promise<{ services: Map<string, Service>; changeset: string }> {
    const records = await deps.categories.list(await reader(), { includeRetired: false });
    const withChildren = new Set(records.map((record) => record.parentCode).filter((code) => code !== null));
    const rows = await createOpen311Repository(deps.db).listAttributes();
    const attributes = new Map<string, ServiceAttribute[]>();
    for (const row of rows)
      attributes.set(row.category_code, [...(attributes.get(row.category_code) ?? []), attributeOf(row)]);
    const services = new Map<string, Service>();
    for (const record of records) {
      if (withChildren.has(record.code)) continue;
      const path = record.path.split('/');
      services.set(record.code, {
        code: record.code,
        name: record.name,
        path: record.path,
        group: path[0] ?? record.name,
        keywords: record.aliases,
        attributes: attributes.get(record.code) ?? [],
      });
    }
    const changes = [...records.map((record) => record.updatedAt), ...rows.map((row) => row.updated_at)];
    const changeset = changes.reduce((latest, at) => (at > latest ? at : latest), '1970-01-01T00:00:00.000Z');
    return { services, changeset };
  }

  function requestDocument(row: PublicTicketRow, agency: (code: string) => string | null): GeoObject {
    const state = row.state as TicketState;
    const closed = CLOSED_STATES.includes(state);
    const submitted = row.submitted;
    return {
      service_request_id: row.number,
      status: closed ? 'closed' : 'open',
      status_notes: STATUS_NOTES[state] ?? null,
      service_name: row.category.split('/').at(-1) ?? row.category,
      service_code: row.categoryCode,
      // A client's own words are published as sent; other tickets show the centre's summary, never the caller's text.
      description: submitted?.description ?? row.title,
      agency_responsible: row.leadUnitCode ? agency(row.leadUnitCode) : null,
      service_notice: null,
      requested_datetime: w3cTime(row.receivedAt),
      updated_datetime: w3cTime(closed ? (row.completedAt ?? row.updatedAt) : row.updatedAt),
      expected_datetime: w3cTime(row.completionDue),
      address: submitted?.address ?? null,
      address_id: submitted?.addressId ?? null,
      zipcode: null,
      lat: submitted?.lat ?? null,
      long: submitted?.long ?? null,
      media_url: submitted?.mediaUrl ?? null,
    };
  }

  async function requestsDocument(rows: PublicTicketRow[]): Promise<GeoDocument> {
    const directory = await deps.units.directory();
    const agency = (code: string) => directory.get(code)?.name ?? null;
    return { root: 'service_requests', value: rows.map((row) => requestDocument(row, agency)) };
  }

  /** The ticket's words, from the form: the description, the answers, where, and how to reach the citizen. */
  function ticketContent(
    service: Service,
    client: Open311Client,
    submission: Submission,
    kept: Record<string, string | string[]>,
  ) {
    const lines = [
      submission.description ?? `（${service.name}）`,
      ...answerLines(service.attributes, kept),
      ...(submission.lat !== null ? [`位置：纬度 ${submission.lat}，经度 ${submission.long}（WGS84）`] : []),
      ...(submission.addressId ? [`地址编号：${submission.addressId}`] : []),
      ...(submission.mediaUrl ? [`照片或视频：${submission.mediaUrl}`] : []),
      ...(submission.email ? [`电子邮箱：${submission.email}`] : []),
      `来源：Open311 客户端“${client.name}”`,
    ];
    const snippet = (submission.description ?? '').split('\n')[0]!.slice(0, 40);
    return { title: snippet ? `${service.name}：${snippet}` : service.name, content: lines.join('\n') };
  }

  return {
    settings,

    async discovery(baseUrl: string, jurisdictionId?: string | null): Promise<GeoDocument> {
      checkJurisdiction(jurisdictionId);
      const { changeset } = await catalogue();
      return {
        root: 'discovery',
        value: {
          changeset,
          contact: settings.contact,
          key_service: settings.keyService,
          endpoints: [
            {
              specification: GEOREPORT_V2_SPEC,
              url: `${baseUrl}/open311/v2`,
              changeset,
              type: 'production',
              formats: ['text/xml', 'application/json'],
            },
          ],
        },
      };
    },

    async services(jurisdictionId?: string | null): Promise<GeoDocument> {
      checkJurisdiction(jurisdictionId);
      const { services } = await catalogue();
      return {
        root: 'services',
        value: [...services.values()].map((service) => ({
          service_code: service.code,
          service_name: service.name,
          description: service.path,
          metadata: service.attributes.length > 0,
          type: 'realtime',
          keywords: service.keywords.join(','),
          group: service.group,
        })),
      };
    },

    async serviceDefinition(code: string, jurisdictionId?: string | null): Promise<GeoDocument> {
      checkJurisdiction(jurisdictionId);
      const service = (await catalogue()).services.get(code);
      if (!service)
        throw new AppError('OPEN311_SERVICE_NOT_FOUND', `service_code：服务 ${code} 不存在或已停用`);
      return {
        root: 'service_definition',
        value: { service_code: service.code, attributes: service.attributes.map(attributeDocument) },
      };
    },

    async listRequests(raw: RawFields): Promise<GeoDocument> {
      const query = readRequestsQuery(raw);
      checkJurisdiction(query.jurisdictionId);
      if (query.serviceRequestIds)
        return requestsDocument(
          await readPublicTickets(deps.db, deps.ticketFacts, {
            numbers: query.serviceRequestIds,
            limit: MAX_REQUESTS,
          }),
        );
      const end = query.endDate ?? deps.clock.now();
      const start = query.startDate ?? new Date(end.getTime() - MAX_RANGE_DAYS * DAY_MS);
      if (start > end) refuse(['start_date/end_date：开始时间晚于结束时间']);
      if (end.getTime() - start.getTime() > MAX_RANGE_DAYS * DAY_MS)
        throw new AppError(
          'OPEN311_DATE_RANGE_INVALID',
          `start_date/end_date：查询范围不能超过 ${MAX_RANGE_DAYS} 天`,
        );
      if (query.serviceCodes) {
        const { services } = await catalogue();
        const unknown = query.serviceCodes.filter((code) => !services.has(code));
        if (unknown.length)
          throw new AppError(
            'OPEN311_UNKNOWN_SERVICE',
            `service_code：服务 ${unknown.join('、')} 不存在或已停用`,
          );
      }
      const rows = await readPublicTickets(deps.db, deps.ticketFacts, {
        fromIso: start.toISOString(),
        toIso: end.toISOString(),
        ...(query.serviceCodes ? { categoryCodes: query.serviceCodes } : {}),
        ...(query.status ? { status: query.status } : {}),
        limit: MAX_REQUESTS,
      });
      return requestsDocument(rows);
    },

    async getRequest(id: string, jurisdictionId?: string | null): Promise<GeoDocument> {
      checkJurisdiction(jurisdictionId);
      const rows = await readPublicTickets(deps.db, deps.ticketFacts, { numbers: [id], limit: 1 });
      if (rows.length === 0)
        throw new AppError('OPEN311_REQUEST_NOT_FOUND', `service_request_id：诉求 ${id} 不存在`);
      return requestsDocument(rows);
    },

    async token(token: string, jurisdictionId?: string | null): Promise<GeoDocument> {
      checkJurisdiction(jurisdictionId);
      const found = await createOpen311Repository(deps.db).findSubmissionByToken(token);
      if (!found) throw new AppError('OPEN311_TOKEN_NOT_FOUND', `token：${token} 不存在`);
      return {
        root: 'service_requests',
        value: [{ service_request_id: found.ticket_number, token: found.token }],
      };
    },

    /**
     * POST requests: the api_key first (403), then every field (400), then the ticket is registered through the
     * tickets intake, waiting for dispatch (待派单), with the client's 来源渠道. The submission row is written
     * before the ticket (its token reserved) and removed again if the intake refuses.
     */
    async submit(raw: RawFields, address: string | null): Promise<GeoDocument> {
      const client = await deps.clients.authenticate(
        typeof raw.api_key === 'string' ? raw.api_key : undefined,
      );
      const submission = readSubmission(raw);
      checkJurisdiction(submission.jurisdictionId);
      const service = (await catalogue()).services.get(submission.serviceCode);
      if (!service)
        throw new AppError(
          'OPEN311_UNKNOWN_SERVICE',
          `service_code：服务 ${submission.serviceCode} 不存在或已停用`,
        );
      const { kept, problems } = checkAttributeAnswers(service.attributes, submission.attributes);
      if (problems.length) refuse(problems);

      const now = deps.clock.now();
      const { jurisdictionId: _ignored, ...fields } = submission;
      const digest = createHash('sha256')
        .update(canonicalJson({ ...fields, attributes: kept }))
        .digest('hex');
      const repository = createOpen311Repository(deps.db);
      const earlier = await repository.findRecentSubmission(
        client.id,
        digest,
        new Date(now.getTime() - DUPLICATE_WINDOW_MS).toISOString(),
      );
      if (earlier) {
        throw new AppError(
          'OPEN311_DUPLICATE_REQUEST',
          `重复提交：同一内容已于 ${DUPLICATE_WINDOW_MS / 1000} 秒内提交（${earlier.ticket_number ?? earlier.token}）`,
        );
      }
      const token = randomUUID();
      const submissionId = await repository.insertSubmission({
        token,
        client_id: client.id,
        ticket_id: null,
        ticket_number: null,
        service_code: service.code,
        request_digest: digest,
        lat: submission.lat,
        long: submission.long,
        address_string: submission.addressString,
        address_id: submission.addressId,
        email: submission.email,
        device_id: submission.deviceId,
        account_id: submission.accountId,
        description: submission.description,
        media_url: submission.mediaUrl,
        attributes: JSON.stringify(kept),
        created_at: now.toISOString(),
      });
      const { title, content } = ticketContent(service, client, submission, kept);
      const name = [submission.lastName, submission.firstName].filter(Boolean).join('');
      let registered;
      try {
        registered = await deps.tickets.intake(await clientActor(client, address), {
          channel: client.channel,
          // Reports of things to fix (路灯不亮, 井盖缺失) are requests for help (求助); agents may re-type them.
          appealType: 'help',
          category: service.code,
          urgency: 'normal',
          confidential: false,
          revisitConsent: submission.phone !== null,
          title: title.slice(0, 200),
          content: content.slice(0, 8000),
          callerName: name || null,
          callerPhone: submission.phone,
          address:
            submission.addressString ??
            (submission.lat !== null
              ? `经纬度 ${submission.lat},${submission.long}`
              : `地址编号 ${submission.addressId}`),
          districtCode: null,
          disposition: { type: 'requestDispatch', note: `Open311 客户端“${client.name}”提交` },
        });
      } catch (error) {
        await repository.deleteSubmission(submissionId);
        throw error;
      }
      await repository.attachTicket(submissionId, { id: registered.ticketId, number: registered.number });
      return {
        root: 'service_requests',
        value: [
          {
            service_request_id: registered.number,
            token,
            service_notice: `诉求已受理，工单编号 ${registered.number}，将派往承办单位办理`,
            account_id: submission.accountId,
          },
        ],
      };
    },
  };
}

export type Open311Service = ReturnType<typeof createOpen311Service>;
