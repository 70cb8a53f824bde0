/**
 * PDF attachments, read with Mozilla's PDF.js (pdfjs-dist, Apache-2.0): the text of every page,
 * and whether the file would act on its own when opened. Active content is found twice: by the
 * names the PDF format gives it (/JavaScript, /JS, /AA, /Launch, /EmbeddedFile(s), /RichMedia,
 * /XFA, with #xx escapes decoded), in the file and inside its compressed object streams, and by
 * PDF.js's own view of document scripts and attachments.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';

export const ACTIVE_NAMES = ['JavaScript', 'JS', 'AA', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia', 'XFA'] as const;
export type ActiveName = (typeof ACTIVE_NAMES)[number];
const ACTIVE = new Set<string>(ACTIVE_NAMES);
const NAME = /\/([^\s/<>[\]()%{}]{1,40})/g;
const OBJECT_STREAM = /<<((?:(?!>>)[\s\S]){0,400}?\/Type\s*\/ObjStm[\s\S]{0,400}?)>>\s*stream\r?\n/g;
/** Inflated object streams larger than this are not read (a compression bomb). */
const MAX_INFLATED = 32 * 1024 * 1024;

const decodeName = (raw: string) => raw.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

function activeNamesIn(text: string, found: Set<ActiveName>): void {
  for (const m of text.matchAll(NAME)) {
    const name = decodeName(m[1]!);
    if (ACTIVE.has(name)) found.add(name as ActiveName);
  }
}

/** The active-content names in a PDF's bytes, its object streams included. */
export function pdfActiveNames(bytes: Uint8Array): ActiveName[] {
  const found = new Set<ActiveName>();
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  activeNamesIn(text, found);
  for (const m of text.matchAll(OBJECT_STREAM)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0 || !/\/FlateDecode/.test(m[1]!)) continue;
    try {
      const inflated = zlib.inflateSync(Buffer.from(bytes.subarray(start, end)), {
        maxOutputLength: MAX_INFLATED,
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
      });
      activeNamesIn(inflated.toString('latin1'), found);
    } catch {
      // A stream that does not inflate is read by PDF.js below, or refused as unreadable.
    }
  }
  return [...found];
}

export interface PdfContent {
  text: string;
  /** Text of each page, for messages that name the page. */
  pages: string[];
  scripts: boolean;
  attachments: boolean;
}

/**
 * PDF.js's own CMaps and standard fonts, as folders (Node reads them from disk). Without the CMaps
 * a PDF whose Chinese text uses a predefined encoding and a font it does not embed (STSong-Light
 * with UniGB-UCS2-H, as iText and many 公文 systems write them) reads as no text at all, and a
 * number in it would pass unseen.
 */
const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
// PDF.js insists on a trailing '/', on Windows too (where fs reads C:\…\cmaps/UniGB-UCS2-H.bcmap).
const CMAPS = `${path.join(PDFJS_DIR, 'cmaps')}/`;
const STANDARD_FONTS = `${path.join(PDFJS_DIR, 'standard_fonts')}/`;

export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: CMAPS,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONTS,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
      page.cleanup();
    }
    const [js, attachments] = await Promise.all([doc.getJSActions(), doc.getAttachments()]);
    const scripts = (js !== null && Object.keys(js).length > 0) || (await doc.hasJSActions());
    return { text: pages.join('\n\n'), pages, scripts, attachments: attachments !== null && Object.keys(attachments).length > 0 };
  } finally {
    await task.destroy();
  }
}
