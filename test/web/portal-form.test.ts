import { describe, expect, it } from 'vitest';
import { highlightParts, plainMarkdown } from '../../web/src/portal/faq-text.ts';
import {
  appealBody,
  EMPTY_DRAFT,
  formFieldOf,
  validateDraft,
  type Draft,
  type PhotoItem,
} from '../../web/src/portal/submit-form.ts';

const LIMITS = {
  maxPhotos: 3,
  maxPhotoBytes: 5 * 1024 * 1024,
  photoTypes: ['image/jpeg', 'image/png', 'image/webp'],
  maxContentChars: 2000,
  maxOpenPerPhone: 5,
};

const draft = (change: Partial<Draft> = {}): Draft => ({
  ...EMPTY_DRAFT,
  appealType: 'complaint',
  categoryCode: '010102',
  content: '锦绣家园5号楼室温只有15度，请尽快处理。',
  phone: '13912345678',
  ...change,
});

const photo = (status: PhotoItem['status'], token?: string): PhotoItem => ({
  key: `k-${status}`,
  name: 'a.png',
  size: 100,
  preview: '',
  status,
  ...(token ? { token } : {}),
});

describe('the portal’s FAQ text', () => {
  it('keeps highlights as marked text and unescapes, so that the page renders words, never markup', () => {
    expect(highlightParts('停暖&lt;b&gt; <mark>报修</mark>电话<img src=x onerror=alert(1)>')).toEqual([
      { text: '停暖<b> ', marked: false },
      { text: '报修', marked: true },
      { text: '电话', marked: false },
    ]);
  });

  it('reads Markdown as plain text', () => {
    expect(plainMarkdown('## 报修\n市供暖办 **24 小时**电话，见[通知](https://gov.example/a)。')).toBe(
      '报修\n市供暖办 24 小时电话，见通知（https://gov.example/a）。',
    );
  });
});

describe('the appeal form before sending', () => {
  it('names every missing or wrong field as the server would', () => {
    expect(validateDraft(EMPTY_DRAFT, [], LIMITS)).toMatchObject({
      appealType: '请选择诉求类型',
      categoryCode: '请选择诉求分类',
      content: expect.stringContaining('至少 10 个字'),
      phone: expect.stringContaining('11 位手机号码'),
    });
    expect(validateDraft(draft({ content: '好'.repeat(2001) }), [], LIMITS).content).toContain('2000');
    expect(validateDraft(draft({ title: '标'.repeat(61) }), [], LIMITS).title).toContain('60');
    expect(validateDraft(draft(), [], LIMITS)).toEqual({});
  });

  it('waits for photos being uploaded and refuses to send a failed one silently', () => {
    expect(validateDraft(draft(), [photo('uploading')], LIMITS).photos).toContain('正在上传');
    expect(validateDraft(draft(), [photo('failed')], LIMITS).photos).toContain('未能上传');
  });

  it('sends a chosen place with the details typed after it, and only uploaded photos', () => {
    const place = {
      id: 7,
      name: '人民广场',
      address: '东区人民路 1 号',
      districtCode: 'D1',
      lat: null,
      long: null,
    };
    const body = appealBody(draft({ place, address: ' 北门 ', name: '  ' }), [photo('done', 'tok-1')]);
    expect(body).toMatchObject({ placeId: 7, address: '北门', photoTokens: ['tok-1'], website: '' });
    expect(body.name).toBeUndefined();
    expect(appealBody(draft(), []).placeId).toBeUndefined();
  });

  it('puts the server’s field names on the form’s fields', () => {
    expect(formFieldOf('photoTokens.1')).toBe('photos');
    expect(formFieldOf('placeId')).toBe('address');
    expect(formFieldOf('content')).toBe('content');
    expect(formFieldOf('website')).toBe('form');
  });
});
