import { z } from 'zod';
import { categoryCodeProblem } from '../domain/categories/category-code.ts';
import { tryParseLocalTime } from '../domain/time.ts';

// Building blocks shared by the modules' request and response schemas (written once: validation, types,
// OpenAPI and the clients all come from these).

/** 'YYYY-MM-DD HH:mm:ss' in Asia/Shanghai, or ISO 8601 (DESIGN §7). */
export const LocalTime = z
  .string()
  .meta({
    description: "Time as 'YYYY-MM-DD HH:mm:ss' (Asia/Shanghai) or ISO 8601",
    example: '2023-01-19 10:00:00',
  })
  .transform((text, ctx) => {
    const at = tryParseLocalTime(text);
    if (!at) {
      ctx.addIssue({ code: 'custom', message: "时间格式应为 'YYYY-MM-DD HH:mm:ss' 或 ISO 8601" });
      return z.NEVER;
    }
    return at;
  });

export const NonEmptyText = (max: number) =>
  z.string().trim().min(1, '不能为空').max(max, `不能超过 ${max} 个字符`);

export const UnitCode = z.string().trim().min(1).max(64).meta({ description: '单位编码' });

/** 诉求分类编码: six digits, two per level (010000, 010200, 010203) */
export const CategoryCode = z
  .string()
  .trim()
  .refine((code) => categoryCodeProblem(code) === null, {
    message: '分类编码应为六位数字，每级两位，如 010000、010200、010203',
  })
  .meta({ description: '诉求分类编码', example: '010203' });

export const ErrorEnvelope = z.object({
  error: z.object({
    code: z.string().meta({ description: 'Stable SCREAMING_SNAKE code' }),
    message: z.string(),
    details: z.unknown().optional(),
    requestId: z.string().optional(),
  }),
});

export const Pagination = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const OkResponse = z.object({ ok: z.literal(true) });
