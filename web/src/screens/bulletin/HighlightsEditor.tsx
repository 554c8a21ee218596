import { useState } from 'react';
import { App, Button, Input, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useApiErrorHandler } from '../../api/errors.ts';
import { fetchHighlightDraft, type PrintedHighlight } from './bulletin-api.ts';
import { useText } from './text.ts';

/**
 * 典型件: tickets found by number (their default wording comes from the server and may be rewritten) or a
 * supervisor's own paragraph. The order here is the order printed.
 */
export function HighlightsEditor(props: {
  value: PrintedHighlight[];
  onChange: (next: PrintedHighlight[]) => void;
}) {
  const t = useText();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const [number, setNumber] = useState('');
  const [loading, setLoading] = useState(false);
  const { value, onChange } = props;

  const add = async () => {
    const wanted = number.trim();
    if (!wanted) return;
    if (value.some((h) => h.ticketNumber === wanted)) {
      message.warning(t('highlightDuplicate', { number: wanted }));
      return;
    }
    setLoading(true);
    try {
      onChange([...value, await fetchHighlightDraft(wanted)]);
      setNumber('');
    } catch (error) {
      showError(error);
    } finally {
      setLoading(false);
    }
  };
  const edit = (index: number, patch: Partial<PrintedHighlight>) => {
    onChange(value.map((h, i) => (i === index ? { ...h, ...patch } : h)));
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, minHeight: 0 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Typography.Text strong>{t('highlights')}</Typography.Text>
        <span style={{ flex: 1 }} />
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() => onChange([...value, { ticketNumber: null, title: '', text: '' }])}
        >
          {t('highlightManual')}
        </Button>
      </div>
      <Input.Search
        size="small"
        aria-label={t('highlightSearch')}
        placeholder={t('highlightSearch')}
        value={number}
        onChange={(e) => setNumber(e.target.value)}
        onSearch={() => void add()}
        enterButton={t('highlightAdd')}
        loading={loading}
      />
      {value.length === 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('highlightNone')}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('highlightHint')}
        </Typography.Text>
      )}
      <div style={{ overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: 10 }}>
        {value.map((h, index) => (
          <div
            key={`${h.ticketNumber ?? 'own'}-${index}`}
            style={{ borderTop: '1px solid #f0f0f0', paddingTop: 6 }}
          >
            <div style={{ display: 'flex', alignItems: 'center', gap: 6, marginBottom: 4 }}>
              <Typography.Text type="secondary">{index + 1}.</Typography.Text>
              {h.ticketNumber ? (
                <Link to={`/tickets/${encodeURIComponent(h.ticketNumber)}`}>{h.ticketNumber}</Link>
              ) : (
                <Typography.Text type="secondary">{t('highlightManual')}</Typography.Text>
              )}
              <span style={{ flex: 1 }} />
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={`${t('highlightRemove')} ${index + 1}`}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              />
            </div>
            <Input
              size="small"
              aria-label={`${t('highlightTitle')} ${index + 1}`}
              placeholder={t('highlightTitle')}
              value={h.title}
              maxLength={200}
              onChange={(e) => edit(index, { title: e.target.value })}
              style={{ marginBottom: 4 }}
            />
            <Input.TextArea
              size="small"
              aria-label={`${t('highlightText')} ${index + 1}`}
              placeholder={t('highlightText')}
              value={h.text}
              maxLength={4000}
              autoSize={{ minRows: 3, maxRows: 8 }}
              onChange={(e) => edit(index, { text: e.target.value })}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
