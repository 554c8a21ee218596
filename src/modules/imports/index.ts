// The imports module's surface: reading CSV/XLSX interchange files (DESIGN §7) and validating their rows.
export { detectTableFormat, readTable } from './tabular.ts';
export type { Table, TableFormat, TableRow } from './tabular.ts';
export { CALL_COLUMNS, KB_COLUMNS, TICKET_COLUMNS, UNIT_COLUMNS, normalizeHeader } from './columns.ts';
export type { ColumnSpec } from './columns.ts';
export { mapColumns } from './map-columns.ts';
export type { MappedRow } from './map-columns.ts';
export { ImportFileError, ImportValidationError, rowError, sortRowErrors } from './row-errors.ts';
export type { ImportFileErrorCode, RowError } from './row-errors.ts';
export { UNIT_KIND_BY_LABEL, parseUnitFile, unitKindOf, validateUnitRows } from './unit-rows.ts';
export type { ExistingUnit, UnitKind, UnitRow } from './unit-rows.ts';
