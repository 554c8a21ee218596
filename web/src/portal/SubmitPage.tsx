import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, fieldErrors, loadOptions, messageOf, submitAppeal, type PortalOptions } from './api.ts';
import { CategoryPicker } from './CategoryPicker.tsx';
import { countChars } from './format.ts';
import { PhotoPicker } from './PhotoPicker.tsx';
import { PlacePicker } from './PlacePicker.tsx';
import { navigate } from './router.tsx';
import {
  appealBody,
  EMPTY_DRAFT,
  FIELD_ORDER,
  formFieldOf,
  loadDraft,
  MAX_TITLE_CHARS,
  saveDraft,
  validateDraft,
  type Draft,
  type FieldErrors,
  type PhotoItem,
} from './submit-form.ts';
import { Field, Notice, PageTitle, Spinner, Switch } from './ui.tsx';

/** /portal/submit: 我要反映. */
export default function SubmitPage() {
  const [options, setOptions] = useState<PortalOptions | null>(null);
  const [loadError, setLoadError] = useState('');

  useEffect(() => {
    loadOptions().then(setOptions, (error: unknown) => setLoadError(messageOf(error)));
  }, []);

  return (
    <>
      <PageTitle title="我要反映">我要反映</PageTitle>
      <p className="lead">请如实填写。提交后会得到工单编号，凭编号和手机号可以查询办理进度。</p>
      {loadError ? (
        <Notice kind="error">
          {loadError}
          <button type="button" className="link-button" onClick={() => window.location.reload()}>
            重新加载
          </button>
        </Notice>
      ) : options ? (
        <AppealForm options={options} />
      ) : (
        <Spinner label="正在加载表单…" />
      )}
    </>
  );
}

const id = (field: string) => `f-${field}`;

