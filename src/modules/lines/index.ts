export {
  createLinesService,
  createTransferRecorder,
  channelOfLine,
  lineFigures,
  type LinesService,
} from './lines.service.ts';
export { registerLinesRoutes } from './lines.routes.ts';
export { LINES_ERRORS } from './lines.errors.ts';
export { UPPER_LINE, recordUpperOrders, upperOrdersBetween, upperOrdersKnown } from './upper-orders.ts';
