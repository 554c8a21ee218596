import { useState } from 'react';
import { App, Button, Dropdown, Form, Input, Modal } from 'antd';
import { DeleteOutlined, DownOutlined, StarOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { queuesContract } from '../../../../src/contracts/queues.contract.ts';
import type { QueueViewKey, SavedFilterView } from '../../../../src/contracts/queues.schemas.ts';
import type { RequestOf } from '../../../../src/contracts/client.ts';
import { api, lean } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { FilterText } from './queue-query.ts';
import { useText } from './text.ts';

const LIST = lean<typeof queuesContract.listSavedFilters>('GET', '/api/saved-filters');
const SAVE = lean<typeof queuesContract.saveFilter>('POST', '/api/saved-filters');
const DELETE = lean<typeof queuesContract.deleteSavedFilter>('DELETE', '/api/saved-filters/:id');

/** Filters saved on the server per user (GET/POST/DELETE /api/saved-filters), for this view. */
export function SavedFilters({
  view,
  filter,
  onApply,
}: {
  view: QueueViewKey;
  filter: FilterText;
  onApply(filter: FilterText): void;
}) {
  const t = useText();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const [naming, setNaming] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  const saved = useQuery({
    queryKey: queryKeys.savedFilters,
    queryFn: () => api.call(LIST, {}),
    staleTime: 60_000,
  });
  const mine = (saved.data ?? []).filter((f) => f.view === view);

  const remove = async (item: SavedFilterView) => {
    try {
      await api.call(DELETE, { params: { id: item.id } });
      message.success(t('deleted', { name: item.name }));
      await queryClient.invalidateQueries({ queryKey: queryKeys.savedFilters });
    } catch (error) {
      showError(error);
    }
  };
  const save = async ({ name }: { name: string }) => {
    try {
      const body = { name, view, filter } as RequestOf<typeof queuesContract.saveFilter>['body'];
      await api.call(SAVE, { body });
      message.success(t('savedAs', { name }));
      setNaming(false);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: queryKeys.savedFilters });
    } catch (error) {
      showError(error, { form });
    }
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            ...mine.map((item) => ({
              key: String(item.id),
              label: (
                <span style={{ display: 'flex', justifyContent: 'space-between', gap: 12, minWidth: 180 }}>
                  {item.name}
                  <DeleteOutlined
                    aria-label="delete"
                    onClick={(event) => {
                      event.stopPropagation();
                      void remove(item);
                    }}
                  />
                </span>
              ),
              onClick: () => onApply(item.filter as FilterText),
            })),
            ...(mine.length === 0 ? [{ key: 'none', disabled: true, label: t('noSavedFilters') }] : []),
            { type: 'divider' as const },
            { key: 'save', icon: <StarOutlined />, label: t('saveFilter'), onClick: () => setNaming(true) },
          ],
        }}
      >
        <Button>
          {t('savedFilters')} <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
      <Modal
        open={naming}
        title={t('saveFilterTitle')}
        onCancel={() => setNaming(false)}
        onOk={() => form.submit()}
        width={360}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={save}>
          <Form.Item name="name" label={t('filterName')} rules={[{ required: true, message: t('required') }]}>
            <Input autoFocus maxLength={50} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
