import { useRef, useState } from 'react';
import { Link } from './router.tsx';
import { Notice, PageTitle } from './ui.tsx';

/** /portal/submitted?number=…: the ticket number, large and easy to keep. */
export default function SuccessPage({ number }: { number: string }) {
  const [copied, setCopied] = useState<'' | 'yes' | 'no'>('');
  const field = useRef<HTMLInputElement>(null);

  if (!number) {
    return (
      <>
        <PageTitle title="提交结果">没有找到提交结果</PageTitle>
        <p>
          <Link href="/portal/track">按编号查询进度</Link>
        </p>
      </>
    );
  }

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(number);
      setCopied('yes');
    } catch {
      // Without the clipboard API (an old browser, a page not served over HTTPS): select it for a long press.
      field.current?.select();
      setCopied(document.execCommand?.('copy') ? 'yes' : 'no');
    }
  };

  return (
    <>
      <PageTitle title="提交成功">提交成功</PageTitle>
      <section className="card success" aria-labelledby="number-label">
        <p id="number-label" className="muted">
          您的工单编号
        </p>
        <input
          ref={field}
          className="ticket-number"
          readOnly
          value={number}
          aria-labelledby="number-label"
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button button-secondary button-block" onClick={copy}>
          复制编号
        </button>
        <div aria-live="polite">
          {copied === 'yes' ? <Notice kind="success">已复制工单编号</Notice> : null}
          {copied === 'no' ? <Notice kind="info">请长按编号手动复制</Notice> : null}
        </div>
      </section>
      <ol className="steps">
        <li>请记下工单编号。热线中心会尽快受理，并转交相关单位办理。</li>
        <li>查询进度需要工单编号和提交时填写的手机号（接收验证码）。</li>
        <li>办结后您可以在“查询进度”中评价办理结果。</li>
      </ol>
      <Link
        href={`/portal/track?number=${encodeURIComponent(number)}`}
        className="button button-primary button-block"
      >
        查询办理进度
      </Link>
      <Link href="/portal" className="button button-text button-block">
        返回首页
      </Link>
    </>
  );
}
