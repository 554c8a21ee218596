import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Progress, Segmented, Select, Typography } from 'antd';
import { FileExcelOutlined, LoadingOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { ImportRowErrorView } from '../../../../src/contracts/imports.schemas.ts';
import { ApiError } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useShortcut } from '../../app/shortcuts.ts';
import { RowErrorTable } from '../../components/RowErrorTable.tsx';
import { useImportText } from './import-text.ts';
import { SPREADSHEET_ACCEPT, uploadWithProgress, type UploadPhase } from '../../api/upload.ts';

type Kind = 'units' | 'tickets' | 'calls' | 'kb';
const KINDS: readonly Kind[] = ['units', 'tickets', 'calls', 'kb'];
type Encoding = 'auto' | 'utf-8' | 'gb18030';

type Outcome =
  | { kind: 'imported'; file: string; imported: number; skipped: number }
  | { kind: 'units'; file: string; created: number; updated: number; unchanged: number }
  | { kind: 'refused'; file: string; message: string; errors: ImportRowErrorView[] };

function urlOf(kind: Kind, file: File, encoding: Encoding): string {
  const query = new URLSearchParams({ fileName: file.name });
  // Units have their own route (the tree is applied parents first); it reads CSV encodings by itself.
  if (kind === 'units') return `/api/units/import?${query}`;
  if (encoding !== 'auto') query.set('encoding', encoding);
  return `/api/imports/${kind}?${query}`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function rowErrorsOf(error: ApiError): ImportRowErrorView[] {
  const errors = (error.details as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(errors) ? (errors as ImportRowErrorView[]) : [];
}

/**
 * 数据导入: units, tickets, calls and knowledge-base updates from CSV or XLSX. The bar follows the bytes sent;
 * then, while the server checks every row and writes them in one transaction, it keeps moving with the seconds
 * spent (the server answers once, at the end). A refused file lists every row error; nothing of it was imported.
 */
export default function ImportsScreen() {
  const t = useImportText();
  const showError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<Kind>('tickets');
  const [encoding, setEncoding] = useState<Encoding>('auto');
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<UploadPhase | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [now, setNow] = useState(() => Date.now());

  const processing = phase?.phase === 'processing';
  useEffect(() => {
    if (!processing) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [processing]);

  const busy = phase !== null;
  const start = async () => {
    if (!file || busy) return;
    setOutcome(null);
    try {
      if (kind === 'units') {
        const result = await uploadWithProgress<{ created: number; updated: number; unchanged: number }>(
          urlOf(kind, file, encoding),
          file,
          setPhase,
        );
        setOutcome({ kind: 'units', file: file.name, ...result });
        void queryClient.invalidateQueries({ queryKey: queryKeys.units });
      } else {
        const result = await uploadWithProgress<{ imported: number; skipped: number }>(
          urlOf(kind, file, encoding),
          file,
          setPhase,
        );
        setOutcome({ kind: 'imported', file: file.name, ...result });
        void queryClient.invalidateQueries({ queryKey: queryKeys.tickets });
        void queryClient.invalidateQueries({ queryKey: queryKeys.queues });
      }
    } catch (error) {
      const errors = error instanceof ApiError ? rowErrorsOf(error) : [];
      if (error instanceof ApiError && (errors.length > 0 || error.code.startsWith('IMPORT_'))) {
        setOutcome({ kind: 'refused', file: file.name, message: error.message, errors });
      } else {
        showError(error);
      }
    } finally {
      setPhase(null);
    }
  };
  useShortcut({ keys: 'Ctrl+Enter', label: t('start'), run: () => void start() });

  const choose = (files: FileList | null) => {
    setFile(files?.[0] ?? null);
    setOutcome(null);
    if (input.current) input.current.value = '';
  };

  const uploadPercent =
    phase?.phase === 'uploading' && phase.total > 0 ? Math.floor((phase.loaded / phase.total) * 100) : 100;

  return (
    <div style={{ padding: '8px 16px', display: 'flex', flexDirection: 'column', gap: 12, maxWidth: 1100 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <Segmented<Kind>
          aria-label={t('kind')}
          value={kind}
          disabled={busy}
          onChange={(value) => {
            setKind(value);
            setOutcome(null);
          }}
          options={KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
        />
        {kind === 'units' ? null : (
          <label style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
            <Typography.Text type="secondary">{t('encoding')}</Typography.Text>
            <Select<Encoding>
              size="small"
              value={encoding}
              disabled={busy}
              onChange={setEncoding}
              style={{ width: 120 }}
              options={[
                { value: 'auto', label: t('encoding.auto') },
                { value: 'utf-8', label: 'UTF-8' },
                { value: 'gb18030', label: 'GBK / GB18030' },
              ]}
            />
          </label>
        )}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(`columns.${kind}`)}
        <br />
        {t('rule')}
      </Typography.Text>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <input
          ref={input}
          type="file"
          accept={SPREADSHEET_ACCEPT}
          aria-label={t('chooseFile')}
          style={{ display: 'none' }}
          onChange={(event) => choose(event.target.files)}
        />
        <Button icon={<FileExcelOutlined />} disabled={busy} onClick={() => input.current?.click()}>
          {t('chooseFile')}
        </Button>
        <Typography.Text type={file ? undefined : 'secondary'} ellipsis style={{ maxWidth: 520 }}>
          {file ? `${file.name}（${formatBytes(file.size)}）` : t('noFile')}
        </Typography.Text>
        <Button
          type="primary"
          icon={<UploadOutlined />}
          disabled={!file}
          loading={busy}
          onClick={() => void start()}
        >
          {t('start')}
        </Button>
      </div>
      {phase ? (
        <div role="status" aria-live="polite">
          <Progress
            percent={uploadPercent}
            status={processing ? 'active' : 'normal'}
            showInfo={!processing}
            style={{ marginBottom: 0 }}
          />
          <Typography.Text type="secondary">
            {phase.phase === 'uploading' ? (
              t('uploading', { loaded: formatBytes(phase.loaded), total: formatBytes(phase.total) })
            ) : (
              <>
                <LoadingOutlined style={{ marginInlineEnd: 6 }} />
                {t('processing', { seconds: Math.max(0, Math.floor((now - phase.since) / 1000)) })}
              </>
            )}
          </Typography.Text>
        </div>
      ) : null}
      {outcome?.kind === 'imported' ? (
        <Alert
          type="success"
          showIcon
          title={t('done', { file: outcome.file })}
          description={t('importedCounts', { imported: outcome.imported, skipped: outcome.skipped })}
        />
      ) : null}
      {outcome?.kind === 'units' ? (
        <Alert
          type="success"
          showIcon
          title={t('done', { file: outcome.file })}
          description={t('unitCounts', {
            created: outcome.created,
            updated: outcome.updated,
            unchanged: outcome.unchanged,
          })}
        />
      ) : null}
      {outcome?.kind === 'refused' ? (
        <>
          <Alert
            type="error"
            showIcon
            role="alert"
            title={outcome.message}
            description={t('refusedFile', { file: outcome.file })}
          />
          {outcome.errors.length > 0 ? (
            <RowErrorTable
              errors={outcome.errors}
              title={t('errorsTitle', { count: outcome.errors.length })}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
