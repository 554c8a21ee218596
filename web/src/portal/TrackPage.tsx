import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  ApiError,
  fieldErrors,
  loadTicket,
  messageOf,
  requestTrackCode,
  verifyTrackCode,
  type TicketView,
} from './api.ts';
import { maskPhone } from './format.ts';
import { navigate } from './router.tsx';
import { TicketDetails } from './TicketDetails.tsx';
import { loadTrackSession, saveTrackSession, type TrackSession } from './track-session.ts';
import { Field, Notice, PageTitle, Spinner } from './ui.tsx';
import { PHONE_PATTERN } from './submit-form.ts';

/** /portal/track?number=…: number and phone → a one-time code by text message → the ticket's public view. */
export default function TrackPage({ number }: { number: string }) {
  const [session, setSession] = useState<TrackSession | null>(() =>
    number ? loadTrackSession(number) : null,
  );
  const [notice, setNotice] = useState('');

  const forget = (message: string) => {
    saveTrackSession(null);
    setSession(null);
    setNotice(message);
  };

  if (session) {
    return (
      <>
        <PageTitle title={`工单 ${session.number}`}>办理进度</PageTitle>
        <TicketLoader session={session} onExpired={() => forget('查看时间已到，请重新获取验证码。')} />
        <button type="button" className="button button-text button-block" onClick={() => forget('')}>
          查询其他工单
        </button>
      </>
    );
  }
  return (
    <>
      <PageTitle title="查询进度">查询进度</PageTitle>
      {notice ? <Notice kind="info">{notice}</Notice> : null}
      <TrackForm
        initialNumber={number}
        onVerified={(verified) => {
          saveTrackSession(verified);
          setSession(verified);
          if (verified.number !== number)
            navigate(`/portal/track?number=${encodeURIComponent(verified.number)}`, { replace: true });
        }}
      />
    </>
  );
}

const RESEND_SECONDS = 60;

type Errors = Partial<Record<'number' | 'phone' | 'code' | 'form', string>>;

function TrackForm(props: { initialNumber: string; onVerified: (session: TrackSession) => void }) {
  const [number, setNumber] = useState(props.initialNumber);
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [sentTo, setSentTo] = useState('');
  const [wait, setWait] = useState(0);
  const [busy, setBusy] = useState<'' | 'code' | 'verify'>('');
  const [errors, setErrors] = useState<Errors>({});
  const codeInput = useRef<HTMLInputElement>(null);

  // 获取验证码 counts down from 60 s after each sending (the server sends at most one code a minute per phone).
  useEffect(() => {
    if (wait <= 0) return;
    const timer = window.setTimeout(() => setWait(wait - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [wait]);

  const check = (withCode: boolean): Errors => {
    const found: Errors = {};
    if (!number.trim()) found.number = '请填写工单编号';
    if (!PHONE_PATTERN.test(phone)) found.phone = '请填写提交诉求时的 11 位手机号码';
    if (withCode && !/^\d{6}$/.test(code)) found.code = '请填写短信中的 6 位验证码';
    return found;
  };

  const refused = (error: unknown) => {
    const placed: Errors = {};
    for (const [field, message] of Object.entries(fieldErrors(error))) {
      if (field === 'number' || field === 'phone' || field === 'code') placed[field] ??= message;
    }
    if (!placed.number && !placed.phone && !placed.code) placed.form = messageOf(error);
    setErrors(placed);
    const first = (['number', 'phone', 'code'] as const).find((field) => placed[field]);
    if (first) document.getElementById(`t-${first}`)?.focus();
  };

  const sendCode = async () => {
    const found = check(false);
    setErrors(found);
    if (Object.keys(found).length) {
      document.getElementById(found.number ? 't-number' : 't-phone')?.focus();
      return;
    }
    setBusy('code');
    try {
      await requestTrackCode(number.trim(), phone);
      setSentTo(phone);
      setWait(RESEND_SECONDS);
      setErrors({});
      codeInput.current?.focus();
    } catch (error) {
      refused(error);
      if (error instanceof ApiError && error.status === 429) setWait(RESEND_SECONDS);
    } finally {
      setBusy('');
    }
  };

  const verify = async (event: FormEvent) => {
    event.preventDefault();
    if (!sentTo) return void sendCode();
    const found = check(true);
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy('verify');
    try {
      const answer = await verifyTrackCode(number.trim(), phone, code);
      props.onVerified({ number: number.trim(), token: answer.trackToken, expiresAt: answer.expiresAt });
    } catch (error) {
      refused(error);
    } finally {
      setBusy('');
    }
  };

  return (
    <form className="form" noValidate onSubmit={verify} aria-label="查询表单">
      <Field
        id="t-number"
        label="工单编号"
        required
        error={errors.number}
        hint="提交成功时页面上显示的编号。"
      >
        {(control) => (
          <input
            {...control}
            className="input"
            autoComplete="off"
            autoCapitalize="characters"
            value={number}
            onChange={(event) => setNumber(event.target.value)}
          />
        )}
      </Field>
      <Field id="t-phone" label="手机号码" required error={errors.phone} hint="提交诉求时填写的手机号。">
        {(control) => (
          <input
            {...control}
            className="input"
            type="tel"
            inputMode="numeric"
            autoComplete="tel-national"
            maxLength={11}
            value={phone}
            onChange={(event) => setPhone(event.target.value.replace(/\D/g, ''))}
          />
        )}
      </Field>
      <button
        type="button"
        className="button button-secondary button-block"
        disabled={wait > 0 || busy !== ''}
        onClick={sendCode}
      >
        {busy === 'code'
          ? '正在发送…'
          : wait > 0
            ? `${wait} 秒后可重新获取`
            : sentTo
              ? '重新获取验证码'
              : '获取验证码'}
      </button>
      <div aria-live="polite">
        {sentTo ? (
          <p className="muted">如果编号与手机号相符，验证码已发送到 {maskPhone(sentTo)}，5 分钟内有效。</p>
        ) : null}
      </div>
      <Field id="t-code" label="验证码" required error={errors.code}>
        {(control) => (
          <input
            {...control}
            ref={codeInput}
            className="input input-code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(event) => setCode(event.target.value.replace(/\D/g, ''))}
          />
        )}
      </Field>
      {errors.form ? <Notice kind="error">{errors.form}</Notice> : null}
      <button type="submit" className="button button-primary button-block" disabled={busy !== ''}>
        {busy === 'verify' ? '正在查询…' : '查询'}
      </button>
    </form>
  );
}

function TicketLoader({ session, onExpired }: { session: TrackSession; onExpired: () => void }) {
  const [view, setView] = useState<TicketView | null>(null);
  const [error, setError] = useState('');
  const expired = useRef(onExpired);
  expired.current = onExpired;

  useEffect(() => {
    let current = true;
    loadTicket(session.number, session.token).then(
      (answer) => current && setView(answer),
      (failure: unknown) => {
        if (!current) return;
        if (failure instanceof ApiError && failure.status === 401) expired.current();
        else setError(messageOf(failure));
      },
    );
    return () => {
      current = false;
    };
  }, [session]);

  if (error) return <Notice kind="error">{error}</Notice>;
  if (!view) return <Spinner label="正在加载办理进度…" />;
  return <TicketDetails view={view} session={session} onChange={setView} onExpired={onExpired} />;
}
