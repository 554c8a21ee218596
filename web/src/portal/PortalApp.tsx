import { lazy, Suspense } from 'react';
import HomePage from './HomePage.tsx';
import { Link, useLocation } from './router.tsx';
import { PageTitle, Spinner } from './ui.tsx';

// The citizens' portal at /portal (docs/portal.md): its own page of the build, no console shell, no antd. The
// home page is in the first download; the form and the tracking pages load when opened.
const SubmitPage = lazy(() => import('./SubmitPage.tsx'));
const SuccessPage = lazy(() => import('./SuccessPage.tsx'));
const TrackPage = lazy(() => import('./TrackPage.tsx'));

function CurrentPage() {
  const { path, query } = useLocation();
  switch (path) {
    case '/portal':
      return <HomePage />;
    case '/portal/submit':
      return <SubmitPage />;
    case '/portal/submitted':
      return <SuccessPage number={query.get('number') ?? ''} />;
    case '/portal/track':
      return <TrackPage key={query.get('number') ?? ''} number={query.get('number') ?? ''} />;
    default:
      return (
        <>
          <PageTitle title="页面不存在">页面不存在</PageTitle>
          <p>
            <Link href="/portal">返回首页</Link>
          </p>
        </>
      );
  }
}

export function PortalApp() {
  return (
    <>
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <header className="site-header">
        <Link href="/portal" className="brand" aria-label="12345 网上诉求首页">
          <span className="brand-mark" aria-hidden="true">
            12345
          </span>
          <span className="brand-name">政务服务便民热线</span>
        </Link>
      </header>
      <main id="main" className="page">
        <Suspense fallback={<Spinner label="正在加载…" />}>
          <CurrentPage />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>
          热线电话 <a href="tel:12345">12345</a> · 7×24 小时
        </p>
        <p>您提交的信息仅用于办理诉求，依法保护个人信息。</p>
      </footer>
    </>
  );
}
