import { Button, Form, Input, Modal, Radio, Space, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { DeskAction, Submitted } from './submit-appeal.ts';
import type { DeskText } from './text.ts';

const TRANSFER_LINES = ['110', '119', '120', '122'] as const;

/** The call's end: one row of actions, each with its key; the last registered ticket stays in view. */
export function ActionBar(props: {
  t: DeskText;
  busy: DeskAction | null;
  last: Submitted | null;
  mergeInto: { id: number; number: string } | null;
  mayMerge: boolean;
  onAction(action: DeskAction): void;
  onNewCall(): void;
}) {
  const { t, busy } = props;
  const button = (action: DeskAction, keys: string, extra: { primary?: boolean; danger?: boolean } = {}) => (
    <Tooltip title={keys}>
      <Button
        type={extra.primary ? 'primary' : 'default'}
        danger={extra.danger ?? false}
        loading={busy === action}
        disabled={busy !== null && busy !== action}
        onClick={() => props.onAction(action)}
        aria-keyshortcuts={keys}
      >
        {t(action)}
      </Button>
    </Tooltip>
  );
  return (
    <div
      role="toolbar"
      aria-label={t('actions')}
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 8,
        padding: '8px 12px',
        borderTop: '1px solid #e5e7eb',
        background: '#fafafa',
      }}
    >
      <Tooltip title="Alt+N">
        <Button icon={<PlusOutlined />} onClick={props.onNewCall} aria-keyshortcuts="Alt+N">
          {t('newCall')}
        </Button>
      </Tooltip>
      <div
        style={{ flex: 1, minWidth: 0, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
      >
        {props.last ? (
          <Typography.Text type="secondary" role="status">
            {t('lastTicket')}
            <Link to={`/tickets/${props.last.number}`}>{props.last.number}</Link>（{props.last.stateLabel}）
          </Typography.Text>
        ) : null}
      </div>
      <Space size={8}>
        <Tooltip
          title={
            props.mergeInto ? (props.mayMerge ? 'Alt+M' : t('mergeByDispatcher')) : t('mergeNeedsTarget')
          }
        >
          <Button
            loading={busy === 'merge'}
            disabled={!props.mergeInto || (busy !== null && busy !== 'merge')}
            onClick={() => props.onAction('merge')}
            aria-keyshortcuts="Alt+M"
          >
            {t('merge')}
            {props.mergeInto ? ` → ${props.mergeInto.number}` : ''}
          </Button>
        </Tooltip>
        {button('transfer', 'Alt+T')}
        {button('reject', 'Alt+R', { danger: true })}
        {button('directAnswer', 'Alt+D')}
        {button('requestDispatch', 'Ctrl+Enter', { primary: true })}
      </Space>
    </div>
  );
}

/** 不予受理 needs its reason, 转接 its line: asked in a small dialog whose fields belong to the desk's form. */
export function DispositionDialog(props: {
  t: DeskText;
  open: 'reject' | 'transfer' | null;
  busy: boolean;
  onCancel(): void;
  onOk(): void;
}) {
  const { t, open } = props;
  return (
    <Modal
      open={open !== null}
      title={open === 'transfer' ? t('transferTitle') : t('rejectTitle')}
      okText={open === 'transfer' ? t('transfer') : t('reject')}
      okButtonProps={{ danger: open === 'reject', loading: props.busy }}
      cancelText={t('cancel')}
      onCancel={props.onCancel}
      onOk={props.onOk}
      destroyOnHidden
      width={440}
    >
      {open === 'reject' ? (
        <Form.Item
          label={t('rejectReason')}
          name={['disposition', 'reason']}
          labelCol={{ span: 24 }}
          rules={[{ required: true, whitespace: true, message: t('required', { field: t('rejectReason') }) }]}
        >
          <Input.TextArea rows={3} maxLength={1000} autoFocus />
        </Form.Item>
      ) : null}
      {open === 'transfer' ? (
        <>
          <Form.Item
            label={t('transferTarget')}
            name={['disposition', 'target']}
            rules={[{ required: true, message: t('requiredChoice', { field: t('transferTarget') }) }]}
          >
            <Radio.Group
              options={TRANSFER_LINES.map((line) => ({ value: line, label: t(`line${line}`) }))}
              optionType="button"
            />
          </Form.Item>
          <Form.Item label={t('transferNote')} name={['disposition', 'note']}>
            <Input maxLength={500} />
          </Form.Item>
        </>
      ) : null}
    </Modal>
  );
}
