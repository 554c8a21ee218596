import { Modal, Table } from 'antd';
import type { CodesText } from './text.ts';

/** One problem of an imported file, as the API lists it (IMPORT_INVALID details.errors). */
export interface ImportRowError {
  row: number;
  column: string | null;
  message: string;
  value?: string;
}

export function importRowErrors(details: unknown): ImportRowError[] {
  const errors = (details as { errors?: unknown } | null | undefined)?.errors;
  return Array.isArray(errors) ? (errors as ImportRowError[]) : [];
}

/** The file's problems row by row: nothing was imported, and the admin fixes the file and sends it again. */
export function ImportErrorsDialog(props: {
  summary: string;
  errors: ImportRowError[];
  onClose(): void;
  t: CodesText;
}) {
  const { summary, errors, onClose, t } = props;
  return (
    <Modal open title={summary} onCancel={onClose} footer={null} width={720}>
      <Table<ImportRowError>
        size="small"
        rowKey={(e) => `${e.row}-${e.column ?? ''}-${e.message}`}
        dataSource={errors}
        pagination={false}
        scroll={{ y: 360 }}
        columns={[
          { key: 'row', title: t('importRow'), dataIndex: 'row', width: 64 },
          { key: 'column', title: t('importColumn'), dataIndex: 'column', width: 110 },
          { key: 'message', title: t('importReason'), dataIndex: 'message' },
          { key: 'value', title: t('importValue'), dataIndex: 'value', width: 140, ellipsis: true },
        ]}
      />
    </Modal>
  );
}
