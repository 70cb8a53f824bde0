/** What a reader should know before downloading an attachment: its type and size. */
import fs from 'node:fs';
import path from 'node:path';

/**
 * The one way an attachment's address is written (pages, print, RSS, open data): each path
 * segment percent-encoded once, so `#`, `?`, `%` and spaces in a file name stay part of it.
 * `2019/通知 #1.pdf` → `/files/2019/%E9%80%9A%E7%9F%A5%20%231.pdf`; with `readable` (the address
 * printed on paper) only what an address cannot hold is encoded: `/files/2019/通知%20%231.pdf`.
 */
/** Kept as typed in a printed address: letters, digits, URL-safe punctuation, and Chinese (not spaces). */
const PRINT_ENCODED = /[^\w\-.~!$&'()*+,;=:@\u00A1-\u1FFF\u3001-\uD7FF\uE000-\uFFFF\u{10000}-\u{10FFFF}]/gu;

export function fileAddress(file: string, { readable = false } = {}): string {
  const encode = readable
    ? (segment: string) => segment.replace(PRINT_ENCODED, (c) => encodeURIComponent(c))
    : encodeURIComponent;
  return `/files/${file.split('/').map(encode).join('/')}`;
}

/** `https://example.org` + `/files/…`, without the URL parser re-encoding Chinese (for print). */
export const absoluteFileAddress = (siteUrl: string, file: string, readable = false) =>
  `${siteUrl.replace(/\/+$/, '')}${fileAddress(file, { readable })}`;

/** `1536` → `1.5 KB`; `3 * 1024 * 1024` → `3.0 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `2019/shouce.pdf` → `PDF`. */
export const fileType = (file: string) => path.extname(file).slice(1).toUpperCase() || '文件';

/** Type and size of <content>/files/<file>; validate has checked that it exists. */
export function attachmentInfo(contentRoot: string, file: string): { type: string; size: string } {
  const full = path.join(contentRoot, 'files', file);
  return { type: fileType(file), size: fs.existsSync(full) ? formatSize(fs.statSync(full).size) : '' };
}

const MIME: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  wps: 'application/vnd.ms-works',
  ofd: 'application/ofd',
  zip: 'application/zip',
  txt: 'text/plain',
  csv: 'text/csv',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
};

/** `2019/shouce.pdf` → `application/pdf`; unknown kinds are plain bytes. */
export const mimeType = (file: string) => MIME[path.extname(file).slice(1).toLowerCase()] ?? 'application/octet-stream';

/** Size in bytes of <content>/files/<file>, 0 when it is missing (validate reports that). */
export function attachmentBytes(contentRoot: string, file: string): number {
  const full = path.join(contentRoot, 'files', file);
  return fs.existsSync(full) ? fs.statSync(full).size : 0;
}
