import { Table, Typography } from 'antd';
import type { ImportRowErrorView } from '../../../../src/contracts/imports.schemas.ts';
import { useImportText } from './import-text.ts';

/** Every error of a refused file, in row order, a page at a time (a broken export can have thousands). */
export function RowErrorTable(props: { errors: readonly ImportRowErrorView[] }) {
  const t = useImportText();
  return (
    <div>
      <Typography.Text strong>{t('errorsTitle', { count: props.errors.length })}</Typography.Text>
      <Table<ImportRowErrorView & { key: number }>
        size="small"
        tableLayout="fixed"
        aria-label={t('errorsTitle', { count: props.errors.length })}
        dataSource={props.errors.map((error, key) => ({ ...error, key }))}
        pagination={{ pageSize: 10, size: 'small', showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: t('col.row'), dataIndex: 'row', width: 70 },
          {
            title: t('col.field'),
            dataIndex: 'column',
            width: 140,
            render: (column: string | null) => column ?? t('wholeRow'),
          },
          { title: t('col.reason'), dataIndex: 'message' },
          {
            title: t('col.value'),
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
