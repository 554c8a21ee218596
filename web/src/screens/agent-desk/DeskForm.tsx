import { useEffect, useState, type RefObject } from 'react';
import { Cascader, Checkbox, Col, Form, Input, Radio, Row, Select, Tag, Typography } from 'antd';
import type { InputRef } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { matchesPath, withPinyinInitials, type CategoryOption } from './category-options.ts';
import { useCategoryOptions, useDictionary, useDistricts, type SuggestedUnit } from './desk-api.ts';
import type { DeskText } from './text.ts';

const item = { style: { marginBottom: 6 } } as const;
const LABEL_WIDTH = 64;

/** The appeal's fields, phone first. Field names are the intake body's, so server errors land on them. */
export function DeskForm(props: {
  t: DeskText;
  phoneRef: RefObject<InputRef | null>;
  suggestedUnits: { items: SuggestedUnit[] | undefined; asked: boolean };
  unitCodes: readonly string[];
  onToggleUnit(code: string): void;
  articleNumbers: readonly string[];
  onRemoveArticle(number: string): void;
}) {
  const { t } = props;
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('required', { field }) },
  ];
  const choose = (field: string) => [{ required: true, message: t('requiredChoice', { field }) }];
  const channels = useDictionary('channel');
  const appealTypes = useDictionary('appealType');
  const urgencies = useDictionary('urgency');
  const districts = useDistricts();
  const categories = useSearchableCategories();
  const options = (entries: { code: string; label: string }[] | undefined) =>
    (entries ?? []).map((e) => ({ value: e.code, label: e.label }));

  return (
    <div style={{ display: 'flex', flexDirection: 'column' }}>
      <Row gutter={8}>
        <Col span={9}>
          <Form.Item {...item} label={t('callerPhone')} name="callerPhone" tooltip={t('phoneHint')}>
            <Input ref={props.phoneRef} inputMode="tel" autoComplete="off" allowClear />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item {...item} label={t('callerName')} name="callerName" labelCol={{ flex: '52px' }}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item {...item} label={t('channel')} name="channel" rules={choose(t('channel'))}>
            <Select options={options(channels.data)} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={8}>
        <Col span={9}>
          <Form.Item {...item} label={t('appealType')} name="appealType" rules={choose(t('appealType'))}>
            <Select options={options(appealTypes.data)} showSearch optionFilterProp="label" />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item {...item} label={t('urgency')} name="urgency">
            <Radio.Group optionType="button" options={options(urgencies.data)} />
          </Form.Item>
        </Col>
        <Col span={6} style={{ display: 'flex', gap: 8, alignItems: 'center', height: 24, marginBottom: 6 }}>
          <Form.Item {...item} name="confidential" valuePropName="checked" noStyle>
            <Checkbox>{t('confidential')}</Checkbox>
          </Form.Item>
          <Form.Item {...item} name="revisitConsent" valuePropName="checked" noStyle>
            <Checkbox>{t('revisitConsent')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      <Form.Item {...item} label={t('category')} name="category" rules={choose(t('category'))}>
        <Cascader
          options={categories}
          placeholder={t('categoryPlaceholder')}
          showSearch={{ filter: matchesPath, limit: 30 }}
          expandTrigger="hover"
          displayRender={(labels) => labels.join(' / ')}
        />
      </Form.Item>
      <Row gutter={8}>
        <Col span={9}>
          <Form.Item {...item} label={t('district')} name="districtCode">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              options={(districts.data ?? []).map((d) => ({ value: d.code, label: d.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={15}>
          <Form.Item {...item} label={t('address')} name="address" labelCol={{ flex: '60px' }}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item {...item} label={t('suggestedUnits')}>
        <SuggestedUnits {...props} />
      </Form.Item>
      <Form.Item {...item} label={t('title')} name="title" rules={required(t('title'))}>
        <Input autoComplete="off" maxLength={200} />
      </Form.Item>
      <Form.Item {...item} label={t('content')} name="content" rules={required(t('content'))}>
        <Input.TextArea rows={11} maxLength={8000} />
      </Form.Item>
      <Form.Item {...item} label={t('answer')} name={['disposition', 'answer']}>
        <Input.TextArea rows={7} maxLength={4000} placeholder={t('answerPlaceholder')} />
      </Form.Item>
      <Form.Item {...item} label={t('articles')} style={{ marginBottom: 0 }}>
        <div style={{ minHeight: 22 }}>
          {props.articleNumbers.map((number) => (
            <Tag key={number} closable onClose={() => props.onRemoveArticle(number)} color="blue">
              {number}
            </Tag>
          ))}
        </div>
      </Form.Item>
    </div>
  );
}

export const FORM_LABEL_COL = { flex: `${LABEL_WIDTH}px` };

function SuggestedUnits(props: {
  t: DeskText;
  suggestedUnits: { items: SuggestedUnit[] | undefined; asked: boolean };
  unitCodes: readonly string[];
  onToggleUnit(code: string): void;
}) {
  const { t, suggestedUnits } = props;
  if (!suggestedUnits.asked) return <Typography.Text type="secondary">{t('noSuggestion')}</Typography.Text>;
  if (suggestedUnits.items?.length === 0)
    return <Typography.Text type="secondary">{t('noHistory')}</Typography.Text>;
  return (
    <div role="group" aria-label={t('suggestedUnits')} style={{ minHeight: 22 }}>
      {(suggestedUnits.items ?? []).map((unit) => {
        const checked = props.unitCodes.includes(unit.unitCode);
        return (
          <Tag.CheckableTag
            key={unit.unitCode}
            checked={checked}
            onChange={() => props.onToggleUnit(unit.unitCode)}
            icon={checked ? <CheckOutlined /> : null}
            // Read at a glance: the chosen unit in solid colour, the others outlined.
            style={
              checked
                ? { background: '#1f5fa8', color: '#fff', border: '1px solid #1f5fa8', transition: 'none' }
                : { border: '1px solid #d9d9d9', transition: 'none' }
            }
          >
            {unit.unitName} · {unit.count}
          </Tag.CheckableTag>
        );
      })}
    </div>
  );
}

/** The code list for the cascader; pinyin initials join the search once their chunk has loaded. */
function useSearchableCategories(): CategoryOption[] {
  const { data } = useCategoryOptions();
  const [withInitials, setWithInitials] = useState<CategoryOption[] | null>(null);
  useEffect(() => {
    if (!data) return undefined;
    let live = true;
    void withPinyinInitials(data).then((options) => {
      if (live) setWithInitials(options);
    });
    return () => {
      live = false;
    };
  }, [data]);
  return withInitials ?? data ?? [];
}
