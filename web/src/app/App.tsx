import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { BrowserRouter, Route, Routes } from 'react-router';
import { I18nProvider, useLang } from '../i18n/index.tsx';
import { screenRoutes, type ScreenRoute } from './routes.tsx';
import { installShortcutListener } from './shortcuts.ts';
import { consoleTheme } from './theme.ts';

// The entry holds only what every page needs (React, the router, antd's theme); the login page, the shell and
// each screen are chunks of their own, so the login page loads little (docs/console.md, budgets).
const LoginScreen = lazy(() => import('../screens/login/LoginScreen.tsx'));
const AppLayout = lazy(() => import('./AppLayout.tsx'));
const HomeRedirect = lazy(() => import('./HomeRedirect.tsx'));
const NotFound = lazy(async () => ({ default: (await import('./StatusPages.tsx')).NotFoundPage }));

/** A screen of routes.tsx, loaded on first visit, behind its ability. */
function lazyScreen(entry: ScreenRoute): ComponentType {
  const ability = entry.ability ?? entry.nav?.ability;
  return lazy(async () => {
    const [screen, gate] = await Promise.all([entry.lazy(), import('./ScreenGate.tsx')]);
    return { default: gate.gated(screen.default, ability) };
  });
}

const screens = screenRoutes.map((entry) => ({ path: entry.path, Screen: lazyScreen(entry) }));

function Themed() {
  const { lang } = useLang();
  useEffect(installShortcutListener, []);
  return (
    <ConfigProvider
      locale={lang === 'en' ? enUS : zhCN}
      theme={consoleTheme}
      componentSize="small"
      // antd would write 登录 as 登 录; the words stay as written (and as tests and screen readers find them).
      button={{ autoInsertSpace: false }}
    >
      <BrowserRouter>
        <Suspense fallback={null}>
          <Routes>
            <Route path="/login" element={<LoginScreen />} />
            {/* The shell suspends each screen inside its content area: navigation stays while one loads. */}
            <Route path="/" element={<AppLayout />}>
              <Route index element={<HomeRedirect />} />
              {screens.map(({ path, Screen }) => (
                <Route key={path} path={path} element={<Screen />} />
              ))}
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </Suspense>
      </BrowserRouter>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Themed />
    </I18nProvider>
  );
}
