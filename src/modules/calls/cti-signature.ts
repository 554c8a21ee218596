import { createHmac, timingSafeEqual } from 'node:crypto';

// CTI webhooks are signed like Stripe's and GitHub's: HMAC-SHA256 under a shared secret over
// `<timestamp>.<raw body>`, sent as `X-Hotline-Signature: sha256=<hex>` with `X-Hotline-Timestamp: <Unix
// seconds>`. Signing the timestamp with the body lets the server refuse a captured request replayed later.

/** How far the sender's clock may be from ours before a request reads as a replay. */
export const CTI_TOLERANCE_SECONDS = 300;

export type SignatureVerdict = 'ok' | 'forged' | 'stale';

/** The exact text that is signed: the timestamp header, a full stop, the body's bytes as sent. */
export function ctiSignedText(timestamp: string, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${timestamp}.`, 'utf8'), body]);
}

/** The X-Hotline-Signature header value for a body (what a sender computes; tests sign with it too). */
export function signCtiBody(secret: string, timestamp: string, body: Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(ctiSignedText(timestamp, body)).digest('hex')}`;
}

export function verifyCtiSignature(input: {
  secret: string;
  body: Buffer;
  signature?: string | undefined;
  timestamp?: string | undefined;
  now: Date;
}): SignatureVerdict {
  const { signature, timestamp } = input;
  if (!signature || !/^sha256=[0-9a-fA-F]{64}$/.test(signature)) return 'forged';
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return 'stale';
  const expected = Buffer.from(signCtiBody(input.secret, timestamp, input.body).slice(7), 'hex');
  // Constant time: how many leading bytes match must not show in how long the refusal takes.
  if (!timingSafeEqual(expected, Buffer.from(signature.slice(7), 'hex'))) return 'forged';
  const skew = Math.abs(input.now.getTime() / 1000 - Number(timestamp));
  return skew <= CTI_TOLERANCE_SECONDS ? 'ok' : 'stale';
}
