import { Typography } from 'antd';
import type { CallerTicket, KbSuggestion, PossibleDuplicate } from './desk-api.ts';
import { DuplicateList, HistoryList, KbList, Section } from './SidePanels.tsx';
import type { DeskText } from './text.ts';

/** The right column: knowledge first (most calls end with an answer), then duplicates, then the caller's past. */
export function DeskSide(props: {
  t: DeskText;
  kb: { typed: boolean; items: KbSuggestion[] | undefined; loading: boolean };
  chosenArticles: readonly string[];
  onViewArticle(item: KbSuggestion): void;
  onUseArticle(item: KbSuggestion): void;
  duplicates: { askable: boolean; items: PossibleDuplicate[] | undefined; loading: boolean };
  mergeInto: number | null;
  onChooseMerge(item: PossibleDuplicate | null): void;
  history: {
    asked: boolean;
    data: { items: CallerTicket[]; total: number } | undefined;
    loading: boolean;
  };
}) {
  const { t, kb, duplicates, history } = props;
  return (
    <div style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 8, paddingBottom: 8 }}>
      <Section title={t('kbTitle')} label={t('kbTitle')} loading={kb.loading} style={{ flex: '0 0 auto' }}>
        <KbList
          t={t}
          typed={kb.typed}
          items={kb.items}
          chosen={props.chosenArticles}
          onView={props.onViewArticle}
          onUse={props.onUseArticle}
        />
      </Section>
      <Section
        title={t('duplicatesTitle')}
        label={t('duplicatesTitle')}
        loading={duplicates.loading}
        style={{ flex: '1 1 0' }}
        extra={
          duplicates.askable && duplicates.items?.length ? (
            <Typography.Text type="secondary">{duplicates.items.length}</Typography.Text>
          ) : null
        }
      >
        <DuplicateList
          t={t}
          askable={duplicates.askable}
          items={duplicates.items}
          mergeInto={props.mergeInto}
          onChoose={props.onChooseMerge}
        />
      </Section>
      <Section
        title={t('historyTitle')}
        label={t('historyTitle')}
        loading={history.loading}
        style={{ flex: '1 1 0' }}
        extra={
          history.asked && history.data ? (
            <Typography.Text type="secondary">{t('historyCount', { n: history.data.total })}</Typography.Text>
          ) : null
        }
      >
        <HistoryList t={t} asked={history.asked} items={history.data?.items} />
      </Section>
    </div>
  );
}
