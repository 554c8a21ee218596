import { Button, Result, Spin } from 'antd';
import { QuestionCircleOutlined, StopOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useShellText } from '../i18n/shell.ts';

/** Shown instead of a screen or a ticket the user may not see: the content itself never reaches the page. */
export function ForbiddenPage({ detail }: { detail?: string }) {
  const t = useShellText();
  return (
    // A plain sign rather than antd's illustration: nothing decorative in a tool used all day.
    <Result
      icon={<StopOutlined style={{ color: '#cf1322' }} />}
      title={t('state.forbidden')}
      subTitle={detail ?? t('state.forbiddenBody')}
      extra={
        <Link to="/">
          <Button type="primary">{t('state.backHome')}</Button>
        </Link>
      }
    />
  );
}

export function NotFoundPage({ detail }: { detail?: string }) {
  const t = useShellText();
  return (
    <Result
      icon={<QuestionCircleOutlined style={{ color: '#8c8c8c' }} />}
      title={t('state.notFound')}
      subTitle={detail ?? t('state.notFoundBody')}
      extra={
        <Link to="/">
          <Button type="primary">{t('state.backHome')}</Button>
        </Link>
      }
    />
  );
}

export function ErrorPage({ detail, onRetry }: { detail?: string; onRetry?: () => void }) {
  const t = useShellText();
  return (
    <Result
      status="error"
      title={t('state.error')}
      subTitle={detail}
      extra={onRetry ? <Button onClick={onRetry}>{t('state.retry')}</Button> : undefined}
    />
  );
}

export function LoadingBlock() {
  const t = useShellText();
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin /> <span style={{ marginLeft: 8, color: '#888' }}>{t('state.loading')}</span>
    </div>
  );
}
