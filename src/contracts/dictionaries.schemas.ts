import { z } from 'zod';
import { DICTIONARY_KEYS } from '../domain/dictionaries/dictionaries.ts';
import { NonEmptyText } from './common.schemas.ts';

export const DictionaryEntryView = z.object({
  /** The platform's code: fixed, because rules depend on it */
  code: z.string(),
  /** The Chinese label: always accepted by imports, like the code */
  label: z.string(),
  /** Other spellings accepted for this code, as the admin typed them */
  aliases: z.array(z.string()),
});

export const DictionaryView = z.object({
  key: z.enum(DICTIONARY_KEYS),
  /** 来源渠道, 诉求类型, 紧急程度 or 满意度 */
  label: z.string(),
  entries: z.array(DictionaryEntryView),
});

/** Unknown names answer 404 DICTIONARY_NOT_FOUND rather than a validation error: the path names a resource. */
export const DictionaryParams = z.object({
  dictionary: z
    .string()
    .max(32)
    .meta({ description: DICTIONARY_KEYS.join(' | '), example: 'urgency' }),
});

export const DictionaryAliasParams = DictionaryParams.extend({
  /** The alias as typed, URL-encoded; matched ignoring 全角/半角, case and white space */
  alias: z.string().max(200).meta({ example: '加急' }),
});

export const SaveAliasInput = z.object({
  /** Another spelling; it may not be any code's own code or label in the same dictionary */
  alias: NonEmptyText(50).meta({ example: '加急' }),
  /** The code it stands for (e.g. urgent), not a label */
  code: NonEmptyText(32).meta({ example: 'urgent' }),
});
