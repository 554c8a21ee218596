import { AppError } from '../../shared/errors.ts';
import type { AttributeAnswer } from './service-attributes.ts';

// What GeoReport clients send (query strings and form bodies), read into typed values. Every problem names its
// field; all of them are reported at once, as GeoReport's error array has room for each.

export type RawFields = Readonly<Record<string, unknown>>;

const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const DECIMAL = /^[-+]?\d{1,3}(\.\d{1,12})?$/;
const PHONE = /^[0-9+\-() ]{3,32}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/;
const ATTRIBUTE_FIELD = /^attribute\[([^\]]{1,64})\](\[\])?$/;

export function refuse(problems: readonly string[]): never {
  throw new AppError('VALIDATION_FAILED', problems.join('；'), { problems: [...problems] });
}

/** Reads single text fields, noting problems instead of throwing at the first one. */
function createReader(raw: RawFields, problems: string[]) {
  function text(field: string, max: number): string | null {
    const value = raw[field];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') {
      problems.push(`${field}：只能出现一次`);
      return null;
    }
    const trimmed = value.trim();
    if (trimmed.length > max) {
      problems.push(`${field}：不能超过 ${max} 个字符`);
      return null;
    }
    return trimmed === '' ? null : trimmed;
  }
  function matching(field: string, max: number, pattern: RegExp, message: string): string | null {
    const value = text(field, max);
    if (value !== null && !pattern.test(value)) {
      problems.push(`${field}：${message}`);
      return null;
    }
    return value;
  }
  function time(field: string): Date | null {
    const value = matching(
      field,
      40,
      W3C_DATETIME,
      '应为含时区的 ISO 8601 时间，如 2023-03-01T00:00:00+08:00',
    );
    if (value === null) return null;
    const at = new Date(value);
    if (Number.isNaN(at.getTime())) {
      problems.push(`${field}：不是有效的时间`);
      return null;
    }
    return at;
  }
  function list(field: string, maxItems: number, maxEach: number): string[] | null {
    const value = text(field, maxItems * (maxEach + 1));
    if (value === null) return null;
    const items = [
      ...new Set(
        value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
      ),
    ];
    if (items.length > maxItems) problems.push(`${field}：最多 ${maxItems} 个`);
    if (items.some((item) => item.length > maxEach))
      problems.push(`${field}：每项不能超过 ${maxEach} 个字符`);
    return items;
  }
  return { text, matching, time, list };
}

export interface RequestsQuery {
  jurisdictionId: string | null;
  /** When given, every other filter is ignored (GeoReport v2) */
  serviceRequestIds: string[] | null;
  serviceCodes: string[] | null;
  startDate: Date | null;
  endDate: Date | null;
  status: 'open' | 'closed' | null;
}

export function readRequestsQuery(raw: RawFields): RequestsQuery {
  const problems: string[] = [];
  const read = createReader(raw, problems);
  const statuses = read.list('status', 2, 6);
  if (statuses?.some((status) => status !== 'open' && status !== 'closed'))
    problems.push('status：只能是 open 或 closed');
  const query: RequestsQuery = {
    jurisdictionId: read.text('jurisdiction_id', 200),
    serviceRequestIds: read.list('service_request_id', 1000, 32),
    serviceCodes: read.list('service_code', 200, 32),
    startDate: read.time('start_date'),
    endDate: read.time('end_date'),
    // open and closed together is every request: no filter
    status: statuses?.length === 1 ? (statuses[0] as 'open' | 'closed') : null,
  };
  if (problems.length) refuse(problems);
  return query;
}

export interface Submission {
  jurisdictionId: string | null;
  serviceCode: string;
  lat: number | null;
  long: number | null;
  addressString: string | null;
  addressId: string | null;
  email: string | null;
  deviceId: string | null;
  accountId: string | null;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  description: string | null;
  mediaUrl: string | null;
  attributes: Record<string, AttributeAnswer>;
}

function coordinate(value: string | null, field: string, limit: number, problems: string[]): number | null {
  if (value === null) return null;
  const number = Number(value);
  if (!DECIMAL.test(value) || !Number.isFinite(number) || Math.abs(number) > limit) {
    problems.push(`${field}：应为 -${limit} 到 ${limit} 之间的十进制度数（WGS84）`);
    return null;
  }
  return number;
}

function httpUrl(value: string | null, problems: string[]): string | null {
  if (value === null) return null;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // reported below
  }
  problems.push('media_url：应为 http 或 https 网址');
  return null;
}

/** A POST requests body (form fields); the api_key is checked before this is read. */
export function readSubmission(raw: RawFields): Submission {
  const problems: string[] = [];
  const read = createReader(raw, problems);
  const serviceCode = read.text('service_code', 32);
  if (serviceCode === null && !problems.some((p) => p.startsWith('service_code')))
    problems.push('service_code：必填');
  const latText = read.text('lat', 20);
  const longText = read.text('long', 20);
  const lat = coordinate(latText, 'lat', 90, problems);
  const long = coordinate(longText, 'long', 180, problems);
  if ((latText === null) !== (longText === null)) problems.push('lat/long：纬度和经度须同时提供');
  const addressString = read.text('address_string', 300);
  const addressId = read.text('address_id', 100);
  const located = (latText !== null && longText !== null) || addressString !== null || addressId !== null;
  if (!located && !problems.some((p) => p.startsWith('lat') || p.startsWith('long')))
    problems.push('lat/long、address_string 或 address_id：须提供位置（经纬度或地址）');
  const attributes: Record<string, AttributeAnswer> = {};
  for (const [field, value] of Object.entries(raw)) {
    const match = ATTRIBUTE_FIELD.exec(field);
    if (!match) continue;
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    attributes[match[1]!] = match[2] || values.length > 1 ? values : (values[0] ?? '');
  }
  const submission: Submission = {
    jurisdictionId: read.text('jurisdiction_id', 200),
    serviceCode: serviceCode ?? '',
    lat,
    long,
    addressString,
    addressId,
    email: read.matching('email', 200, EMAIL, '不是有效的电子邮箱地址'),
    deviceId: read.text('device_id', 100),
    accountId: read.text('account_id', 100),
    firstName: read.text('first_name', 50),
    lastName: read.text('last_name', 50),
    phone: read.matching('phone', 32, PHONE, '只能包含数字和 + - ( ) 空格'),
    description: read.text('description', 4000),
    mediaUrl: httpUrl(read.text('media_url', 1000), problems),
    attributes,
  };
  if (problems.length) refuse(problems);
  return submission;
}