function AppealForm({ options }: { options: PortalOptions }) {
  const [draft, setDraft] = useState<Draft>(loadDraft);
  const [photos, setPhotos] = useState<PhotoItem[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [photoNotice, setPhotoNotice] = useState('');
  const [choosingPlace, setChoosingPlace] = useState(false);
  const [sending, setSending] = useState(false);
  const { limits } = options;

  useEffect(() => saveDraft(draft), [draft]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    if (errors[key as keyof FieldErrors]) setErrors((current) => ({ ...current, [key]: undefined }));
  };

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) document.getElementById(id(first))?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateDraft(draft, photos, limits);
    if (Object.keys(found).length) return showErrors(found);
    setSending(true);
    try {
      const received = await submitAppeal(appealBody(draft, photos));
      saveDraft(null);
      setDraft(EMPTY_DRAFT);
      navigate(`/portal/submitted?number=${encodeURIComponent(received.number)}`);
    } catch (error) {
      const placed: FieldErrors = {};
      for (const [field, message] of Object.entries(fieldErrors(error)))
        placed[formFieldOf(field)] ??= message;
      const unplaced = !FIELD_ORDER.some((field) => placed[field]);
      if (unplaced || (error instanceof ApiError && error.status !== 400)) placed.form = messageOf(error);
      showErrors(placed);
      if (placed.form) document.getElementById('form-error')?.focus();
    } finally {
      setSending(false);
    }
  };

  const contentChars = countChars(draft.content);
  const uploading = photos.some((photo) => photo.status === 'uploading');

  return (
    <form className="form" noValidate onSubmit={submit} aria-label="诉求表单">
      <fieldset
        className={errors.appealType ? 'field field-invalid' : 'field'}
        aria-describedby={errors.appealType ? 'f-appealType-error' : undefined}
      >
        <legend className="field-label">
          诉求类型<span className="required"> （必填）</span>
        </legend>
        <div className="chips">
          {options.appealTypes.map((type, index) => (
            <label key={type.key} className="chip">
              <input
                id={index === 0 ? id('appealType') : undefined}
                type="radio"
                name="appealType"
                value={type.key}
                checked={draft.appealType === type.key}
                onChange={() => set('appealType', type.key)}
              />
              <span>{type.label}</span>
            </label>
          ))}
        </div>
        {errors.appealType ? (
          <p id="f-appealType-error" className="field-error" role="alert">
            {errors.appealType}
          </p>
        ) : null}
      </fieldset>

      <Field id={id('categoryCode')} label="诉求分类" required error={errors.categoryCode}>
        {(control) => (
          <CategoryPicker
            control={control}
            labelId={`${id('categoryCode')}-label`}
            categories={options.categories}
            value={draft.categoryCode}
            valueLabel={draft.categoryPath}
            onChange={(code, path) => {
              setDraft((current) => ({ ...current, categoryCode: code, categoryPath: path }));
              setErrors((current) => ({ ...current, categoryCode: undefined }));
            }}
          />
        )}
      </Field>

      <Field
        id={id('content')}
        label="诉求内容"
        required
        error={errors.content}
        hint="请写明时间、地点、问题经过和您的诉求。"
        aside={
          <span className={contentChars > limits.maxContentChars ? 'counter counter-over' : 'counter'}>
            {contentChars}/{limits.maxContentChars}
          </span>
        }
      >
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={6}
            value={draft.content}
            onChange={(event) => set('content', event.target.value)}
          />
        )}
      </Field>

      <Field
        id={id('title')}
        label="标题"
        error={errors.title}
        hint="不填时取诉求内容的开头。"
        aside={
          <span className="counter">
            {countChars(draft.title)}/{MAX_TITLE_CHARS}
          </span>
        }
      >
        {(control) => (
          <input
            {...control}
            className="input"
            value={draft.title}
            onChange={(event) => set('title', event.target.value)}
          />
        )}
      </Field>

      <Field
        id={id('address')}
        label="诉求地址"
        error={errors.address}
        hint={draft.place ? '可以补充门牌、楼栋、出入口等详细位置。' : '如：东区锦绣路 18 号锦绣家园 5 号楼'}
      >
        {(control) => (
          <>
            {draft.place ? (
              <div className="chosen">
                <span>
                  <strong>{draft.place.name}</strong>
                  <span className="muted"> {draft.place.address}</span>
                </span>
                <button
                  type="button"
                  className="button button-text"
                  aria-label={`不选地点“${draft.place.name}”`}
                  onClick={() => set('place', null)}
                >
                  移除
                </button>
              </div>
            ) : null}
            <input
              {...control}
              className="input"
              autoComplete="street-address"
              placeholder={draft.place ? '详细位置（选填）' : undefined}
              value={draft.address}
              onChange={(event) => set('address', event.target.value)}
            />
            {draft.place ? null : choosingPlace ? (
              <PlacePicker
                district={draft.districtCode}
                onClose={() => {
                  setChoosingPlace(false);
                  document.getElementById(id('address'))?.focus();
                }}
                onPick={(place) => {
                  setDraft((current) => ({
                    ...current,
                    place,
                    districtCode: current.districtCode || place.districtCode || '',
                  }));
                  setChoosingPlace(false);
                  document.getElementById(id('address'))?.focus();
                }}
              />
            ) : (
              <button type="button" className="link-button" onClick={() => setChoosingPlace(true)}>
                或从常用地点中选择（广场、学校、车站等）
              </button>
            )}
          </>
        )}
      </Field>

      <Field
        id={id('districtCode')}
        label="所属区县"
        error={errors.districtCode}
        hint="不清楚可以不选，由热线中心判断。"
      >
        {(control) => (
          <select
            {...control}
            className="input"
            value={draft.districtCode}
            onChange={(event) => set('districtCode', event.target.value)}
          >
            <option value="">不清楚</option>
            {options.districts.map((district) => (
              <option key={district.code} value={district.code}>
                {district.name}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field
        id={id('photos')}
        label="现场照片"
        error={errors.photos || photoNotice || undefined}
        hint={`最多 ${limits.maxPhotos} 张，JPG、PNG 或 WebP，每张不超过 ${Math.round(limits.maxPhotoBytes / 1024 / 1024)} MB。`}
      >
        {(control) => (
          <PhotoPicker
            id={control.id}
            describedBy={control['aria-describedby']}
            limits={limits}
            photos={photos}
            update={(change) => {
              setPhotos(change);
              setErrors((current) => ({ ...current, photos: undefined }));
            }}
            onRefused={setPhotoNotice}
          />
        )}
      </Field>

      <div className="switches">
        <Switch
          id="f-confidential"
          label="保密"
          explain="开启后，承办单位看不到您的姓名和电话，只有热线中心可见。"
          checked={draft.confidential}
          onChange={(checked) => set('confidential', checked)}
        />
        <Switch
          id="f-revisitConsent"
          label="同意回访"
          explain="办结后热线中心可能致电了解您是否满意；您也可以在“查询进度”中自己评价。"
          checked={draft.revisitConsent}
          onChange={(checked) => set('revisitConsent', checked)}
        />
      </div>

      <Field id={id('name')} label="姓名" error={errors.name} hint="可以不填，匿名反映。">
        {(control) => (
          <input
            {...control}
            className="input"
            autoComplete="name"
            value={draft.name}
            onChange={(event) => set('name', event.target.value)}
          />
        )}
      </Field>

      <Field
        id={id('phone')}
        label="手机号码"
        required
        error={errors.phone}
        hint="用于查询进度（接收验证码）和回访，不会公开。"
      >
        {(control) => (
          <input
            {...control}
            className="input"
            type="tel"
            inputMode="numeric"
            autoComplete="tel-national"
            maxLength={11}
            value={draft.phone}
            onChange={(event) => set('phone', event.target.value.replace(/\D/g, ''))}
          />
        )}
      </Field>

      {/* The honeypot: hidden from people and from screen readers; robots that fill every field fill it. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="f-website">网址（请勿填写）</label>
        <input
          id="f-website"
          name="website"
          tabIndex={-1}
          autoComplete="off"
          value={draft.website}
          onChange={(event) => set('website', event.target.value)}
        />
      </div>

      {errors.form ? (
        <div id="form-error" tabIndex={-1}>
          <Notice kind="error">{errors.form}</Notice>
        </div>
      ) : null}

      <button type="submit" className="button button-primary button-block" disabled={sending || uploading}>
        {sending ? '正在提交…' : uploading ? '照片上传中…' : '提交'}
      </button>
    </form>
  );
}
