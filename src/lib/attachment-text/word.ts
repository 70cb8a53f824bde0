/**
 * Word attachments (.doc, .docx, and WPS's .wps, which is the same OLE format), read with
 * word-extractor (MIT): body, headers and footers, footnotes, endnotes, comments and text boxes.
 */
export async function readWord(bytes: Uint8Array): Promise<string> {
  // Loaded on first use: most content roots have no Word file to read.
  const { default: WordExtractor } = await import('word-extractor');
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
