import { describe, expect, it } from 'vitest';
import { CALLBACK_ATTEMPTS, callbackSettles } from './callback-attempts.ts';

describe('callback attempts', () => {
  it('settles a missed call when the caller is reached or needs nothing, at any attempt', () => {
    expect(callbackSettles('reached', 1)).toBe(true);
    expect(callbackSettles('noNeed', 2)).toBe(true);
  });

  it('keeps an unreachable caller on the list until the last allowed attempt', () => {
    expect(CALLBACK_ATTEMPTS).toBe(3);
    expect(callbackSettles('unreachable', 1)).toBe(false);
    expect(callbackSettles('unreachable', 2)).toBe(false);
    expect(callbackSettles('unreachable', 3)).toBe(true);
  });
});
