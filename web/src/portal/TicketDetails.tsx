import { useEffect, useState } from 'react';
import {
  APPEAL_TYPE_LABELS,
  SATISFACTION_LABELS,
  SOLVED_LABELS,
  type AppealType,
  type SatisfactionLevel,
  type SolvedLevel,
} from '../../../src/domain/lifecycle/states.ts';
import { ApiError, loadTicketPhoto, messageOf, type TicketView } from './api.ts';
import { formatTime } from './format.ts';
import { RatingForm } from './RatingForm.tsx';
import type { TrackSession } from './track-session.ts';

// The public view of one ticket. Everything in it is text the citizen or a unit wrote: it is rendered as React
// text nodes only (white-space kept by CSS), never as markup.

const label = <K extends string>(labels: Record<K, string>, key: string | null) =>
  key ? (labels[key as K] ?? key) : '';

/** The state's colour: settled (green), refused or transferred (grey), anything in progress (blue). */
function stateTone(state: string): string {
  if (['answered', 'pendingRevisit', 'completed', 'archived'].includes(state)) return 'tone-done';
  if (state === 'rejected' || state === 'transferred' || state === 'merged') return 'tone-closed';
  return 'tone-active';
}

export function TicketDetails(props: {
  view: TicketView;
  session: TrackSession;
  onChange: (view: TicketView) => void;
  onExpired: () => void;
}) {
  const { view } = props;
  return (
    <>
      {view.canRate && !view.rating ? (
        <div className="notice notice-info rate-prompt">
          <span>已有办理结果，请您评价是否满意。</span>
          <a href="#rate-heading">去评价</a>
        </div>
      ) : null}
      <section className="card" aria-labelledby="ticket-heading">
        <p className="ticket-meta">
          <span className="muted">编号 {view.number}</span>
          <span className={`state ${stateTone(view.state)}`}>{view.stateLabel}</span>
        </p>
        <h2 id="ticket-heading" className="ticket-title">
          {view.title}
        </h2>
        <dl className="facts">
          <dt>诉求类型</dt>
          <dd>{label(APPEAL_TYPE_LABELS, view.appealType as AppealType)}</dd>
          <dt>分类</dt>
          <dd>{view.category}</dd>
          {view.address ? (
            <>
              <dt>地址</dt>
              <dd>{view.address}</dd>
            </>
          ) : null}
          <dt>提交时间</dt>
          <dd>{formatTime(view.receivedAt)}</dd>
          {view.completedAt ? (
            <>
              <dt>办结时间</dt>
              <dd>{formatTime(view.completedAt)}</dd>
            </>
          ) : null}
        </dl>
        <h3 className="subheading">诉求内容</h3>
        <p className="text-block">{view.content}</p>
        {view.photos.length > 0 ? (
          <Photos view={view} session={props.session} onExpired={props.onExpired} />
        ) : null}
      </section>

      {view.result ? (
        <section className="card" aria-labelledby="result-heading">
          <h2 id="result-heading" className="section-title">
            办理结果
          </h2>
          <p className="text-block">{view.result}</p>
        </section>
      ) : null}

      <section className="card" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="section-title">
          办理过程
        </h2>
        <ol className="timeline">
          {view.timeline.map((step, index) => (
            <li key={index} className="timeline-step">
              <p className="timeline-head">
                <strong>{step.label}</strong>
                <time dateTime={step.at} className="muted">
                  {formatTime(step.at)}
                </time>
              </p>
              {step.text ? <p className="text-block">{step.text}</p> : null}
            </li>
          ))}
        </ol>
      </section>

      {view.rating ? (
        <section className="card" aria-labelledby="rating-heading">
          <h2 id="rating-heading" className="section-title">
            您的评价
          </h2>
          <dl className="facts">
            <dt>满意度</dt>
            <dd>{label(SATISFACTION_LABELS, view.rating.satisfaction as SatisfactionLevel | null)}</dd>
            <dt>是否解决</dt>
            <dd>{label(SOLVED_LABELS, view.rating.solved as SolvedLevel | null)}</dd>
            <dt>评价时间</dt>
            <dd>{formatTime(view.rating.at)}</dd>
          </dl>
          <p className="muted">感谢您的评价，它将计入承办单位的满意率。</p>
        </section>
      ) : view.canRate ? (
        <RatingForm
          number={view.number}
          token={props.session.token}
          onRated={props.onChange}
          onExpired={props.onExpired}
        />
      ) : null}
    </>
  );
}

/** The photos need the token header, so they are fetched and shown as data: images (inert, allowed by the CSP). */
function Photos(props: { view: TicketView; session: TrackSession; onExpired: () => void }) {
  const [sources, setSources] = useState<Record<number, string>>({});
  const [error, setError] = useState('');
  const { view, session } = props;

  useEffect(() => {
    let current = true;
    for (const photo of view.photos) {
      loadTicketPhoto(view.number, photo.id, session.token).then(
        (source) => current && setSources((all) => ({ ...all, [photo.id]: source })),
        (failure: unknown) => {
          if (!current) return;
          if (failure instanceof ApiError && failure.status === 401) props.onExpired();
          else setError(messageOf(failure));
        },
      );
    }
    return () => {
      current = false;
    };
    // The photos of this ticket, once per token; onExpired is a callback, not an input.
  }, [view.number, view.photos.length, session.token]);

  return (
    <>
      <h3 className="subheading">照片</h3>
      {error ? <p className="field-error">{error}</p> : null}
      <ul className="gallery">
        {view.photos.map((photo) => (
          <li key={photo.id}>
            {sources[photo.id] ? (
              <img src={sources[photo.id]} alt={`照片：${photo.name}`} />
            ) : (
              <span className="gallery-placeholder muted">加载中…</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
