/**
 * Small real documents for the attachment tests: a PDF written object by object (with a correct
 * cross-reference table, so PDF.js reads it without repair), and Word and Excel files made with
 * fflate and SheetJS. Text is ASCII in the standard Helvetica font, or, with `chinese`, any text
 * in the way iText and many 公文 systems write Chinese: STSong-Light, not embedded, through the
 * predefined UniGB-UCS2-H CMap (a reader needs Adobe's CMap files to read it at all).
 */
import { zipSync, strToU8 } from 'fflate';
import * as XLSX from '@e965/xlsx';

/** A one-page PDF showing `lines`; `catalogExtra` is added to the catalog (e.g. an /OpenAction). */
export function makePdf(
  lines: string[],
  options: { catalogExtra?: string; objects?: string[]; chinese?: boolean } = {},
): Uint8Array {
  const shown = (l: string) =>
    options.chinese ? `<${Buffer.from(l, 'utf16le').swap16().toString('hex')}>` : `(${l.replace(/[()\\]/g, '\\$&')})`;
  const text = lines.map((l, i) => `BT /F1 12 Tf 72 ${720 - i * 16} Td ${shown(l)} Tj ET`).join('\n');
  const font = options.chinese
    ? '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 >>] >>'
    : '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R ${options.catalogExtra ?? ''} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    font,
    ...(options.objects ?? []),
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(out, true);
}

/** A .docx whose body has one paragraph per line. */
export function makeDocx(lines: string[]): Uint8Array {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  });
}

/** A workbook (xlsx or the older xls) with one sheet of `rows`. */
export function makeWorkbook(rows: unknown[][], bookType: 'xlsx' | 'xls'): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '名单');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
}
