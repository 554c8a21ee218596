import { z } from 'zod';

// Limits of src/modules/kb/search/synonyms.ts (MAX_SYNONYM_TERM_LENGTH, MAX_SYNONYM_TERMS), repeated here
// because contracts stay browser-safe and may not import a module.
const Term = z.string().trim().min(1, '词语不能为空').max(32, '词语不超过 32 个字');
const Terms = (min: number) =>
  z
    .array(Term)
    .min(min, min === 2 ? '等价同义词至少两个不同的词' : '请至少填写一个目标词')
    .max(20, '一条规则最多 20 个词');

export const KbSynonymInput = z.discriminatedUnion('kind', [
  /** 暖气 = 供暖 = 采暖: each finds the others */
  z.object({ kind: z.literal('equivalent'), terms: Terms(2) }),
  /** 上户口 → 落户: a query for `from` also finds `terms`, not the reverse */
  z.object({ kind: z.literal('oneWay'), from: Term, terms: Terms(1) }),
]);
export type KbSynonymInput = z.output<typeof KbSynonymInput>;

export const KbSynonymIdParams = z.object({ id: z.coerce.number().int().positive() });

export const KbSynonymView = z.object({
  id: z.number(),
  kind: z.enum(['equivalent', 'oneWay']),
  terms: z.array(z.string()),
  from: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const KbSynonymSaved = z.object({
  rule: KbSynonymView,
  /**
   * The rule brought words the segmenter did not know: articles indexed before cut them differently, so
   * rebuilding the index (POST /api/kb/search/reindex) lets them match the new words whole.
   */
  reindexAdvised: z.boolean(),
  newWords: z.array(z.string()),
});

export const KbReindexResult = z.object({ indexed: z.number(), milliseconds: z.number() });
