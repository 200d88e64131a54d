// @ts-check
// The one CSV cell rule, the same as the server's CsvTable.Escape (both are tested on tests/reference/csv-cells.json):
// quoted when it holds a comma, quote or line break (RFC 4180), and prefixed with an apostrophe when a spreadsheet
// would run it as a formula (text starting with =, +, -, @, tab or CR: OWASP CSV injection). A plain number is left
// alone; apostrophes already in front of a formula character get one more, so a reader can take exactly one away.

const formulaStarts = '=+-@\t\r';
const plainNumber = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** One CSV cell for `value`. */
/** @param {unknown} value */
export function csvCell(value) {
  const text = String(value ?? '');
  const rest = text.replace(/^'+/, '');
  const cell = rest.length > 0 && formulaStarts.includes(rest[0]) && !plainNumber.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
