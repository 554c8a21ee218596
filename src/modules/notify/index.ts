// The notify module's surface: text messages to citizens' phones (one-time codes of the portal).
export { createLoggingNotifier, type LoggingNotifier, type Notifier, type TextMessage } from './notifier.ts';
