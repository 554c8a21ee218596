export { createBufferedSink, immediateSink, type RollupSink } from './rollup-sink.ts';
export { createTicketRollupRecorder, contributionsOf, ancestryOf } from './ticket-rollups.ts';
export { rebuildRollups, compareRollups } from './rollups-rebuild.ts';
export { createRollupsRepository, type RollupSums } from './rollups.repository.ts';
