import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

// The portal's few pages need no router library: the address is the state, history.pushState moves it, and a
// popstate (the phone's back gesture) is heard like any other change.

const CHANGED = 'portal:navigate';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(CHANGED, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(CHANGED, listener);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

/** The current address (path and query), re-rendering on every navigation. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const address = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(address, window.location.origin);
  return { path: url.pathname.replace(/\/+$/, '') || '/', query: url.searchParams };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(CHANGED));
}

/** An ordinary link (it opens in a new tab, it can be copied) that moves within the page when clicked plainly. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={follow} {...rest} />;
}
