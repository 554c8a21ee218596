import { useRef, useState } from 'react';
import { Button, Typography } from 'antd';
import { CloseOutlined, LoadingOutlined, UploadOutlined, WarningOutlined } from '@ant-design/icons';
import { ApiError } from '../../api/client.ts';
import {
  formatBytes,
  uploadAttachment,
  useAttachmentAdded,
  type AttachmentList,
  type AttachmentOwner,
} from './attachments-api.ts';
import { useDialogText } from './text.ts';

interface Pending {
  key: number;
  name: string;
  error: string | null;
}

let nextKey = 1;

/**
 * Files chosen here are uploaded at once, one request each, so that a refused file is known (with the server's
 * reason: 413 too large, 415 a type that is not evidence) before the feedback is submitted. Uploaded files join
 * the owner's list above; failed ones stay here with their reason until removed.
 */
export function AttachmentUpload(props: {
  owner: AttachmentOwner;
  list: AttachmentList | undefined;
  onBusyChange(busy: boolean): void;
}) {
  const t = useDialogText();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending[]>([]);
  const added = useAttachmentAdded(props.owner);
  const inFlight = useRef(0);
  const limits = props.list?.limits;
  const count = props.list?.items.filter((item) => item.withdrawnAt === null).length ?? 0;

  const settle = (key: number, error: string | null) =>
    setPending((items) =>
      error === null
        ? items.filter((item) => item.key !== key)
        : items.map((item) => (item.key === key ? { ...item, error } : item)),
    );

  const upload = async (file: File) => {
    const key = nextKey++;
    setPending((items) => [...items, { key, name: file.name, error: null }]);
    // Checked here too, so that 200 MB of video is not sent to be refused; the server's rule is the same.
    if (limits && file.size > limits.maxBytes) {
      settle(key, t('tooLarge', { size: formatBytes(limits.maxBytes) }));
      return;
    }
    inFlight.current += 1;
    props.onBusyChange(true);
    try {
      added(await uploadAttachment(props.owner, file));
      settle(key, null);
    } catch (error) {
      settle(
        key,
        error instanceof ApiError && error.message
          ? error.message
          : `${t('uploadFailed')}（${String(error)}）`,
      );
    } finally {
      inFlight.current -= 1;
      if (inFlight.current === 0) props.onBusyChange(false);
    }
  };

  const choose = (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) void upload(file);
    if (input.current) input.current.value = '';
  };

  const full = limits !== undefined && count >= limits.maxFiles;
  return (
    <div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <input
          ref={input}
          type="file"
          multiple
          aria-label={t('addFiles')}
          style={{ display: 'none' }}
          onChange={(event) => choose(event.target.files)}
        />
        <Button icon={<UploadOutlined />} disabled={full} onClick={() => input.current?.click()}>
          {t('addFiles')}
        </Button>
        {limits ? (
          <Typography.Text type="secondary" style={{ fontSize: 12, lineHeight: 1.3 }}>
            {full
              ? t('tooManyFiles', { files: limits.maxFiles })
              : t('limits', {
                  size: formatBytes(limits.maxBytes),
                  files: limits.maxFiles,
                  accepted: limits.accepted,
                })}
          </Typography.Text>
        ) : null}
      </div>
      {pending.map((item) => (
        <div
          key={item.key}
          style={{ display: 'flex', gap: 6, alignItems: 'baseline', marginTop: 4, fontSize: 12 }}
        >
          {item.error === null ? <LoadingOutlined /> : <WarningOutlined style={{ color: '#cf1322' }} />}
          <span style={{ whiteSpace: 'nowrap' }}>{item.name}</span>
          {item.error === null ? (
            <Typography.Text type="secondary">{t('uploading')}</Typography.Text>
          ) : (
            <>
              <Typography.Text type="danger" role="alert">
                {item.error}
              </Typography.Text>
              <Button
                type="text"
                size="small"
                icon={<CloseOutlined />}
                aria-label={t('removeFromList')}
                onClick={() => setPending((items) => items.filter((p) => p.key !== item.key))}
              />
            </>
          )}
        </div>
      ))}
    </div>
  );
}
