import { useEffect, useRef, type ReactNode } from 'react';

// Small accessible parts shared by the portal's pages: every field has a visible label, its hint and its error
// are announced with it (aria-describedby), and every control is at least 44 px tall (portal.css).

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
}

export function Field(props: {
  id: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  /** Shown at the label's end (a character counter). */
  aside?: ReactNode;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={props.error ? 'field field-invalid' : 'field'}>
      <div className="field-label-row">
        <label htmlFor={props.id} id={`${props.id}-label`} className="field-label">
          {props.label}
          {props.required ? (
            <span className="required"> （必填）</span>
          ) : (
            <span className="optional"> （选填）</span>
          )}
        </label>
        {props.aside}
      </div>
      {props.children({
        id: props.id,
        'aria-describedby': describedBy,
        'aria-invalid': props.error ? true : undefined,
        'aria-required': props.required || undefined,
      })}
      {props.error ? (
        <p id={errorId} className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
      {props.hint ? (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled on/off switch with one line saying what it does (a native checkbox, announced as a switch). */
export function Switch(props: {
  id: string;
  label: string;
  explain: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="switch-row">
      <input
        id={props.id}
        type="checkbox"
        role="switch"
        className="switch-input"
        checked={props.checked}
        aria-describedby={`${props.id}-explain`}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={props.id} className="switch-label">
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        <span className="switch-text">{props.label}</span>
      </label>
      <p id={`${props.id}-explain`} className="switch-explain">
        {props.explain}
      </p>
    </div>
  );
}

/**
 * A page's heading: it takes the focus when the page opens, so that a screen reader starts reading the new page
 * and the keyboard's next Tab is within it; it also names the browser tab.
 */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · 12345 网上诉求`;
    heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <h1 ref={heading} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}

export function Notice({ kind, children }: { kind: 'error' | 'info' | 'success'; children: ReactNode }) {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

export function Spinner({ label }: { label: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
