/** Imports (units, tickets, calls, KB) arrive as the file's bytes, under one of these content types. */
export const FILE_TYPES = [
  'application/octet-stream',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];
