import { useEffect, useState } from 'react';
import { Alert, App, Button, Col, DatePicker, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { KB, kbKeys, useKbArticle, type KbArticle, type KbArticleDraft } from '../../api/kb.ts';
import { useShortcut } from '../../app/shortcuts.ts';
import { ErrorPage, LoadingBlock } from '../../app/StatusPages.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { Markdown } from './Markdown.tsx';
import { CategoryPicker } from './parts.tsx';
import { useText, type KbText } from './text.ts';

interface Values {
  title: string;
  content: string;
  categoryCode: string | null;
  unitCode?: string;
  keywords: string[];
  districtCodes: string[];
  effectiveFrom: Dayjs | null;
  expiresOn: Dayjs | null;
  internalNote: string | null;
  changeNote: string | null;
}

const DISTRICT_KINDS = ['district', 'zone'] as const;
/** The text and its preview fill what the fields above and below (and the conflict notice) leave of the window. */
const editorHeight = (notice: boolean) => `max(200px, calc(100vh - ${notice ? 420 : 330}px))`;
const day = (text: string | null) => (text ? dayjs(text) : null);

function valuesOf(article: KbArticle): Values {
  return {
    title: article.title,
    content: article.content,
    categoryCode: article.categoryCode,
    unitCode: article.unitCode,
    keywords: article.keywords,
    districtCodes: article.districtCodes,
    effectiveFrom: day(article.effectiveFrom),
    expiresOn: day(article.expiresOn),
    internalNote: article.internalNote,
    changeNote: null,
  };
}

function draftOf(values: Values): KbArticleDraft {
  return {
    title: values.title,
    content: values.content,
    categoryCode: values.categoryCode ?? null,
    ...(values.unitCode ? { unitCode: values.unitCode } : {}),
    keywords: values.keywords ?? [],
    districtCodes: values.districtCodes ?? [],
    effectiveFrom: values.effectiveFrom ? values.effectiveFrom.format('YYYY-MM-DD') : null,
    expiresOn: values.expiresOn ? values.expiresOn.format('YYYY-MM-DD') : null,
    internalNote: values.internalNote || null,
    changeNote: values.changeNote || null,
  };
}

/** `/kb/articles/new` and `/kb/articles/:id/edit`: the form loads once the article is here. */
export default function KbEditorScreen() {
  const t = useText();
  const id = Number(useParams().id) || null;
  const article = useKbArticle(id, { fresh: true });
  // Wait for this visit's own read: a cached copy may carry an older version to edit from.
  if (id !== null && !article.isFetchedAfterMount && !article.error) return <LoadingBlock />;
  if (id !== null && article.error instanceof ApiError) {
    return <ErrorPage detail={article.error.message} onRetry={() => void article.refetch()} />;
  }
  return <Editor t={t} article={id !== null ? (article.data ?? null) : null} />;
}

/**
 * The Markdown editor: a text area with its preview beside it, rendered as the article page renders it. An
 * edit carries the version it started from; when someone else saved meanwhile the server answers 409, the text
 * stays as typed and the user chooses to look at the latest version or to save over it.
 */
function Editor({ t, article }: { t: KbText; article: KbArticle | null }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [baseVersion, setBaseVersion] = useState(article?.version ?? 0);
  const [stale, setStale] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const content = Form.useWatch('content', form) ?? '';

  useEffect(() => {
    if (article) form.setFieldsValue(valuesOf(article));
    // Only the article it opened with: a later refetch must not overwrite what is being typed.
  }, [article?.id]);

  const save = async (andSubmit: boolean) => {
    const values = await form.validateFields().catch(() => null);
    if (!values || busy) return;
    setBusy(true);
    try {
      const saved = article
        ? await api.call(KB.revise, {
            params: { id: article.id },
            body: { ...draftOf(values), version: baseVersion },
          })
        : await api.call(KB.create, { body: draftOf(values) });
      setStale(null);
      setBaseVersion(saved.version);
      if (andSubmit) {
        await api.call(KB.action, {
          params: { id: saved.id, action: 'submit' },
          body: { version: saved.version, comment: null },
        });
      }
      message.success(t('saved'));
      await queryClient.invalidateQueries({ queryKey: kbKeys.all });
      navigate(`/kb/articles/${saved.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT' && article) {
        // Learn the version that won, keep every field as typed.
        const latest = await api.call(KB.get, { params: { id: article.id } }).catch(() => null);
        setStale(latest?.version ?? baseVersion + 1);
      } else {
        showError(error, { form });
      }
    } finally {
      setBusy(false);
    }
  };

  useShortcut({ keys: 'Ctrl+S', label: t('save'), run: () => void save(false), inFields: true });
  useShortcut({ keys: 'Ctrl+Enter', label: t('saveAndSubmit'), run: () => void save(true), inFields: true });

  return (
    <div style={{ padding: '8px 16px', display: 'flex', flexDirection: 'column', gap: 8, height: '100%' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Link to={article ? `/kb/articles/${article.id}` : '/kb'}>← {t('back')}</Link>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {article ? t('editorEdit', { number: article.number }) : t('editorNew')}
        </Typography.Title>
        <span style={{ flex: 1 }} />
        <Space size={8}>
          <Button loading={busy} onClick={() => void save(false)}>
            {t('save')}
          </Button>
          <Button type="primary" loading={busy} onClick={() => void save(true)}>
            {t('saveAndSubmit')}
          </Button>
        </Space>
      </div>
      {stale !== null && article ? (
        <Alert
          type="warning"
          showIcon
          title={t('staleTitle')}
          description={t('staleBody')}
          action={
            <Space direction="vertical" size={4}>
              <Button size="small" onClick={() => window.open(`/kb/articles/${article.id}`, '_blank')}>
                {t('reloadLatest')}
              </Button>
              <Button
                size="small"
                danger
                onClick={() => {
                  setBaseVersion(stale);
                  setStale(null);
                }}
              >
                {t('keepMine')}
              </Button>
            </Space>
          }
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        size="small"
        initialValues={{ keywords: [], districtCodes: [], categoryCode: null }}
        style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
        requiredMark={false}
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="title" label={t('articleTitle')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="categoryCode" label={t('category')}>
              <CategoryPicker />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="unitCode" label={t('unit')}>
              <UnitSelect allowClear />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="keywords" label={t('keywords')} tooltip={t('keywordsHint')}>
              <Select mode="tags" tokenSeparators={[',', '，', '、', ' ']} maxCount={20} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="districtCodes" label={t('district')} tooltip={t('districtsHint')}>
              <UnitSelect multiple kinds={DISTRICT_KINDS} placeholder={t('allCity')} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="effectiveFrom" label={t('effectiveFrom')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="expiresOn" label={t('expiresOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12} style={{ flex: 1, minHeight: 0 }}>
          <Col span={12} style={{ display: 'flex', flexDirection: 'column' }}>
            <Form.Item name="content" label={t('content')} rules={[{ required: true, whitespace: true }]}>
              <Input.TextArea
                aria-label={t('content')}
                style={{ height: editorHeight(stale !== null), fontFamily: 'monospace', resize: 'none' }}
                maxLength={100_000}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <div style={{ fontSize: 12, color: '#888', padding: '0 0 4px' }}>{t('preview')}</div>
            <div
              role="region"
              aria-label={t('preview')}
              style={{
                height: editorHeight(stale !== null),
                overflowY: 'auto',
                border: '1px solid #f0f0f0',
                padding: '4px 10px',
              }}
            >
              {content.trim() ? (
                <Typography>
                  <Markdown source={content} />
                </Typography>
              ) : (
                <Typography.Text type="secondary">{t('previewEmpty')}</Typography.Text>
              )}
            </div>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="changeNote" label={t('changeNote')}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="internalNote" label={t('internalNote')}>
              <Input maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </div>
  );
}
