/**
 * A CSV text cell that a spreadsheet will show, not run. Excel, LibreOffice and Google Sheets read a cell that
 * starts with =, +, -, @ (or a tab or carriage return, which some strip first) as a formula, so a label such as
 * `=HYPERLINK("http://…")` in a downloaded table would become a live link or a call (OWASP, "CSV Injection").
 * Such a cell gets a leading apostrophe, which spreadsheets read as "this is text" and do not show. A cell that
 * is a plain number ("-3.2", "+4") is left alone: it is read as that number, and nothing runs.
 *
 * @example spreadsheetSafe('=1+2') // "'=1+2"
 * @example spreadsheetSafe('-3.2') // '-3.2'
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}
