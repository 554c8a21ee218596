import { useState, type FormEvent } from 'react';
import {
  SATISFACTION_LABELS,
  SATISFACTION_LEVELS,
  SOLVED_LABELS,
  SOLVED_LEVELS,
  type SatisfactionLevel,
  type SolvedLevel,
} from '../../../src/domain/lifecycle/states.ts';
import { ApiError, fieldErrors, messageOf, rateTicket, type TicketView } from './api.ts';
import { countChars } from './format.ts';
import { Field, Notice } from './ui.tsx';

// 评价: recorded as the ticket's revisit (channel 网上评价), so it counts in the unit's 满意率 exactly as a call
// from the centre would.

const MAX_COMMENT_CHARS = 500;

type Errors = Partial<Record<'satisfaction' | 'solved' | 'comment' | 'form', string>>;

export function RatingForm(props: {
  number: string;
  token: string;
  onRated: (view: TicketView) => void;
  onExpired: () => void;
}) {
  const [satisfaction, setSatisfaction] = useState<SatisfactionLevel | ''>('');
  const [solved, setSolved] = useState<SolvedLevel | ''>('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (!satisfaction) found.satisfaction = '请选择您对办理结果是否满意';
    if (!solved) found.solved = '请选择问题是否解决';
    if (countChars(comment) > MAX_COMMENT_CHARS) found.comment = `评价不能超过 ${MAX_COMMENT_CHARS} 个字`;
    setErrors(found);
    const first = (['satisfaction', 'solved', 'comment'] as const).find((field) => found[field]);
    if (first || !satisfaction || !solved) {
      if (first) document.getElementById(`r-${first}`)?.focus();
      return;
    }
    setSending(true);
    try {
      const comment_ = comment.trim();
      props.onRated(
        await rateTicket(props.number, props.token, {
          satisfaction,
          solved,
          ...(comment_ ? { comment: comment_ } : {}),
        }),
      );
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return props.onExpired();
      const placed: Errors = {};
      for (const [field, message] of Object.entries(fieldErrors(error))) {
        if (field === 'satisfaction' || field === 'solved' || field === 'comment') placed[field] = message;
      }
      if (!placed.satisfaction && !placed.solved && !placed.comment) placed.form = messageOf(error);
      setErrors(placed);
    } finally {
      setSending(false);
    }
  };

  return (
    <section className="card" aria-labelledby="rate-heading">
      <h2 id="rate-heading" className="section-title">
        评价办理结果
      </h2>
      <p className="muted">您的评价会计入承办单位的满意率。</p>
      <form className="form" noValidate onSubmit={submit} aria-labelledby="rate-heading">
        <Choice
          name="satisfaction"
          legend="您对办理结果是否满意"
          levels={SATISFACTION_LEVELS}
          labels={SATISFACTION_LABELS}
          value={satisfaction}
          error={errors.satisfaction}
          onChange={(value) => {
            setSatisfaction(value);
            setErrors((current) => ({ ...current, satisfaction: undefined }));
          }}
        />
        <Choice
          name="solved"
          legend="问题是否解决"
          levels={SOLVED_LEVELS}
          labels={SOLVED_LABELS}
          value={solved}
          error={errors.solved}
          onChange={(value) => {
            setSolved(value);
            setErrors((current) => ({ ...current, solved: undefined }));
          }}
        />
        <Field
          id="r-comment"
          label="意见和建议"
          error={errors.comment}
          aside={
            <span className="counter">
              {countChars(comment)}/{MAX_COMMENT_CHARS}
            </span>
          }
        >
          {(control) => (
            <textarea
              {...control}
              className="input textarea"
              rows={3}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
            />
          )}
        </Field>
        {errors.form ? <Notice kind="error">{errors.form}</Notice> : null}
        <button type="submit" className="button button-primary button-block" disabled={sending}>
          {sending ? '正在提交…' : '提交评价'}
        </button>
      </form>
    </section>
  );
}

function Choice<K extends string>(props: {
  name: string;
  legend: string;
  levels: readonly K[];
  labels: Record<K, string>;
  value: K | '';
  error: string | undefined;
  onChange: (value: K) => void;
}) {
  const errorId = `r-${props.name}-error`;
  return (
    <fieldset
      className={props.error ? 'field field-invalid' : 'field'}
      aria-describedby={props.error ? errorId : undefined}
    >
      <legend className="field-label">
        {props.legend}
        <span className="required"> （必填）</span>
      </legend>
      <div className="chips">
        {props.levels.map((level, index) => (
          <label key={level} className="chip">
            <input
              id={index === 0 ? `r-${props.name}` : undefined}
              type="radio"
              name={props.name}
              value={level}
              checked={props.value === level}
              onChange={() => props.onChange(level)}
            />
            <span>{props.labels[level]}</span>
          </label>
        ))}
      </div>
      {props.error ? (
        <p id={errorId} className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}
