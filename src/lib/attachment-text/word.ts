/**
 * Word attachments (.doc, .docx, and WPS's .wps, which is the same OLE format), read with
 * word-extractor (MIT): body, headers and footers, footnotes, endnotes, comments and text boxes.
 */
import WordExtractor from 'word-extractor';

export async function readWord(bytes: Uint8Array): Promise<string> {
  const doc = await new WordExtractor().extract(Buffer.from(bytes));
  return [
    doc.getBody(),
    doc.getHeaders({ includeFooters: true }),
    doc.getFootnotes(),
    doc.getEndnotes(),
    doc.getAnnotations(),
    doc.getTextboxes({ includeHeadersAndFooters: true, includeBody: true }),
  ].join('\n\n');
}
