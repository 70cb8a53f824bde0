/**
 * Spreadsheet attachments (.xlsx, .xls, and WPS's .et), read with SheetJS Community Edition
 * (@e965/xlsx, the current SheetJS release republished on npm, Apache-2.0; the `xlsx` package on
 * npm stopped at 0.18.5 with known flaws): every cell of every sheet, hidden sheets included, as
 * CSV text with one line a row.
 */
export async function readSpreadsheet(bytes: Uint8Array): Promise<string> {
  // Loaded on first use: most content roots have no spreadsheet to read.
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.read(bytes, { type: 'array', cellFormula: false, cellHTML: false, cellStyles: false, bookVBA: false });
  return book.SheetNames.map((name) => {
    const sheet = book.Sheets[name];
    return sheet ? XLSX.utils.sheet_to_csv(sheet, { blankrows: false, strip: true }) : '';
  }).join('\n\n');
}
