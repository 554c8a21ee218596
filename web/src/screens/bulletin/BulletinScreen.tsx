import { useMemo, useState } from 'react';
import { Alert, App, Button, Popconfirm, Spin, Tabs, Typography } from 'antd';
import { DownloadOutlined, EyeOutlined, SendOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { AsOfPicker, PeriodPicker, SchemePicker } from '../../components/EvaluationPickers.tsx';
import { useApiErrorHandler } from '../../api/errors.ts';
import { downloadFile } from '../../api/transport.ts';
import { useAbilities } from '../../api/session.ts';
import { useShortcut } from '../../app/shortcuts.ts';
import {
  bulletinKeys,
  fetchPreviewHtml,
  issueBulletin,
  type DraftRequest,
  type PrintedHighlight,
} from './bulletin-api.ts';
import { HighlightsEditor } from './HighlightsEditor.tsx';
import { IssueHistory } from './IssueHistory.tsx';
import { day, localTime } from '../../components/period.ts';
import { useText } from './text.ts';
import { WithOpeningPeriod } from '../../components/OpeningPeriod.tsx';

/**
 * `/bulletin`: the 通报 as the document will read (the server's own HTML rendering in a sandboxed frame), the 典型件
 * with their wording, downloads, and issuing — which records every parameter so the bulletin can be reproduced.
 */
function BulletinScreenBody({ opening }: { opening: [Dayjs, Dayjs] }) {
  const t = useText();
  const can = useAbilities();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(opening);
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [scheme, setScheme] = useState<string | undefined>(undefined);
  const [highlights, setHighlights] = useState<PrintedHighlight[]>([]);
  const [tab, setTab] = useState('preview');
  const [busy, setBusy] = useState<string | null>(null);

  const request = useMemo(
    (): DraftRequest => ({
      from: day(range[0]),
      to: day(range[1]),
      ...(asOf ? { asOf: localTime(asOf) } : {}),
      ...(scheme ? { scheme } : {}),
      highlights: highlights.map((h) => ({
        ticketNumber: h.ticketNumber,
        ...(h.title.trim() ? { title: h.title.trim() } : {}),
        ...(h.text.trim() ? { text: h.text.trim() } : {}),
      })),
    }),
    [range, asOf, scheme, highlights],
  );
  const [applied, setApplied] = useState<DraftRequest>(request);
  const stale = JSON.stringify(applied) !== JSON.stringify(request);

  const preview = useQuery({
    queryKey: bulletinKeys.preview(applied),
    queryFn: () => fetchPreviewHtml(applied),
    retry: false,
    staleTime: 60_000,
  });

  const refresh = () => {
    setApplied(request);
    setTab('preview');
    if (!stale) void preview.refetch();
  };
  useShortcut({ keys: 'Alt+P', label: t('refreshPreview'), run: refresh });

  const run = async (key: string, work: () => Promise<void>) => {
    setBusy(key);
    try {
      await work();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(null);
    }
  };
  const download = (format: 'docx' | 'pdf' | 'xlsx') =>
    // POSTed: the draft's 典型件 go with their wording as edited here, which an address could not carry.
    run(format, () => downloadFile('/api/bulletin', `bulletin.${format}`, { ...request, format }));
  const issue = () =>
    run('issue', async () => {
      const { asOf: chosen, ...rest } = request;
      const issued = await issueBulletin({ ...rest, ...(chosen ? { asOf: chosen } : {}) });
      message.success(t('issued', { id: issued.id }));
      await queryClient.invalidateQueries({ queryKey: bulletinKeys.allIssues });
      setTab('history');
    });

  const previewPane = (
    <div style={{ display: 'flex', gap: 12, height: 'calc(100vh - 162px)', minHeight: 360 }}>
      <div style={{ flex: 1, position: 'relative', display: 'flex', flexDirection: 'column', gap: 4 }}>
        {stale ? (
          <Alert type="warning" showIcon title={t('previewStale')} style={{ padding: '2px 8px' }} />
        ) : null}
        {preview.error ? (
          <Alert type="error" showIcon title={t('previewFailed')} description={preview.error.message} />
        ) : null}
        <Spin spinning={preview.isFetching} description={t('loading')} wrapperClassName="bulletin-frame">
          <iframe
            title={t('frameTitle')}
            sandbox=""
            srcDoc={preview.data ?? ''}
            style={{
              width: '100%',
              height: stale ? 'calc(100vh - 200px)' : 'calc(100vh - 168px)',
              minHeight: 320,
              border: '1px solid #f0f0f0',
              background: '#f0f0f0',
            }}
          />
        </Spin>
      </div>
      <div style={{ width: 340, display: 'flex', flexDirection: 'column', minHeight: 0 }}>
        <HighlightsEditor value={highlights} onChange={setHighlights} />
      </div>
    </div>
  );

  return (
    <div style={{ padding: '8px 16px', display: 'flex', flexDirection: 'column', gap: 6 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Typography.Title level={4} style={{ margin: 0, marginRight: 8 }}>
          {t('title')}
        </Typography.Title>
        <PeriodPicker value={range} onChange={setRange} />
        <AsOfPicker value={asOf} onChange={setAsOf} />
        <SchemePicker value={scheme} onChange={setScheme} />
        <Button size="small" type={stale ? 'primary' : 'default'} icon={<EyeOutlined />} onClick={refresh}>
          {t('refreshPreview')}
        </Button>
        <span style={{ flex: 1 }} />
        {(['docx', 'pdf', 'xlsx'] as const).map((format) => (
          <Button
            key={format}
            size="small"
            icon={<DownloadOutlined />}
            loading={busy === format}
            onClick={() => void download(format)}
          >
            {format.toUpperCase()}
          </Button>
        ))}
        {can('bulletin.issueBulletin') ? (
          <Popconfirm
            title={t('issue')}
            description={
              <div style={{ maxWidth: 320 }}>
                {t('issueConfirm')}
                {asOf ? null : <div style={{ color: '#888' }}>{t('issueAsOf')}</div>}
              </div>
            }
            onConfirm={() => void issue()}
          >
            <Button size="small" type="primary" icon={<SendOutlined />} loading={busy === 'issue'}>
              {t('issue')}
            </Button>
          </Popconfirm>
        ) : null}
      </div>
      <Tabs
        size="small"
        activeKey={tab}
        onChange={setTab}
        tabBarStyle={{ marginBottom: 6 }}
        items={[
          { key: 'preview', label: t('previewTab'), children: previewPane },
          { key: 'history', label: t('historyTab'), children: <IssueHistory /> },
        ]}
      />
    </div>
  );
}

export default function BulletinScreen() {
  return (
    <WithOpeningPeriod kind="lastMonth">
      {(opening) => <BulletinScreenBody opening={opening} />}
    </WithOpeningPeriod>
  );
}
