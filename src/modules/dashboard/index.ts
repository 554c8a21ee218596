// The dashboard module's surface: the leaders' figures for any period and unit subtree, and the tickets behind them.
export { createDashboardService, MAX_DRILL_CANDIDATES, type DashboardService } from './dashboard.service.ts';
export { registerDashboardRoutes } from './dashboard.routes.ts';
export { amountInFigure, type FigureSelection } from './dashboard-drill.ts';
