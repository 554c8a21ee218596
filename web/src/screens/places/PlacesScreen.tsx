import { useRef, useState } from 'react';
import { Alert, Button, Checkbox, Flex, Input, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportRowErrorView } from '../../../../src/contracts/imports.schemas.ts';
import { ApiError } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { downloadFile } from '../../api/transport.ts';
import { SPREADSHEET_ACCEPT } from '../../api/upload.ts';
import { importRowErrors, RefusedImport } from '../../components/RowErrorTable.tsx';
import {
  fetchPlaces,
  importPlaceFile,
  PAGE_SIZE,
  placesExportUrl,
  placesKey,
  type Place,
  type PlaceFilter,
  type PlaceImportResult,
} from './places-api.ts';
import { useText } from './text.ts';

type Outcome =
  | { kind: 'imported'; file: string; result: PlaceImportResult }
  | { kind: 'refused'; file: string; message: string; errors: ImportRowErrorView[] };

/**
 * 地点 (/admin/places): the named points of the portal's address picker, kept as a spreadsheet. The list is for
 * looking things up; changes go through the file, so a city loads its hundreds of places the way it keeps them.
 */
export default function PlacesScreen() {
  const t = useText();
  const showError = useApiErrorHandler();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [filter, setFilter] = useState<PlaceFilter>({ q: '', includeInactive: false, page: 1 });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const places = useQuery({
    queryKey: placesKey(filter),
    queryFn: () => fetchPlaces(filter),
    placeholderData: keepPreviousData,
  });

  const upload = async (file: File) => {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await importPlaceFile(file);
      setOutcome({ kind: 'imported', file: file.name, result });
      await client.invalidateQueries({ queryKey: ['admin', 'places'] });
    } catch (error) {
      if (error instanceof ApiError && error.code.startsWith('IMPORT_'))
        setOutcome({
          kind: 'refused',
          file: file.name,
          message: error.message,
          errors: importRowErrors(error),
        });
      else showError(error);
    } finally {
      setBusy(false);
    }
  };
  const download = (format: 'xlsx' | 'csv') =>
    void downloadFile(placesExportUrl(format), `地点.${format}`).catch(showError);

  return (
    <Flex vertical gap={8} style={{ padding: '8px 16px' }}>
      <Flex align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('total', { total: places.data?.total ?? 0 })}</Typography.Text>
        <Input.Search
          size="small"
          allowClear
          placeholder={t('search')}
          aria-label={t('search')}
          style={{ width: 260 }}
          onSearch={(q) => setFilter((current) => ({ ...current, q: q.trim(), page: 1 }))}
        />
        <Checkbox
          checked={filter.includeInactive}
          onChange={(event) =>
            setFilter((current) => ({ ...current, includeInactive: event.target.checked, page: 1 }))
          }
        >
          {t('showInactive')}
        </Checkbox>
        <span style={{ flex: 1 }} />
        <input
          ref={input}
          type="file"
          accept={SPREADSHEET_ACCEPT}
          aria-label={t('chooseFile')}
          style={{ display: 'none' }}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void upload(file);
          }}
        />
        <Button
          size="small"
          type="primary"
          icon={<UploadOutlined />}
          loading={busy}
          onClick={() => input.current?.click()}
        >
          {busy ? t('importing') : t('import')}
        </Button>
        <Button size="small" icon={<DownloadOutlined />} onClick={() => download('xlsx')}>
          {t('exportXlsx')}
        </Button>
        <Button size="small" icon={<DownloadOutlined />} onClick={() => download('csv')}>
          {t('exportCsv')}
        </Button>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('intro')}
      </Typography.Text>
      {outcome?.kind === 'imported' ? (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setOutcome(null)}
          title={t('imported', { file: outcome.file, ...outcome.result })}
        />
      ) : null}
      {outcome?.kind === 'refused' ? (
        <RefusedImport
          title={t('refused', { file: outcome.file, message: outcome.message })}
          errors={outcome.errors}
          errorsTitle={t('errorsTitle', { count: outcome.errors.length })}
        />
      ) : null}
      <Table<Place>
        size="small"
        rowKey="id"
        tableLayout="fixed"
        aria-label={t('title')}
        loading={places.isLoading}
        dataSource={places.data?.items ?? []}
        pagination={{
          current: filter.page,
          pageSize: PAGE_SIZE,
          total: places.data?.total ?? 0,
          size: 'small',
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: (page) => setFilter((current) => ({ ...current, page })),
        }}
        columns={[
          { title: t('name'), dataIndex: 'name', ellipsis: true },
          { title: t('initials'), dataIndex: 'initials', width: 130, ellipsis: true },
          { title: t('address'), dataIndex: 'address', ellipsis: true },
          {
            title: t('district'),
            dataIndex: 'districtName',
            width: 120,
            render: (name: string | null, place) => name ?? place.districtCode ?? '—',
          },
          {
            title: t('position'),
            key: 'position',
            width: 170,
            render: (_: unknown, place) =>
              place.lat === null || place.long === null
                ? '—'
                : `${place.lat.toFixed(4)}, ${place.long.toFixed(4)}`,
          },
          {
            title: t('state'),
            dataIndex: 'active',
            width: 80,
            render: (active: boolean) =>
              active ? <Tag color="green">{t('active')}</Tag> : <Tag>{t('inactive')}</Tag>,
          },
        ]}
      />
    </Flex>
  );
}
