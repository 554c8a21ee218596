import { useCallback } from 'react';
import { App } from 'antd';
import type { FormInstance } from 'antd';
import { ApiError } from '../../../src/contracts/client.ts';
import { useLang } from '../i18n/index.tsx';

/** A field named by the API's error envelope: `details.fields[]` for validation, `details.field` otherwise. */
export interface FieldProblem {
  field: string;
  message: string;
}

export function fieldProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError) || !error.details || typeof error.details !== 'object') return [];
  const details = error.details as { fields?: unknown; field?: unknown };
  if (Array.isArray(details.fields)) {
    return details.fields
      .filter((f): f is { field: string; message: string } => typeof f?.field === 'string')
      .map((f) => ({ field: f.field, message: String(f.message ?? '') }));
  }
  if (typeof details.field === 'string') return [{ field: details.field, message: error.message }];
  return [];
}

/** 'disposition.answer' → ['disposition', 'answer']; 'items.0.code' → ['items', 0, 'code'] */
function namePath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts each field's message on the form's field of that name; answers how many fields it could place. A field
 * the form does not show stays in the summary message.
 */
export function applyFieldErrors(form: FormInstance, error: unknown): number {
  const shown = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const placed = fieldProblems(error).filter((problem) => shown.has(problem.field));
  form.setFields(placed.map((p) => ({ name: namePath(p.field), errors: [p.message] })));
  return placed.length;
}

const NETWORK = {
  'zh-CN': '网络连接失败，请检查网络后重试',
  en: 'Network error: check the connection and retry',
};
const FIX_FIELDS = { 'zh-CN': '请按提示修改标红的字段', en: 'Please correct the marked fields' };

/**
 * One way to tell the user what went wrong: the server's Chinese message (it names the field), placed on the
 * form's fields when a form is given. Returns the ApiError for callers that branch on its code.
 */
export function useApiErrorHandler() {
  const { message, notification } = App.useApp();
  const { lang } = useLang();
  return useCallback(
    (error: unknown, options: { form?: FormInstance } = {}) => {
      if (!(error instanceof ApiError)) {
        if (error instanceof Error && error.name === 'SessionAbandoned') return undefined;
        message.error(NETWORK[lang]);
        return undefined;
      }
      if (options.form && error.code === 'VALIDATION_FAILED' && applyFieldErrors(options.form, error) > 0) {
        message.error(FIX_FIELDS[lang]);
        return error;
      }
      if (options.form) applyFieldErrors(options.form, error);
      const text = error.message || `${error.status} ${error.code}`;
      // A server failure stays on screen until read (it names nothing the user can fix); a refusal is a toast.
      if (error.status >= 500) notification.error({ title: text, duration: 0 });
      else message.error(text);
      return error;
    },
    [message, notification, lang],
  );
}
