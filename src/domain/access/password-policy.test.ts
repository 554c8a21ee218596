import { describe, expect, it } from 'vitest';
import { lockDurationMs, LONGEST_LOCK_MS } from './login-backoff.ts';
import { passwordProblem } from './password-policy.ts';

describe('password policy', () => {
  it.each([
    ['12345678', 'agent', '至少 10 位'],
    ['password', 'agent', '至少 10 位'],
    ['zhangsan2023', 'zhangsan', '用户名'],
    ['ZhangSan2023', 'zhangsan', '用户名'],
    ['hotlinecentre', 'agent', '至少两类'],
    ['1234567890', 'agent', '常见'],
    ['Password123', 'agent', '常见'],
    ['aaaaaaaaaa1', 'agent', null],
    ['9876543210', 'agent', '常见'],
  ])('%s for %s → %s', (password, username, problem) => {
    const found = passwordProblem(password, username);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it('accepts long passwords of two classes, Chinese included', () => {
    expect(passwordProblem('hotline12345', 'agent')).toBeNull();
    expect(passwordProblem('盘锦热线值班室2023', 'agent')).toBeNull();
  });
});

describe('login back-off', () => {
  const rule = { freeFailures: 5, forgetAfterMs: 86_400_000 };
  it('is free below the threshold, then doubles up to the cap', () => {
    expect(lockDurationMs(4, rule)).toBe(0);
    expect(lockDurationMs(5, rule)).toBe(30_000);
    expect(lockDurationMs(6, rule)).toBe(60_000);
    expect(lockDurationMs(9, rule)).toBe(480_000);
    expect(lockDurationMs(10, rule)).toBe(LONGEST_LOCK_MS);
    expect(lockDurationMs(10_000, rule)).toBe(LONGEST_LOCK_MS);
  });
});
