// Citizens' numbers and names are masked for unit roles (DESIGN §2): units call back through the centre.
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  if (digits.length >= 7) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length <= 2) return '*'.repeat(digits.length);
  return `${digits.slice(0, 1)}${'*'.repeat(digits.length - 2)}${digits.slice(-1)}`;
}

export function maskName(name: string): string {
  const characters = Array.from(name.trim());
  if (characters.length === 0) return '';
  return characters[0] + '*'.repeat(Math.max(1, characters.length - 1));
}

// Phone numbers and resident ID numbers written into free text (诉求内容, 反馈, notes): mainland mobiles
// (11 digits from 13–19), landlines with an area code, and 15/18-digit ID numbers (GB 11643-1999). Digit runs
// of other lengths, such as 16-digit 工单编号, are left alone.
const CONTACT_PATTERNS: readonly { pattern: RegExp; keepStart: number; keepEnd: number }[] = [
  {
    pattern:
      /(?<![0-9])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9A-Za-z])/g,
    keepStart: 4,
    keepEnd: 2,
  },
  {
    pattern: /(?<![0-9])[1-9][0-9]{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}(?![0-9])/g,
    keepStart: 4,
    keepEnd: 2,
  },
  { pattern: /(?<![0-9])(?:\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])/g, keepStart: 3, keepEnd: 4 },
  { pattern: /(?<![0-9])0[1-9][0-9]{1,2}[- ]?[0-9]{7,8}(?![0-9])/g, keepStart: 3, keepEnd: 4 },
];

/** Masks every phone-like or ID-like run in free text, keeping its first and last few characters. */
export function maskContactsInText(text: string): string {
  return CONTACT_PATTERNS.reduce(
    (masked, { pattern, keepStart, keepEnd }) =>
      masked.replace(
        pattern,
        (found) =>
          `${found.slice(0, keepStart)}${'*'.repeat(found.length - keepStart - keepEnd)}${found.slice(-keepEnd)}`,
      ),
    text,
  );
}
