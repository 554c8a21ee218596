import { z } from 'zod';
import { SATISFACTION_LEVELS, SOLVED_LEVELS } from '../domain/lifecycle/index.ts';

// The citizens' portal (docs/portal.md): what a citizen sends and sees. Browser-safe: the portal's pages
// validate with the same schemas before sending.

/** 诉求类型 a citizen may choose: 感谢 and 其他 are the centre's own sorting, not a citizen's choice. */
export const PORTAL_APPEAL_TYPES = [
  'consult',
  'help',
  'complaint',
  'report',
  'suggestion',
  'praise',
] as const;

export const PORTAL_LIMITS = {
  maxPhotos: 3,
  maxPhotoBytes: 5 * 1024 * 1024,
  photoTypes: ['image/jpeg', 'image/png', 'image/webp'],
  maxContentChars: 2000,
  maxOpenPerPhone: 5,
} as const;

/** 中国大陆手机号 */
export const MobilePhone = z
  .string()
  .trim()
  .regex(/^1\d{10}$/, '请填写 11 位手机号码')
  .meta({ description: '中国大陆手机号', example: '13800138000' });

export const TicketNumberParam = z.string().trim().min(1).max(32);

export const PortalOptions = z.object({
  appealTypes: z.array(z.object({ key: z.enum(PORTAL_APPEAL_TYPES), label: z.string() })),
  categories: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      children: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          children: z.array(z.object({ code: z.string(), name: z.string(), children: z.array(z.never()) })),
        }),
      ),
    }),
  ),
  districts: z.array(z.object({ code: z.string(), name: z.string() })),
  limits: z.object({
    maxPhotos: z.number(),
    maxPhotoBytes: z.number(),
    photoTypes: z.array(z.string()),
    maxContentChars: z.number(),
    maxOpenPerPhone: z.number(),
  }),
});
export type PortalOptions = z.infer<typeof PortalOptions>;

export const PortalPlacesQuery = z.object({
  q: z.string().trim().max(50).optional(),
  district: z.string().trim().max(64).optional(),
});
export const PortalPlace = z.object({
  id: z.number(),
  name: z.string(),
  address: z.string(),
  districtCode: z.string().nullable(),
  lat: z.number().nullable(),
  long: z.number().nullable(),
});
export const PortalPlaces = z.object({ places: z.array(PortalPlace) });

export const PortalPhotoSaved = z.object({
  photoToken: z.string(),
  name: z.string(),
  size: z.number(),
  type: z.string(),
});

export const PortalAppealInput = z.object({
  appealType: z.enum(PORTAL_APPEAL_TYPES, '请选择诉求类型'),
  categoryCode: z.string().trim().min(1, '请选择诉求分类').max(200),
  title: z.string().trim().max(60, '标题不能超过 60 个字').optional(),
  content: z
    .string()
    .trim()
    .min(10, '诉求内容至少 10 个字')
    .max(PORTAL_LIMITS.maxContentChars, `诉求内容不能超过 ${PORTAL_LIMITS.maxContentChars} 个字`),
  name: z.string().trim().max(50, '姓名不能超过 50 个字').optional(),
  phone: MobilePhone,
  address: z.string().trim().max(200, '地址不能超过 200 个字').optional(),
  placeId: z.number().int().positive().optional(),
  districtCode: z.string().trim().max(64).optional(),
  confidential: z.boolean().default(false),
  revisitConsent: z.boolean().default(true),
  photoTokens: z
    .array(z.string().trim().min(1).max(100))
    .max(PORTAL_LIMITS.maxPhotos, `最多上传 ${PORTAL_LIMITS.maxPhotos} 张照片`)
    .default([]),
  /** Left empty by people; filled by form-filling robots. */
  website: z.string().max(200).optional(),
});
export type PortalAppealInput = z.output<typeof PortalAppealInput>;

export const PortalAppealReceived = z.object({
  number: z.string(),
  receivedAt: z.string(),
  trackUrl: z.string(),
});

export const PortalTrackCodeInput = z.object({ number: TicketNumberParam, phone: MobilePhone });
export const PortalTrackCodeSent = z.object({ sent: z.literal(true), expiresInSeconds: z.number() });

export const PortalTrackVerifyInput = z.object({
  number: TicketNumberParam,
  phone: MobilePhone,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, '验证码为 6 位数字'),
});
export const PortalTrackToken = z.object({ trackToken: z.string(), expiresAt: z.string() });

export const PortalTrackHeaders = z.object({ 'x-track-token': z.string().max(200).optional() });
export const PortalTicketParams = z.object({ number: TicketNumberParam });
export const PortalPhotoParams = z.object({
  number: TicketNumberParam,
  id: z.coerce.number().int().positive(),
});

export const PortalTicketView = z.object({
  number: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  appealType: z.string(),
  category: z.string(),
  title: z.string(),
  content: z.string(),
  address: z.string().nullable(),
  receivedAt: z.string(),
  completedAt: z.string().nullable(),
  photos: z.array(z.object({ id: z.number(), name: z.string() })),
  timeline: z.array(z.object({ at: z.string(), label: z.string(), text: z.string() })),
  result: z.string().nullable(),
  canRate: z.boolean(),
  rating: z
    .object({ satisfaction: z.string().nullable(), solved: z.string().nullable(), at: z.string() })
    .nullable(),
});
export type PortalTicketView = z.infer<typeof PortalTicketView>;

export const PortalRatingInput = z.object({
  satisfaction: z.enum(SATISFACTION_LEVELS, '请选择满意度'),
  solved: z.enum(SOLVED_LEVELS, '请选择是否解决'),
  comment: z.string().trim().max(500, '评价不能超过 500 个字').optional(),
});
