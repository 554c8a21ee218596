import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Input, Popconfirm, Select, Table, Tabs, Tag, Typography } from 'antd';
import { EyeOutlined, SaveOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { PeriodPicker } from '../../components/EvaluationPickers.tsx';
import { ApiError } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { schemesKey, useSchemes } from '../../api/schemes.ts';
import { useAbilities } from '../../api/session.ts';
import {
  evaluationKeys,
  fetchVersions,
  previewScheme,
  saveScheme,
  score,
  type SchemePreview,
} from './evaluation-api.ts';
import { day } from '../../components/period.ts';
import { Delta } from './rank-columns.tsx';
import { useSchemesText } from './schemes-text.ts';
import { WithOpeningPeriod } from '../../components/OpeningPeriod.tsx';

type PreviewRow = SchemePreview['groups'][number]['rows'][number];
interface Issue {
  path: string;
  message: string;
}

/** The server names every offending place of a scheme (details.issues) or one field (details.field). */
function issuesOf(error: unknown): Issue[] {
  if (!(error instanceof ApiError) || !error.details || typeof error.details !== 'object') return [];
  const details = error.details as { issues?: Issue[]; field?: string };
  if (Array.isArray(details.issues)) return details.issues;
  return details.field ? [{ path: details.field, message: error.message }] : [];
}

/**
 * `/evaluation/schemes`: the scoring schemes and their versions; a JSON editor whose validation names each
 * field; and, before anything is saved, the rankings under the version in force beside the draft's.
 */
function SchemesScreenBody({ opening }: { opening: [Dayjs, Dayjs] }) {
  const t = useSchemesText();
  const can = useAbilities();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const [schemeId, setSchemeId] = useState<string | undefined>(undefined);
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [text, setText] = useState('');
  const [range, setRange] = useState<[Dayjs, Dayjs]>(opening);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [preview, setPreview] = useState<{ result: SchemePreview; text: string; range: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [group, setGroup] = useState<string | undefined>(undefined);

  const schemes = useSchemes();
  const activeId = schemeId ?? schemes.data?.[0]?.id;
  const versions = useQuery({
    queryKey: evaluationKeys.versions(activeId ?? ''),
    queryFn: () => fetchVersions(activeId!),
    enabled: Boolean(activeId),
  });
  const latest = versions.data?.reduce((max, s) => Math.max(max, s.version), 0) ?? 0;
  const chosen = versions.data?.find((s) => s.version === (version ?? latest));

  // The editor starts from the chosen version with the next version number: a save is always a new version.
  const startText = useMemo(
    () => (chosen ? JSON.stringify({ ...chosen, version: latest + 1 }, null, 2) : ''),
    [chosen, latest],
  );
  useEffect(() => {
    setText(startText);
    setIssues([]);
  }, [startText]);

  const parsed = useMemo((): { value?: unknown; error?: string } => {
    try {
      return { value: JSON.parse(text) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }, [text]);
  const rangeKey = `${day(range[0])}_${day(range[1])}`;
  const stale = preview !== null && (preview.text !== text || preview.range !== rangeKey);

  const run = async (key: string, work: () => Promise<void>) => {
    setBusy(key);
    try {
      await work();
      setIssues([]);
    } catch (error) {
      const found = issuesOf(error);
      setIssues(found);
      showError(error);
    } finally {
      setBusy(null);
    }
  };
  const doPreview = () =>
    run('preview', async () => {
      const result = await previewScheme({
        scheme: parsed.value as Record<string, unknown>,
        from: day(range[0]),
        to: day(range[1]),
      });
      setPreview({ result, text, range: rangeKey });
    });
  const doSave = () =>
    run('save', async () => {
      const saved = await saveScheme(parsed.value as Record<string, unknown>);
      message.success(t('saved', { id: saved.id, version: saved.version }));
      setVersion(undefined);
      setPreview(null);
      await queryClient.invalidateQueries({ queryKey: schemesKey });
    });

  const columns = [
    { key: 'unit', title: t('unit'), dataIndex: 'unitName', ellipsis: true },
    { key: 'assigned', title: t('assigned'), dataIndex: 'assigned', width: 56, align: 'right' as const },
    {
      key: 'currentRank',
      title: t('currentRank'),
      width: 76,
      align: 'right' as const,
      render: (_: unknown, row: PreviewRow) => row.current?.rank ?? '—',
    },
    {
      key: 'draftRank',
      title: t('draftRank'),
      width: 76,
      align: 'right' as const,
      render: (_: unknown, row: PreviewRow) => row.draft?.rank ?? '—',
    },
    {
      key: 'rankChange',
      title: t('rankChange'),
      width: 76,
      align: 'right' as const,
      render: (_: unknown, row: PreviewRow) => <Delta value={row.rankChange} />,
    },
    {
      key: 'currentScore',
      title: t('currentScore'),
      width: 76,
      align: 'right' as const,
      render: (_: unknown, row: PreviewRow) => score(row.current?.score ?? null),
    },
    {
      key: 'draftScore',
      title: t('draftScore'),
      width: 76,
      align: 'right' as const,
      render: (_: unknown, row: PreviewRow) => score(row.draft?.score ?? null),
    },
    {
      key: 'scoreChange',
      title: t('scoreChange'),
      width: 76,
      align: 'right' as const,
      render: (_: unknown, row: PreviewRow) => <Delta value={row.scoreChange} digits={2} />,
    },
  ];
  const result = preview?.result;
  const moved = result?.groups.flatMap((g) => g.rows).filter((r) => r.rankChange).length ?? 0;

  return (
    <div style={{ padding: '8px 16px', display: 'flex', flexDirection: 'column', gap: 6 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Typography.Title level={4} style={{ margin: 0, marginRight: 8 }}>
          {t('title')}
        </Typography.Title>
        <Select
          size="small"
          aria-label={t('scheme')}
          value={activeId}
          onChange={(id) => {
            setSchemeId(id);
            setVersion(undefined);
            setPreview(null);
          }}
          style={{ width: 280 }}
          options={(schemes.data ?? []).map((s) => ({ value: s.id, label: `${s.name}（${s.id}）` }))}
        />
        <Select
          size="small"
          aria-label={t('version')}
          value={version ?? latest}
          onChange={setVersion}
          style={{ width: 150 }}
          options={(versions.data ?? [])
            .slice()
            .sort((a, b) => b.version - a.version)
            .map((s) => ({
              value: s.version,
              label: `${t('versionLabel', { version: s.version })}${s.version === latest ? ` · ${t('inForce')}` : ''}`,
            }))}
        />
        <span style={{ flex: 1 }} />
        <PeriodPicker value={range} onChange={setRange} />
        <Button
          size="small"
          type={stale || !preview ? 'primary' : 'default'}
          icon={<EyeOutlined />}
          disabled={Boolean(parsed.error)}
          loading={busy === 'preview'}
          onClick={() => void doPreview()}
        >
          {t('preview')}
        </Button>
        {can('evaluation.saveScheme') ? (
          <Popconfirm
            title={t('save')}
            description={<div style={{ maxWidth: 300 }}>{t('saveConfirm')}</div>}
            onConfirm={() => void doSave()}
            disabled={Boolean(parsed.error)}
          >
            <Button
              size="small"
              icon={<SaveOutlined />}
              disabled={Boolean(parsed.error)}
              loading={busy === 'save'}
            >
              {t('save')}
            </Button>
          </Popconfirm>
        ) : null}
      </div>
      <div style={{ display: 'flex', gap: 12, minHeight: 0 }}>
        <div style={{ width: 500, display: 'flex', flexDirection: 'column', gap: 4 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {can('evaluation.saveScheme') ? t('editorHint') : t('onlyAdmins')}
          </Typography.Text>
          <Input.TextArea
            aria-label={t('editor')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            spellCheck={false}
            style={{
              fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
              fontSize: 12,
              height: issues.length || parsed.error ? 'calc(100vh - 290px)' : 'calc(100vh - 150px)',
              resize: 'none',
            }}
          />
          {parsed.error ? (
            <Alert type="error" showIcon title={t('jsonError', { message: parsed.error })} />
          ) : null}
          {issues.length > 0 ? (
            <Alert
              type="error"
              showIcon
              title={t('issues')}
              description={
                <ul style={{ margin: 0, paddingLeft: 16, maxHeight: 100, overflowY: 'auto' }}>
                  {issues.map((issue) => (
                    <li key={`${issue.path}-${issue.message}`}>
                      <Typography.Text code>{issue.path}</Typography.Text> {issue.message}
                    </li>
                  ))}
                </ul>
              }
            />
          ) : null}
        </div>
        <div style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 4 }}>
          {result ? (
            <>
              <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
                <Typography.Text strong>
                  {t('previewTitle', { current: result.current.version, draft: result.draft.version })}
                </Typography.Text>
                <Tag color={moved ? 'orange' : 'default'}>{t('moved', { count: moved })}</Tag>
              </div>
              {stale ? (
                <Alert type="warning" showIcon title={t('previewStale')} style={{ padding: '2px 8px' }} />
              ) : null}
              <Tabs
                size="small"
                activeKey={group ?? result.groups[0]?.key}
                onChange={setGroup}
                tabBarStyle={{ marginBottom: 4 }}
                items={result.groups.map((g) => ({
                  key: g.key,
                  label: `${g.label}（${g.rows.length}）`,
                  children: (
                    <Table<PreviewRow>
                      size="small"
                      rowKey="unitCode"
                      dataSource={g.rows}
                      columns={columns}
                      pagination={false}
                      scroll={{ y: 'calc(100vh - 260px)' }}
                    />
                  ),
                }))}
              />
            </>
          ) : (
            <Typography.Text type="secondary">{t('previewNone')}</Typography.Text>
          )}
        </div>
      </div>
    </div>
  );
}

export default function SchemesScreen() {
  return (
    <WithOpeningPeriod kind="lastMonth">
      {(opening) => <SchemesScreenBody opening={opening} />}
    </WithOpeningPeriod>
  );
}
