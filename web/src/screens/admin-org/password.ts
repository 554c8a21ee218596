// Letters and digits without the ones read alike (0/O, 1/l/I): the password is read out or typed by someone else.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A 14-character password from the browser's cryptographic random source, with letters and digits. */
export function generatePassword(length = 14): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(length));
    const password = Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join('');
    if (/[A-Za-z]/.test(password) && /[0-9]/.test(password)) return password;
  }
}
