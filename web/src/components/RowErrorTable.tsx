import { Alert, Flex, Table, Typography } from 'antd';
import type { ImportRowErrorView } from '../../../src/contracts/imports.schemas.ts';
import { ApiError } from '../api/client.ts';
import { defineMessages } from '../i18n/index.tsx';

const useText = defineMessages({
  'zh-CN': { row: '行号', field: '字段', reason: '原因', value: '原值', wholeRow: '整行' },
  en: { row: 'Row', field: 'Column', reason: 'Reason', value: 'Value', wholeRow: 'Whole row' },
});

/**
 * Every error of a refused file, in row order, a page at a time (a broken export can have thousands): the
 * imports of the administration screens and the 上级交办 file of the lines screen show them alike.
 */
export function RowErrorTable(props: { errors: readonly ImportRowErrorView[]; title: string }) {
  const t = useText();
  return (
    <div>
      <Typography.Text strong>{props.title}</Typography.Text>
      <Table<ImportRowErrorView & { key: number }>
        size="small"
        tableLayout="fixed"
        aria-label={props.title}
        dataSource={props.errors.map((error, key) => ({ ...error, key }))}
        pagination={{ pageSize: 10, size: 'small', showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: t('row'), dataIndex: 'row', width: 70 },
          {
            title: t('field'),
            dataIndex: 'column',
            width: 140,
            render: (column: string | null) => column ?? t('wholeRow'),
          },
          { title: t('reason'), dataIndex: 'message' },
          {
            title: t('value'),
            dataIndex: 'value',
            width: 220,
            ellipsis: true,
            render: (value: string | undefined) =>
              value ? <Typography.Text code>{value}</Typography.Text> : null,
          },
        ]}
      />
    </div>
  );
}

/** The row errors an import refusal carries (IMPORT_INVALID's details), or none. */
export function importRowErrors(error: unknown): ImportRowErrorView[] {
  if (!(error instanceof ApiError)) return [];
  const errors = (error.details as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(errors) ? (errors as ImportRowErrorView[]) : [];
}

/** A refused file: what the server said, then every row error. */
export function RefusedImport(props: {
  title: string;
  errors: readonly ImportRowErrorView[];
  errorsTitle: string;
}) {
  return (
    <Flex vertical gap={8}>
      <Alert type="error" showIcon title={props.title} />
      {props.errors.length > 0 ? <RowErrorTable errors={props.errors} title={props.errorsTitle} /> : null}
    </Flex>
  );
}
