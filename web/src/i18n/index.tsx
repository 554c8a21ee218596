import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

// The console speaks zh-CN first; English is one switch away in the top bar. Each screen keeps a small
// dictionary of its own (defineMessages) so that adding a screen touches no shared file.

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
const STORAGE_KEY = 'hotline.lang';

interface LangState {
  lang: Lang;
  setLang(lang: Lang): void;
}

const LangContext = createContext<LangState>({ lang: 'zh-CN', setLang: () => {} });

function storedLang(): Lang {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

function applyLang(lang: Lang): void {
  document.documentElement.lang = lang;
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = storedLang();
    applyLang(initial);
    return initial;
  });
  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    setLangState(next);
  }, []);
  useEffect(() => applyLang(lang), [lang]);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangState {
  return useContext(LangContext);
}

type Vars = Record<string, string | number>;

/** Replaces `{name}` placeholders. */
export function format(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export type Translate<K extends string> = (key: K, vars?: Vars) => string;

/**
 * A screen's dictionary: zh-CN is the source, English must have the same keys (the compiler checks).
 * Returns a hook: `const t = useText(); t('title')`.
 */
export function defineMessages<const D extends Record<string, string>>(messages: {
  'zh-CN': D;
  en: { [K in keyof D]: string };
}) {
  return function useMessages(): Translate<keyof D & string> {
    const { lang } = useLang();
    return useCallback(
      (key: keyof D & string, vars?: Vars) => format(messages[lang][key] ?? messages['zh-CN'][key], vars),
      [lang],
    );
  };
}

/** A text given in both languages inline, for data-driven labels (e.g. lists of options). */
export type Bilingual = { 'zh-CN': string; en: string };

export function useBilingual(): (text: Bilingual) => string {
  const { lang } = useLang();
  return useCallback((text: Bilingual) => text[lang], [lang]);
}
