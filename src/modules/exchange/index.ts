// 上级交办: tickets exchanged with a higher platform as DESIGN §7 files (docs/lines.md).
export { createExchangeService, UPPER_EXPORT_LIMIT, type ExchangeService } from './exchange.service.ts';
export { registerExchangeRoutes } from './exchange.routes.ts';
export { UPPER_COLUMNS, UPPER_NUMBER_HEADER } from './upper-rows.ts';
export { UPPER_EXPORT_HEADERS } from './upper-file.ts';
