/**
 * The text a reader of an attachment would see, by its kind, for the personal-data finders; and,
 * for a PDF, whether it carries scripts or embedded files. Other kinds (pictures, PowerPoint,
 * OpenDocument text) are not read: README's Hardening section says so.
 */
import { pdfActiveNames, readPdf, type ActiveName } from './pdf';
import { readSpreadsheet } from './spreadsheet';
import { readWord } from './word';

export interface AttachmentText {
  text: string;
  /** PDF pages, when the text is a PDF's. */
  pages?: string[];
  /** What would act when the PDF is opened. */
  active: ActiveName[];
}

const WORD = new Set(['doc', 'docx', 'wps']);
const SHEETS = new Set(['xls', 'xlsx', 'et']);

/** Whether attachments with this extension are read. */
export const isReadable = (ext: string) => ext === 'pdf' || WORD.has(ext) || SHEETS.has(ext);

export async function readAttachmentText(bytes: Uint8Array, ext: string): Promise<AttachmentText | undefined> {
  if (ext === 'pdf') {
    const active = pdfActiveNames(bytes);
    const pdf = await readPdf(bytes);
    if (pdf.scripts && !active.includes('JavaScript')) active.push('JavaScript');
    if (pdf.attachments && !active.includes('EmbeddedFile')) active.push('EmbeddedFile');
    return { text: pdf.text, pages: pdf.pages, active };
  }
  if (WORD.has(ext)) return { text: await readWord(bytes), active: [] };
  if (SHEETS.has(ext)) return { text: await readSpreadsheet(bytes), active: [] };
  return undefined;
}
