// The password rule for every account, checked wherever a password is set (create, change, reset).
// Length matters most (NIST SP 800-63B §5.1.1.2); two character classes and a list of the passwords
// attackers try first keep out the guesses a throttled attacker still gets.
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

// Passwords of 10+ characters from the lists leaked most often, Chinese sites included; compared lowercased.
const COMMON = new Set([
  '1234567890',
  '0123456789',
  '1234554321',
  '1qaz2wsx3edc',
  'qwertyuiop',
  'qwerty123456',
  'asdfghjkl;',
  'password123',
  'password1234',
  'password12345',
  'passw0rd123',
  'iloveyou123',
  'woaini1314520',
  'woaini13145',
  'woaini123456',
  'a1234567890',
  'a123456789',
  'abc1234567',
  'abc123456789',
  'abcd123456',
  'abcd1234567',
  'qq1234567890',
  'qq123456789',
  'admin12345',
  'admin123456',
  'administrator',
  'root123456',
  'welcome123',
  'p@ssw0rd123',
  'zxcvbnm123',
  '5201314520',
  'aa12345678',
  'aa123456789',
  'test123456',
  'changeme123',
]);

function classesOf(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
}

/** One character repeated, or a run up or down the keyboard's digits or the alphabet. */
function isMonotonous(password: string): boolean {
  const codes = Array.from(password.toLowerCase(), (c) => c.codePointAt(0)!);
  const steps = new Set(codes.slice(1).map((code, i) => code - codes[i]!));
  return steps.size === 1 && [...steps].every((step) => Math.abs(step) <= 1);
}

/** Why this password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, username: string): string | null {
  const length = Array.from(password).length;
  if (length < PASSWORD_MIN_LENGTH) return `密码至少 ${PASSWORD_MIN_LENGTH} 位`;
  if (length > PASSWORD_MAX_LENGTH) return `密码不能超过 ${PASSWORD_MAX_LENGTH} 位`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || isMonotonous(password)) return '密码过于常见，请换一个';
  if (username.length >= 3 && lower.includes(username.toLowerCase())) return '密码不能包含用户名';
  if (classesOf(password) < 2) return '密码应包含字母、数字、符号中的至少两类';
  return null;
}
