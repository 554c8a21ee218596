/** A text message to a citizen's phone. */
export interface TextMessage {
  phone: string;
  text: string;
}

/**
 * How the platform reaches a citizen's phone. The default writes to the server log; an SMS gateway (the city's
 * 短信平台) plugs in behind this interface without any change to the modules that send.
 */
export interface Notifier {
  send(message: TextMessage): Promise<void>;
}

/** The default sender: logs each message and keeps the last ones in memory (tests and the demo read them). */
export interface LoggingNotifier extends Notifier {
  /** The most recent messages, oldest first. */
  sent(): readonly (TextMessage & { at: string })[];
}

const KEPT = 100;

export function createLoggingNotifier(
  log: (line: string) => void = (line) => console.info(line),
  now: () => Date = () => new Date(),
): LoggingNotifier {
  const kept: (TextMessage & { at: string })[] = [];
  return {
    async send(message) {
      kept.push({ ...message, at: now().toISOString() });
      if (kept.length > KEPT) kept.shift();
      // The number is masked in the log: the code in the text is what a tester needs, not the whole number.
      log(`[notify] ${message.phone.slice(0, 3)}****${message.phone.slice(-4)}: ${message.text}`);
    },
    sent: () => [...kept],
  };
}
