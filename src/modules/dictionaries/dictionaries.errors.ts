import type { ErrorTable } from '../../shared/errors.ts';

/** Codes of the dictionaries module (来源渠道, 诉求类型, 紧急程度, 满意度 and their aliases). */
export const DICTIONARIES_ERRORS = {
  /** The path names no dictionary: channel, appealType, urgency and satisfaction are the only ones */
  DICTIONARY_NOT_FOUND: 'notFound',
  ALIAS_NOT_FOUND: 'notFound',
  /** The alias is (after 全角/半角, case and spaces are folded) a code's own code or label; details.field = 'alias' */
  ALIAS_CONFLICTS: 'invalid',
  /** The alias points at a code its dictionary does not have; details.field = 'code' */
  UNKNOWN_DICTIONARY_CODE: 'invalid',
} as const satisfies ErrorTable;

type Codes = typeof DICTIONARIES_ERRORS;

declare module '../../shared/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends Codes {}
}
