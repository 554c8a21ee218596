import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Form } from 'antd';
import type { InputRef } from 'antd';
import { useSearchParams } from 'react-router';
import { kbContract } from '../../../../src/contracts/kb.contract.ts';
import { useApi } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useAbilities } from '../../api/session.ts';
import { useShortcut } from '../../app/shortcuts.ts';
import { ActionBar, DispositionDialog } from './ActionBar.tsx';
import { ArticleDrawer } from './ArticleDrawer.tsx';
import { DeskForm, FORM_LABEL_COL } from './DeskForm.tsx';
import { DeskSide } from './DeskSide.tsx';
import {
  clearDraft,
  freshDraft,
  hasContent,
  INITIAL_VALUES,
  isLookupPhone,
  loadDraft,
  normalisePhone,
  saveDraft,
  type DeskChoices,
  type DeskDraft,
  type DeskValues,
} from './draft.ts';
import {
  useCallerTickets,
  useDebounced,
  useKbSuggestions,
  usePossibleDuplicates,
  useSuggestedUnits,
  type KbSuggestion,
} from './desk-api.ts';
import { submitAppeal, type DeskAction, type Submitted } from './submit-appeal.ts';
import { useText } from './text.ts';

const BASE_FIELDS = ['callerPhone', 'channel', 'appealType', 'category', 'title', 'content'];
const ANSWER_LIMIT = 4000;

/**
 * 受理台: one call on one screen. The form keeps every keystroke in sessionStorage until a submit succeeds, so a
 * failed submit, a re-login or a reload loses nothing; the right column finds knowledge, duplicates and the
 * caller's history as the agent types.
 */
