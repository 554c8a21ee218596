import type { ReactNode } from 'react';
import { Alert, Button, Modal, Typography } from 'antd';

/**
 * A secret (an API token, an Open311 api_key) shown once after it is made: the server keeps only its digest, so
 * the dialog cannot be dismissed by accident — only by the button that says it was kept.
 */
export function SecretOnceDialog({
  secret,
  label,
  text,
  onClose,
  children,
}: {
  /** null: closed */
  secret: string | null;
  /** Accessible name of the secret's field ("token", "api_key") */
  label: string;
  text: { title: string; note: string; close: string; copy: string; copied: string };
  onClose: () => void;
  /** Lines shown under the secret (its expiry) */
  children?: ReactNode;
}) {
  return (
    <Modal
      open={secret !== null}
      title={text.title}
      closable={false}
      maskClosable={false}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {text.close}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={text.note} style={{ marginBottom: 12 }} />
      <Typography.Paragraph
        copyable={{ text: secret ?? '', tooltips: [text.copy, text.copied] }}
        code
        style={{ wordBreak: 'break-all', fontSize: 13 }}
        aria-label={label}
      >
        {secret}
      </Typography.Paragraph>
      {children}
    </Modal>
  );
}
