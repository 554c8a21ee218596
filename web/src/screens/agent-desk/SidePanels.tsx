import type { CSSProperties, ReactNode } from 'react';
import { Button, Empty, Spin, Tag, Tooltip, Typography } from 'antd';
import { CheckOutlined, EyeOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { CallerTicket, KbSuggestion, PossibleDuplicate } from './desk-api.ts';
import type { DeskText } from './text.ts';

// The right column: what the desk finds while the agent types. Each part scrolls inside itself, so the screen
// never does.

const sectionStyle: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  minHeight: 0,
  border: '1px solid #e5e7eb',
  borderRadius: 4,
};
const headerStyle: CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  gap: 8,
  padding: '4px 8px',
  background: '#f7f8fa',
  borderBottom: '1px solid #e5e7eb',
  fontWeight: 600,
};
const rowStyle: CSSProperties = { padding: '4px 8px', borderBottom: '1px solid #f0f0f0' };
const oneLine: CSSProperties = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' };

export function Section(props: {
  title: string;
  extra?: ReactNode;
  loading?: boolean;
  style?: CSSProperties;
  label: string;
  children: ReactNode;
}) {
  return (
    <section aria-label={props.label} style={{ ...sectionStyle, ...props.style }}>
      <div style={headerStyle}>
        <span>{props.title}</span>
        {props.loading ? <Spin size="small" /> : null}
        <span style={{ flex: 1 }} />
        {props.extra}
      </div>
      <div style={{ overflow: 'auto', minHeight: 0, flex: 1 }}>{props.children}</div>
    </section>
  );
}

function Hint({ text }: { text: string }) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={text}
      style={{ margin: '8px 0' }}
      styles={{ image: { height: 24 } }}
    />
  );
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
};
const decode = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);

/**
 * The search's highlights ("HTML-escaped, matched words in <mark>") as React elements: text stays text, so
 * nothing the server sends is ever parsed as markup.
 */
export function Highlighted({ html }: { html: string }) {
  const parts = html.split(/(<mark>.*?<\/mark>)/g);
  return (
    <>
      {parts.map((part, index) =>
        part.startsWith('<mark>') ? (
          <mark key={index} style={{ background: '#fff1b8', padding: 0 }}>
            {decode(part.slice(6, -7))}
          </mark>
        ) : (
          decode(part)
        ),
      )}
    </>
  );
}

export function KbList(props: {
  t: DeskText;
  typed: boolean;
  items: KbSuggestion[] | undefined;
  chosen: readonly string[];
  onView(item: KbSuggestion): void;
  onUse(item: KbSuggestion): void;
}) {
  const { t, items } = props;
  if (!props.typed) return <Hint text={t('kbEmpty')} />;
  if (items && items.length === 0) return <Hint text={t('kbNone')} />;
  return (
    <ol aria-label={t('kbTitle')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {(items ?? []).map((item, index) => {
        const chosen = props.chosen.includes(item.number);
        return (
          <li key={item.id} style={{ ...rowStyle, display: 'flex', gap: 6, alignItems: 'flex-start' }}>
            <Tooltip title={`Alt+${index + 1}`}>
              <Tag style={{ marginInlineEnd: 0 }} color={chosen ? 'blue' : undefined}>
                {index + 1}
              </Tag>
            </Tooltip>
            <div style={{ flex: 1, minWidth: 0 }}>
              <div style={oneLine}>
                <Typography.Text strong>
                  <Highlighted html={item.highlights.title} />
                </Typography.Text>{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {item.number}
                </Typography.Text>
                {item.expired ? (
                  <Tag color="orange" style={{ marginInlineStart: 4 }}>
                    {t('kbExpired')}
                  </Tag>
                ) : null}
              </div>
              <div style={{ ...oneLine, fontSize: 12, color: '#666' }}>
                <Highlighted html={item.highlights.snippet} />
              </div>
            </div>
            <Button size="small" type="text" icon={<EyeOutlined />} onClick={() => props.onView(item)}>
              {t('view')}
            </Button>
            <Button
              size="small"
              icon={chosen ? <CheckOutlined /> : undefined}
              onClick={() => props.onUse(item)}
              aria-label={`${t('useAnswer')} ${item.number}`}
            >
              {t('useAnswer')}
            </Button>
          </li>
        );
      })}
    </ol>
  );
}

function TicketLine(props: { number: string; stateLabel: string; receivedAt: string; title: string }) {
  return (
    <div style={{ ...oneLine, display: 'flex', gap: 6, alignItems: 'baseline' }}>
      <Link to={`/tickets/${props.number}`} target="_blank" rel="noopener">
        {props.number}
      </Link>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {props.receivedAt.slice(0, 10)}
      </Typography.Text>
      <Tag style={{ marginInlineEnd: 0 }}>{props.stateLabel}</Tag>
      <span style={oneLine}>{props.title}</span>
    </div>
  );
}

export function DuplicateList(props: {
  t: DeskText;
  askable: boolean;
  items: PossibleDuplicate[] | undefined;
  mergeInto: number | null;
  onChoose(item: PossibleDuplicate | null): void;
}) {
  const { t, items } = props;
  if (!props.askable) return <Hint text={t('duplicatesEmpty')} />;
  if (items && items.length === 0) return <Hint text={t('duplicatesNone')} />;
  return (
    <ul aria-label={t('duplicatesTitle')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {(items ?? []).map((item) => {
        const chosen = props.mergeInto === item.id;
        return (
          <li
            key={item.id}
            style={{ ...rowStyle, display: 'flex', gap: 6, background: chosen ? '#e6f4ff' : undefined }}
          >
            <div style={{ flex: 1, minWidth: 0 }}>
              <TicketLine {...item} />
              <div style={{ ...oneLine, fontSize: 12, color: '#666' }}>
                {item.reasons.map((reason) => (
                  <Tag key={reason} color="gold" style={{ fontSize: 11, lineHeight: '16px' }}>
                    {t(`reason_${reason}`)}
                  </Tag>
                ))}
                {item.address ?? ''}
              </div>
            </div>
            <Button
              size="small"
              type={chosen ? 'primary' : 'default'}
              icon={<MergeCellsOutlined />}
              aria-pressed={chosen}
              aria-label={`${t('mergeHere')} ${item.number}`}
              onClick={() => props.onChoose(chosen ? null : item)}
            >
              {chosen ? t('mergeChosen') : t('mergeHere')}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}

export function HistoryList(props: { t: DeskText; asked: boolean; items: CallerTicket[] | undefined }) {
  const { t, items } = props;
  if (!props.asked) return <Hint text={t('historyEmpty')} />;
  if (items && items.length === 0) return <Hint text={t('historyNone')} />;
  return (
    <ul aria-label={t('historyTitle')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {(items ?? []).map((item) => (
        <li key={item.id} style={rowStyle}>
          <TicketLine {...item} />
        </li>
      ))}
    </ul>
  );
}
