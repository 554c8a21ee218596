import { pinyin } from 'pinyin-pro';

/**
 * The pinyin initials a phone keyboard searches a place by (双台子区人民广场 → stzqrmgc); letters and digits in the
 * name are kept as written (万达广场B座 → wdgcbz).
 */
export function placeInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 100);
}
