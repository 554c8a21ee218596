import { diffChars } from 'diff';
import type { KbRevisionRecord } from './kb-articles.repository.ts';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

const FIELDS: readonly { field: keyof KbRevisionRecord; label: string }[] = [
  { field: 'title', label: '标题' },
  { field: 'content', label: '正文' },
  { field: 'categoryCode', label: '诉求分类' },
  { field: 'keywords', label: '关键词' },
  { field: 'districtCodes', label: '适用区县' },
  { field: 'effectiveFrom', label: '生效日期' },
  { field: 'expiresOn', label: '失效日期' },
];

function text(value: KbRevisionRecord[keyof KbRevisionRecord]): string {
  if (Array.isArray(value)) return value.join('、');
  return value === null || value === undefined ? '' : String(value);
}

/**
 * What changed from one revision to another, field by field. Chinese has no spaces between words, so the diff
 * is by character: a changed fee reads 每平方米【25】→【28】元, not a whole rewritten line.
 */
export function diffRevisions(from: KbRevisionRecord, to: KbRevisionRecord) {
  return FIELDS.flatMap(({ field, label }) => {
    const before = text(from[field]);
    const after = text(to[field]);
    if (before === after) return [];
    const parts: DiffPart[] = diffChars(before, after).map((change) => ({
      kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
      text: change.value,
    }));
    return [{ field, label, parts }];
  });
}
