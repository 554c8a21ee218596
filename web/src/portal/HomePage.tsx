import { useState, type FormEvent } from 'react';
import { messageOf, searchFaq, type FaqArticle } from './api.ts';
import { highlightParts, plainMarkdown } from './faq-text.ts';
import { Link } from './router.tsx';
import { Notice, PageTitle, Spinner } from './ui.tsx';

/** /portal: the two things a citizen comes for, the hotline itself, and answers that may spare a submission. */
export default function HomePage() {
  return (
    <>
      <section className="hero" aria-labelledby="portal-home-title">
        <PageTitle title="首页">
          <span id="portal-home-title">12345 网上诉求</span>
        </PageTitle>
        <p className="hero-lead">反映问题、咨询政策、提出建议，政府部门限时办理、结果可查。</p>
      </section>

      <nav className="actions" aria-label="网上办理">
        <Link href="/portal/submit" className="action action-primary">
          <span className="action-title">我要反映</span>
          <span className="action-text">填写诉求，上传照片，提交后得到工单编号</span>
        </Link>
        <Link href="/portal/track" className="action">
          <span className="action-title">查询进度</span>
          <span className="action-text">凭工单编号和短信验证码查看进度、评价结果</span>
        </Link>
      </nav>

      <section className="card hotline" aria-labelledby="hotline-title">
        <h2 id="hotline-title" className="section-title">
          电话反映
        </h2>
        <p className="hotline-line">
          <a className="hotline-number" href="tel:12345" aria-label="拨打 12345 热线">
            12345
          </a>
          <span className="hotline-hours">7×24 小时人工服务</span>
        </p>
        <p className="muted">紧急警情请拨打 110，火警 119，急救 120。</p>
      </section>

      <FaqSearch />
    </>
  );
}

function FaqSearch() {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'loading' }
    | { kind: 'done'; query: string; articles: FaqArticle[] }
    | { kind: 'error'; message: string }
  >({ kind: 'idle' });

  const search = async (event: FormEvent) => {
    event.preventDefault();
    const q = query.trim();
    if (!q) return;
    setState({ kind: 'loading' });
    try {
      setState({ kind: 'done', query: q, articles: await searchFaq(q) });
    } catch (error) {
      setState({ kind: 'error', message: messageOf(error) });
    }
  };

  return (
    <section className="card" aria-labelledby="faq-title">
      <h2 id="faq-title" className="section-title">
        常见问题
      </h2>
      <form className="search-row" role="search" onSubmit={search}>
        <label htmlFor="faq-q" className="visually-hidden">
          搜索常见问题
        </label>
        <input
          id="faq-q"
          type="search"
          className="input"
          placeholder="如：供暖 不热、社保 转移"
          value={query}
          maxLength={100}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="submit" className="button button-secondary">
          搜索
        </button>
      </form>
      <div aria-live="polite">
        {state.kind === 'loading' ? <Spinner label="正在搜索…" /> : null}
        {state.kind === 'error' ? <Notice kind="error">{state.message}</Notice> : null}
        {state.kind === 'done' && state.articles.length === 0 ? (
          <p className="muted">没有找到与“{state.query}”相关的问题，可以换个说法，或直接“我要反映”。</p>
        ) : null}
        {state.kind === 'done' && state.articles.length > 0 ? (
          <>
            <p className="visually-hidden">找到 {state.articles.length} 条相关问题</p>
            <ul className="faq-list">
              {state.articles.map((article) => (
                <li key={article.number}>
                  <details className="faq-item">
                    <summary>
                      {highlightParts(article.highlights.title || article.title).map((part, index) =>
                        part.marked ? (
                          <mark key={index}>{part.text}</mark>
                        ) : (
                          <span key={index}>{part.text}</span>
                        ),
                      )}
                    </summary>
                    <p className="faq-answer">{plainMarkdown(article.content)}</p>
                  </details>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}
