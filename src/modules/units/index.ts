export {
  createUnitsService,
  type UnitsService,
  type UnitInput,
  type UnitImportResult,
} from './units.service.ts';
export type { UnitRecord } from './units.repository.ts';
export type { UnitDirectory } from './unit-directory.ts';
export { registerUnitRoutes } from './units.routes.ts';
export { UNITS_ERRORS } from './units.errors.ts';
