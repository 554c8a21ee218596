import { useState, type FormEvent } from 'react';
import { Alert, Button, Input } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { login } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { useLang } from '../../i18n/index.tsx';
import { useText } from './text.ts';

/** Only paths of this site: `?next=https://elsewhere` must not send a user away after login. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

const fieldStyle = { display: 'block', marginTop: 12 } as const;
const labelStyle = { display: 'block', marginBottom: 4 } as const;
const errorStyle = { color: '#d4380d', fontSize: 12, marginTop: 2 } as const;

// Plain elements and a native form rather than antd's Card and Form: the login page has the tightest budget
// (docs/console.md) and needs no more than two fields.
export default function LoginScreen() {
  const t = useText();
  const { lang, setLang } = useLang();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const empty = { username: !username.trim(), password: !password };
    setMissing(empty);
    if (empty.username || empty.password) return;
    setBusy(true);
    setProblem(null);
    try {
      await login(username.trim(), password);
      navigate(safeNext(params.get('next')), { replace: true });
    } catch (error) {
      // The server's words: wrong password, or the lockout with how long to wait.
      setProblem(error instanceof ApiError ? error.message : t('network'));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#f3f5f8',
      }}
    >
      <section
        style={{
          width: 360,
          padding: 24,
          background: '#fff',
          border: '1px solid #e5e7eb',
          borderRadius: 6,
          boxShadow: '0 1px 2px rgba(0,0,0,0.04)',
        }}
      >
        <h1 style={{ fontSize: 20, fontWeight: 600, margin: '0 0 2px' }}>{t('title')}</h1>
        <div style={{ color: '#888' }}>{t('subtitle')}</div>
        {problem ? (
          <Alert role="alert" type="error" showIcon title={problem} style={{ marginTop: 16 }} />
        ) : null}
        <form onSubmit={submit} noValidate style={{ marginTop: 4 }}>
          <label style={fieldStyle}>
            <span style={labelStyle}>{t('username')}</span>
            <Input
              size="middle"
              autoFocus
              autoComplete="username"
              value={username}
              status={missing.username ? 'error' : ''}
              onChange={(event) => setUsername(event.target.value)}
            />
            {missing.username ? <div style={errorStyle}>{t('usernameRequired')}</div> : null}
          </label>
          <label style={fieldStyle}>
            <span style={labelStyle}>{t('password')}</span>
            <Input.Password
              size="middle"
              autoComplete="current-password"
              value={password}
              status={missing.password ? 'error' : ''}
              onChange={(event) => setPassword(event.target.value)}
            />
            {missing.password ? <div style={errorStyle}>{t('passwordRequired')}</div> : null}
          </label>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={busy}
            size="middle"
            style={{ marginTop: 20 }}
          >
            {t('submit')}
          </Button>
        </form>
        <div style={{ marginTop: 12, textAlign: 'right' }}>
          <Button type="link" size="small" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}>
            {t('language')}
          </Button>
        </div>
      </section>
    </main>
  );
}
