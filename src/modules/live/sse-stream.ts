import { PassThrough } from 'node:stream';
import { LIVE_RETRY_MS } from '../../contracts/live.schemas.ts';
import type { LiveFeed } from './feed-registry.ts';

/** A reader this far behind is not reading: the stream is dropped, and the browser reconnects and refetches. */
const MAX_BUFFERED_BYTES = 256 * 1024;

/**
 * A feed written as Server-Sent Events (text/event-stream, WHATWG HTML §9.2): `event:` and one `data:` line of
 * JSON per event, comment lines as heartbeats, and `retry:` first so that browsers reconnect promptly.
 */
export function createSseStream(): { stream: PassThrough; feed: LiveFeed } {
  const stream = new PassThrough();
  const write = (text: string) => {
    if (stream.destroyed || stream.writableEnded) return;
    if (stream.writableLength > MAX_BUFFERED_BYTES) {
      stream.destroy();
      return;
    }
    stream.write(text);
  };
  write(`retry: ${LIVE_RETRY_MS}\n\n`);
  return {
    stream,
    feed: {
      // JSON.stringify never writes a line break, so one data line holds the whole event.
      send: (event) => write(`event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`),
      ping: () => write(': ping\n\n'),
      close: () => {
        if (!stream.destroyed && !stream.writableEnded) stream.end();
      },
    },
  };
}
