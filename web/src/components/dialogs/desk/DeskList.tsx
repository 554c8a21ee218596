import { useEffect, useRef, type ReactNode } from 'react';
import { Typography } from 'antd';
import { DeadlineText, FlagTag, UrgencyTag } from '../../TicketTags.tsx';
import type { QueueItem } from './desk-api.ts';
import { useDeskText } from './text.ts';

/**
 * The dense list on the left: two lines per ticket (number, urgency, due; title; then what the desk adds). A
 * listbox: arrow keys and J/K move, the selected row scrolls into view.
 */
export function DeskList(props: {
  items: readonly QueueItem[];
  selected: string | null;
  onSelect(number: string): void;
  onOpen(number: string): void;
  /** The desk's second line (category, unit, caller…) */
  detail?: (item: QueueItem) => ReactNode;
  /** The deadline that matters to this desk; the row's own by default. */
  due?: (item: QueueItem) => string | null;
}) {
  const t = useDeskText();
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const row = list.current?.querySelector('[aria-selected="true"]');
    row?.scrollIntoView({ block: 'nearest' });
  }, [props.selected]);
  if (props.items.length === 0)
    return (
      <Typography.Text type="secondary" style={{ display: 'block', padding: 24, textAlign: 'center' }}>
        {t('empty')}
      </Typography.Text>
    );
  return (
    <div
      ref={list}
      role="listbox"
      aria-label={t('list')}
      style={{ overflowY: 'auto', flex: 1, minHeight: 0 }}
    >
      {props.items.map((item) => {
        const active = item.number === props.selected;
        return (
          <div
            key={item.id}
            role="option"
            aria-selected={active}
            tabIndex={-1}
            onClick={() => props.onSelect(item.number)}
            onDoubleClick={() => props.onOpen(item.number)}
            style={{
              padding: '5px 10px 5px 8px',
              borderLeft: `3px solid ${active ? '#1677ff' : 'transparent'}`,
              borderBottom: '1px solid #f0f0f0',
              background: active ? '#e6f4ff' : undefined,
              cursor: 'pointer',
              fontSize: 12,
              lineHeight: '18px',
            }}
          >
            <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
              <span style={{ fontFamily: 'monospace', color: '#595959' }}>{item.number}</span>
              <UrgencyTag urgency={item.urgency} />
              <FlagTag flag={item.flag} />
              {item.supervised ? <span style={{ color: '#cf1322' }}>{t('supervised')}</span> : null}
              <span style={{ flex: 1 }} />
              <RowDue due={props.due ? props.due(item) : (item.unitDueAt ?? item.dueAt)} />
            </div>
            <div
              style={{
                fontSize: 13,
                color: '#1f1f1f',
                overflow: 'hidden',
                textOverflow: 'ellipsis',
                whiteSpace: 'nowrap',
              }}
              title={item.title}
            >
              {item.title}
            </div>
            {props.detail ? (
              <div
                style={{
                  color: '#8c8c8c',
                  overflow: 'hidden',
                  textOverflow: 'ellipsis',
                  whiteSpace: 'nowrap',
                }}
              >
                {props.detail(item)}
              </div>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

/** A row shows a deadline only where one runs (nothing waiting for dispatch has one yet). */
function RowDue({ due }: { due: string | null }) {
  return due ? <DeadlineText due={due} /> : null;
}
