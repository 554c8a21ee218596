import type { AppealInput, PortalOptions, PortalPlace } from './api.ts';
import { countChars } from './format.ts';

// The appeal form's state and the checks it makes before sending: the same rules as the server's schema
// (PortalAppealInput), so that most mistakes are shown at once, on the field, without a round trip. The server
// checks again and its answer lands on the same fields.

export interface Draft {
  appealType: string;
  categoryCode: string;
  /** '城市管理 / 供暖 / 室温不达标', shown on the picker */
  categoryPath: string;
  title: string;
  content: string;
  address: string;
  place: PortalPlace | null;
  districtCode: string;
  confidential: boolean;
  revisitConsent: boolean;
  name: string;
  phone: string;
  /** The honeypot: people never see it, robots fill it. */
  website: string;
}

export const EMPTY_DRAFT: Draft = {
  appealType: '',
  categoryCode: '',
  categoryPath: '',
  title: '',
  content: '',
  address: '',
  place: null,
  districtCode: '',
  confidential: false,
  revisitConsent: true,
  name: '',
  phone: '',
  website: '',
};

export interface PhotoItem {
  key: string;
  name: string;
  size: number;
  /** A data: address of the file for the preview. */
  preview: string;
  status: 'uploading' | 'done' | 'failed';
  token?: string;
  error?: string;
}

export const MIN_CONTENT_CHARS = 10;
export const MAX_TITLE_CHARS = 60;
export const PHONE_PATTERN = /^1\d{10}$/;

/** The form's fields in page order: the first one in error takes the focus. */
export const FIELD_ORDER = [
  'appealType',
  'categoryCode',
  'title',
  'content',
  'address',
  'districtCode',
  'photos',
  'name',
  'phone',
] as const;
export type FieldName = (typeof FIELD_ORDER)[number];
export type FieldErrors = Partial<Record<FieldName | 'form', string>>;

export function validateDraft(
  draft: Draft,
  photos: PhotoItem[],
  limits: PortalOptions['limits'],
): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.appealType) errors.appealType = '请选择诉求类型';
  if (!draft.categoryCode) errors.categoryCode = '请选择诉求分类';
  if (countChars(draft.title) > MAX_TITLE_CHARS) errors.title = `标题不能超过 ${MAX_TITLE_CHARS} 个字`;
  const content = countChars(draft.content);
  if (content < MIN_CONTENT_CHARS)
    errors.content = `诉求内容至少 ${MIN_CONTENT_CHARS} 个字，请说清楚时间、地点和问题`;
  else if (content > limits.maxContentChars)
    errors.content = `诉求内容不能超过 ${limits.maxContentChars} 个字`;
  if (countChars(draft.address) > 200) errors.address = '地址不能超过 200 个字';
  if (countChars(draft.name) > 50) errors.name = '姓名不能超过 50 个字';
  if (!PHONE_PATTERN.test(draft.phone.trim())) errors.phone = '请填写 11 位手机号码，用于查询进度和接收回访';
  if (photos.some((photo) => photo.status === 'uploading')) errors.photos = '照片正在上传，请稍候再提交';
  else if (photos.some((photo) => photo.status === 'failed'))
    errors.photos = '有照片未能上传，请删除后重新添加，或删除后直接提交';
  return errors;
}

export function appealBody(draft: Draft, photos: PhotoItem[]): AppealInput {
  const optional = (text: string) => (text.trim() ? text.trim() : undefined);
  return {
    appealType: draft.appealType as AppealInput['appealType'],
    categoryCode: draft.categoryCode,
    title: optional(draft.title),
    content: draft.content.trim(),
    name: optional(draft.name),
    phone: draft.phone.trim(),
    // A chosen place may come with details typed after it (北门, 3 号楼): the server joins them.
    ...(draft.place ? { placeId: draft.place.id } : {}),
    address: optional(draft.address),
    districtCode: optional(draft.districtCode),
    confidential: draft.confidential,
    revisitConsent: draft.revisitConsent,
    photoTokens: photos.flatMap((photo) => (photo.token ? [photo.token] : [])),
    website: draft.website,
  };
}

/** The server's field names (`photoTokens.1`, `placeId`) on the form's fields. */
export function formFieldOf(serverField: string): FieldName | 'form' {
  const head = serverField.split('.')[0] ?? '';
  if (head === 'photoTokens') return 'photos';
  if (head === 'placeId') return 'address';
  return (FIELD_ORDER as readonly string[]).includes(head) ? (head as FieldName) : 'form';
}

const DRAFT_KEY = 'portal.draft';

/** What was typed survives a reload or a look at another page (not the photos: they are uploaded files). */
export function loadDraft(): Draft {
  try {
    const saved = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null') as Partial<Draft> | null;
    return { ...EMPTY_DRAFT, ...saved, website: '' };
  } catch {
    return EMPTY_DRAFT;
  }
}

export function saveDraft(draft: Draft | null): void {
  try {
    if (draft) sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    else sessionStorage.removeItem(DRAFT_KEY);
  } catch {
    // private browsing without storage: the draft just is not kept
  }
}