export default function AgentDeskScreen() {
  const t = useText();
  const api = useApi();
  const can = useAbilities();
  const showError = useApiErrorHandler();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DeskValues>();
  const initial = useMemo(() => loadDraft(), []);
  const draft = useRef<DeskDraft>(initial.draft);
  const [choices, setChoicesState] = useState<DeskChoices>(initial.draft.choices);
  const [busy, setBusy] = useState<DeskAction | null>(null);
  const [dialog, setDialog] = useState<'reject' | 'transfer' | null>(null);
  const [articleId, setArticleId] = useState<number | null>(null);
  const [last, setLast] = useState<Submitted | null>(null);
  const phoneRef = useRef<InputRef>(null);

  const persist = useCallback(
    (change: Partial<DeskDraft>) => {
      draft.current = { ...draft.current, values: form.getFieldsValue(true), ...change };
      saveDraft(draft.current);
    },
    [form],
  );
  const setChoices = (change: Partial<DeskChoices>) => {
    const next = { ...draft.current.choices, ...change };
    setChoicesState(next);
    persist({ choices: next });
  };

  useEffect(() => {
    // The form's initial values stay the blank ones, so that a reset after a submit blanks it.
    form.setFieldsValue(initial.draft.values);
    if (initial.restored) message.info(t('draftRestored'));
    phoneRef.current?.focus();
    // once, for the draft found on arrival
  }, []);

  // What the lookups follow: settled values, not every keystroke.
  const phone = normalisePhone(Form.useWatch('callerPhone', form));
  const settledPhone = useDebounced(phone, 300);
  const lookupPhone = isLookupPhone(settledPhone) ? settledPhone : null;
  const categoryCode = (Form.useWatch('category', form) as string[] | undefined)?.at(-1);
  const district = Form.useWatch('districtCode', form) as string | undefined;
  const address = useDebounced((Form.useWatch('address', form) as string | undefined)?.trim() ?? '', 300);
  const title = (Form.useWatch('title', form) as string | undefined) ?? '';
  const content = (Form.useWatch('content', form) as string | undefined) ?? '';
  const kbText = useDebounced(`${title} ${content}`.trim().slice(0, 200), 250);

  const history = useCallerTickets(lookupPhone);
  const duplicates = usePossibleDuplicates({
    categoryCode,
    district,
    ...(address ? { address } : {}),
    ...(lookupPhone ? { phone: lookupPhone } : {}),
  });
  const units = useSuggestedUnits(categoryCode, district);
  const kb = useKbSuggestions(kbText, district);

  const startNewCall = useCallback(() => {
    clearDraft();
    draft.current = freshDraft();
    form.resetFields();
    setChoicesState(draft.current.choices);
    saveDraft(draft.current);
    phoneRef.current?.focus();
  }, [form]);

  // A call put through to this desk (`/desk?phone=…`: the telephone system's screen pop, or 受理台 from the
  // missed-call list) fills the caller's number. A form already holding another caller's appeal is not thrown
  // away unasked. The number leaves the address at once, so a reload does not ask again.
  const [params, setParams] = useSearchParams();
  const incomingPhone = params.get('phone');
  useEffect(() => {
    if (incomingPhone === null) return;
    setParams(
      (current) => {
        current.delete('phone');
        return current;
      },
      { replace: true },
    );
    const phone = normalisePhone(incomingPhone).slice(0, 20);
    if (!isLookupPhone(phone)) return;
    const take = () => {
      form.setFieldValue('callerPhone', phone);
      persist({});
    };
    const values = form.getFieldsValue(true) as DeskValues;
    if (!hasContent(values) || normalisePhone(values.callerPhone) === phone) return take();
    modal.confirm({
      title: t('incomingCall', { phone }),
      content: t('incomingCallBody'),
      okText: t('startIncoming'),
      cancelText: t('keepDraft'),
      onOk: () => {
        startNewCall();
        take();
      },
    });
    // only when a number arrives
  }, [incomingPhone]);

  const askNewCall = () => {
    if (!hasContent(form.getFieldsValue(true))) return startNewCall();
    modal.confirm({
      title: t('newCallConfirm'),
      content: t('newCallConfirmBody'),
      okText: t('confirm'),
      cancelText: t('cancel'),
      onOk: startNewCall,
    });
  };

  /** 以此答复: the article's approved words fill the answer (appended to what is there) and it is recorded. */
  const answerWithArticle = async (article: { number: string; id?: number; content?: string }) => {
    try {
      const text =
        article.content ??
        (await (async () => {
          const detail = await api.call(kbContract.getArticle, { params: { id: article.id! } });
          const live = detail.revisions.find((r) => r.version === detail.publishedVersion);
          return live?.content ?? detail.content;
        })());
      const current = form.getFieldValue(['disposition', 'answer']) as string | undefined;
      const answer = (current?.trim() ? `${current.trim()}\n\n${text}` : text).slice(0, ANSWER_LIMIT);
      form.setFieldValue(['disposition', 'answer'], answer);
      form.setFields([{ name: ['disposition', 'answer'], errors: [] }]);
      const numbers = choices.articleNumbers.includes(article.number)
        ? choices.articleNumbers
        : [...choices.articleNumbers, article.number].slice(-5);
      setChoices({ articleNumbers: numbers });
    } catch (error) {
      showError(error);
    }
  };
  const pickSuggestion = (item: KbSuggestion | undefined) => {
    if (item) void answerWithArticle({ number: item.number, id: item.id });
  };

  const mayMerge = can('ticketCommands.merge');
  const unitNames = () =>
    choices.unitCodes
      .map((code) => units.data?.find((u) => u.unitCode === code)?.unitName ?? code)
      .join('、');

  async function submit(action: DeskAction) {
    if (busy) return;
    try {
      await form.validateFields(BASE_FIELDS);
    } catch {
      return; // antd shows each field's message; nothing typed is touched
    }
    const values = form.getFieldsValue(true) as DeskValues;
    const answer = values.disposition?.answer?.trim() ?? '';
    if (action === 'directAnswer' && !answer) {
      form.setFields([{ name: ['disposition', 'answer'], errors: [t('answerRequired')] }]);
      return;
    }
    if (action === 'merge' && !choices.mergeInto) {
      message.warning(t('mergeNeedsTarget'));
      return;
    }
    const notes = [
      ...(choices.unitCodes.length ? [t('noteUnits', { units: unitNames() })] : []),
      ...(action === 'merge' && choices.mergeInto
        ? [t('noteDuplicate', { number: choices.mergeInto.number })]
        : []),
    ];
    const note = notes.length ? notes.join('；') : null;
    const realMerge = action === 'merge' && mayMerge;
    const disposition =
      action === 'directAnswer'
        ? { type: 'directAnswer' as const, answer, articleNumbers: choices.articleNumbers }
        : action === 'reject'
          ? { type: 'reject' as const, reason: values.disposition?.reason?.trim() ?? '' }
          : action === 'transfer'
            ? {
                type: 'transfer' as const,
                target: values.disposition?.target ?? '110',
                note: values.disposition?.note?.trim() || null,
              }
            : realMerge
              ? null
              : { type: 'requestDispatch' as const, note };
    setBusy(action);
    try {
      const done = await submitAppeal(
        api,
        draft.current,
        values,
        { action, disposition, mergeInto: realMerge ? choices.mergeInto!.id : null },
        (registered) => persist({ registered }),
      );
      setLast(done);
      setDialog(null);
      message.success(t('submitted', { number: done.number, state: done.stateLabel }));
      startNewCall();
      void queryClient.invalidateQueries({ queryKey: queryKeys.tickets });
      void queryClient.invalidateQueries({ queryKey: queryKeys.queues });
    } catch (error) {
      showError(error, { form });
      const registered = draft.current.registered;
      if (registered) message.warning(t('registeredBeforeMerge', { number: registered.number }));
    } finally {
      setBusy(null);
    }
  }

  useShortcut({ keys: 'F2', label: t('shortcutFocusPhone'), run: () => phoneRef.current?.focus() });
  useShortcut({ keys: 'Ctrl+Enter', label: t('requestDispatch'), run: () => void submit('requestDispatch') });
  useShortcut({ keys: 'Alt+D', label: t('directAnswer'), run: () => void submit('directAnswer') });
  useShortcut({ keys: 'Alt+R', label: t('shortcutReject'), run: () => setDialog('reject') });
  useShortcut({ keys: 'Alt+T', label: t('shortcutTransfer'), run: () => setDialog('transfer') });
  useShortcut({ keys: 'Alt+M', label: t('merge'), run: () => void submit('merge') });
  useShortcut({ keys: 'Alt+N', label: t('newCall'), run: askNewCall });
  const suggestions = kb.data ?? [];

  return (
    <Form
      form={form}
      initialValues={INITIAL_VALUES}
      onValuesChange={() => persist({})}
      labelCol={FORM_LABEL_COL}
      labelAlign="left"
      colon={false}
      style={{ height: '100%', display: 'flex', flexDirection: 'column' }}
    >
      <div style={{ flex: 1, minHeight: 0, display: 'flex', gap: 12, padding: '10px 12px 0' }}>
        <div style={{ flex: '0 0 56%', minWidth: 0, overflow: 'auto' }}>
          <DeskForm
            t={t}
            phoneRef={phoneRef}
            suggestedUnits={{ items: units.data, asked: Boolean(categoryCode) }}
            unitCodes={choices.unitCodes}
            onToggleUnit={(code) =>
              setChoices({
                unitCodes: choices.unitCodes.includes(code)
                  ? choices.unitCodes.filter((c) => c !== code)
                  : [...choices.unitCodes, code],
              })
            }
            articleNumbers={choices.articleNumbers}
            onRemoveArticle={(number) =>
              setChoices({ articleNumbers: choices.articleNumbers.filter((n) => n !== number) })
            }
          />
        </div>
        <DeskSide
          t={t}
          kb={{ typed: kbText.length >= 2, items: kb.data, loading: kb.isFetching }}
          chosenArticles={choices.articleNumbers}
          onViewArticle={(item) => setArticleId(item.id)}
          onUseArticle={pickSuggestion}
          duplicates={{
            askable: Boolean((categoryCode && district) || lookupPhone),
            items: duplicates.data,
            loading: duplicates.isFetching,
          }}
          mergeInto={choices.mergeInto?.id ?? null}
          onChooseMerge={(item) =>
            setChoices({ mergeInto: item ? { id: item.id, number: item.number } : null })
          }
          history={{ asked: lookupPhone !== null, data: history.data, loading: history.isFetching }}
        />
      </div>
      <ActionBar
        t={t}
        busy={busy}
        last={last}
        mergeInto={choices.mergeInto}
        mayMerge={mayMerge}
        onAction={(action) =>
          action === 'reject' || action === 'transfer' ? setDialog(action) : void submit(action)
        }
        onNewCall={askNewCall}
      />
      <DispositionDialog
        t={t}
        open={dialog}
        busy={busy !== null}
        onCancel={() => setDialog(null)}
        onOk={async () => {
          const field = dialog === 'reject' ? ['disposition', 'reason'] : ['disposition', 'target'];
          try {
            await form.validateFields([field]);
          } catch {
            return;
          }
          await submit(dialog!);
        }}
      />
      {[1, 2, 3, 4, 5].map((n) => (
        <PickShortcut
          key={n}
          n={n}
          label={t('shortcutPick', { n })}
          run={() => pickSuggestion(suggestions[n - 1])}
        />
      ))}
      <ArticleDrawer
        t={t}
        id={articleId}
        onClose={() => setArticleId(null)}
        onUse={(article) => {
          void answerWithArticle(article);
          setArticleId(null);
        }}
      />
    </Form>
  );
}

/** Alt+1 … Alt+5: answer with the n-th knowledge suggestion. */
function PickShortcut(props: { n: number; label: string; run(): void }) {
  useShortcut({ keys: `Alt+${props.n}`, label: props.label, run: props.run });
  return null;
}
