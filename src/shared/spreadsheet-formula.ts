// CSV injection (OWASP "CSV Injection"): a cell that begins with =, +, -, @, a tab or a carriage return is run as
// a formula when the CSV is opened in Excel or WPS. Citizens write the titles, contents and addresses that staff
// export, so a CSV the platform writes quotes such a cell with a leading apostrophe, which the spreadsheet shows
// as text; the import removes it again, so an export still imports back as a no-op. XLSX needs none of this:
// its cells are written as strings, never as formulas.

const FORMULA_START = /^[=+\-@\t\r]/;
// Numbers and telephone numbers (-5, +86 138 0000 0000) start the same way and are harmless.
const NUMBER_OR_PHONE = /^[+-]?[\d\s().-]+$/;
const QUOTED_FORMULA_START = /^'[=+\-@\t\r]/;

/** The text as a CSV cell may safely carry it. */
export function quoteFormulaStart(text: string): string {
  return FORMULA_START.test(text) && !NUMBER_OR_PHONE.test(text) ? `'${text}` : text;
}

/** The text an exported cell held before quoteFormulaStart. */
export function unquoteFormulaStart(text: string): string {
  return QUOTED_FORMULA_START.test(text) ? text.slice(1) : text;
}
