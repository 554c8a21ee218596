export { createBufferedSink, immediateSink, type RollupSink } from './rollup-sink.ts';
export { createTicketRollupRecorder, contributionsOf, ancestryOf } from './ticket-rollups.ts';
export { rebuildRollups, compareRollups, reapportionRollups } from './rollups-rebuild.ts';
export { createRollupsRepository, splitIntoMonths, type RollupSums } from './rollups.repository.ts';
export { createRollupSlices, type KeyedSums } from './rollup-slices.repository.ts';
export {
  createEvaluationService,
  type EvaluationService,
  type Period,
  type PeriodFigures,
  type Rankings,
  type SchemePreview,
} from './evaluation.service.ts';
export {
  unitFigures,
  ratio,
  type UnitFigureSet,
  type FigureRules,
  type IndicatorName,
} from './unit-figures.ts';
export { readSchemeFile, presetSchemes, figureRulesOf, DEFAULT_SCHEME_ID } from './schemes.ts';
export { registerEvaluationRoutes } from './evaluation.routes.ts';
export { rankByPeerGroup, compareRankings, type RankedGroup, type RankChange } from './rankings.ts';
export { unitRow, indicatorsOf, type ScoredUnit } from './scored-unit.ts';
export { createSchemesService, type SchemesService } from './schemes.service.ts';
export { EVALUATION_ERRORS } from './evaluation.errors.ts';
