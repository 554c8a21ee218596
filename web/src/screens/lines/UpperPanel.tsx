import { useRef, useState } from 'react';
import { Alert, Button, Divider, Flex, Typography } from 'antd';
import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { ImportRowErrorView } from '../../../../src/contracts/imports.schemas.ts';
import { ApiError } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { downloadFile } from '../../api/transport.ts';
import { SPREADSHEET_ACCEPT } from '../../api/upload.ts';
import { importUpperFile, upperExportUrl, type UpperImportResult } from './lines-api.ts';
import { useText } from './text.ts';
import { importRowErrors, RefusedImport } from '../../components/RowErrorTable.tsx';

type Outcome =
  | { kind: 'imported'; file: string; result: UpperImportResult }
  | { kind: 'refused'; file: string; message: string; errors: ImportRowErrorView[] };

/**
 * 上级交办: the higher platform's file in (every row checked, nothing written when one is wrong, rows sent before
 * skipped), and the 办理结果 of the period out as XLSX or CSV.
 */
export function UpperPanel({ from, to }: { from: string; to: string }) {
  const t = useText();
  const showError = useApiErrorHandler();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [exporting, setExporting] = useState<'xlsx' | 'csv' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const start = async () => {
    if (!file || busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const result = await importUpperFile(file);
      setOutcome({ kind: 'imported', file: file.name, result });
      void client.invalidateQueries({ queryKey: ['tickets'] });
      void client.invalidateQueries({ queryKey: ['queues'] });
    } catch (error) {
      const errors = importRowErrors(error);
      if (error instanceof ApiError && (errors.length > 0 || error.code.startsWith('IMPORT_')))
        setOutcome({ kind: 'refused', file: file.name, message: error.message, errors });
      else showError(error);
    } finally {
      setBusy(false);
    }
  };
  const download = async (format: 'xlsx' | 'csv') => {
    setExporting(format);
    try {
      await downloadFile(upperExportUrl(from, to, format), `上级交办-${from}-${to}.${format}`);
    } catch (error) {
      showError(error);
    } finally {
      setExporting(null);
    }
  };

  return (
    <div style={{ maxWidth: 1000 }}>
      <Typography.Text strong>{t('upperImportTitle')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 8px' }}>
        {t('upperImportHint')}
      </Typography.Paragraph>
      <Flex gap="small" align="center">
        <input
          ref={input}
          type="file"
          accept={SPREADSHEET_ACCEPT}
          aria-label={t('chooseFile')}
          style={{ display: 'none' }}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setOutcome(null);
            event.target.value = '';
          }}
        />
        <Button
          size="small"
          icon={<FileExcelOutlined />}
          disabled={busy}
          onClick={() => input.current?.click()}
        >
          {t('chooseFile')}
        </Button>
        <Typography.Text type={file ? undefined : 'secondary'} ellipsis style={{ maxWidth: 420 }}>
          {file ? file.name : t('noFile')}
        </Typography.Text>
        <Button
          size="small"
          type="primary"
          icon={<UploadOutlined />}
          disabled={!file}
          loading={busy}
          onClick={() => void start()}
        >
          {busy ? t('importing') : t('start')}
        </Button>
      </Flex>
      {outcome?.kind === 'imported' ? (
        <Alert
          style={{ marginTop: 8 }}
          type="success"
          showIcon
          title={t('imported', {
            file: outcome.file,
            imported: outcome.result.imported,
            skipped: outcome.result.skipped,
          })}
        />
      ) : null}
      {outcome?.kind === 'refused' ? (
        <div style={{ marginTop: 8 }}>
          <RefusedImport
            title={t('refused', { file: outcome.file, message: outcome.message })}
            errors={outcome.errors}
            errorsTitle={t('errorsTitle', { count: outcome.errors.length })}
          />
        </div>
      ) : null}
      <Divider style={{ margin: '16px 0 12px' }} />
      <Typography.Text strong>{t('upperExportTitle')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 8px' }}>
        {t('upperExportHint')}（{from} — {to}）
      </Typography.Paragraph>
      <Flex gap="small">
        <Button
          size="small"
          icon={<DownloadOutlined />}
          loading={exporting === 'xlsx'}
          onClick={() => void download('xlsx')}
        >
          {t('exportXlsx')}
        </Button>
        <Button
          size="small"
          icon={<DownloadOutlined />}
          loading={exporting === 'csv'}
          onClick={() => void download('csv')}
        >
          {t('exportCsv')}
        </Button>
      </Flex>
    </div>
  );
}
