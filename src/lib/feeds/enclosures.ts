/**
 * A release's attachments in its feed item: one RSS <enclosure> each (url, length in bytes, MIME
 * type), and a list of links after the full text, since readers that take only the first enclosure
 * or none at all should still show every attachment.
 */
import { absoluteFileAddress, attachmentBytes, mimeType } from '../attachments';

export interface Attachment {
  title: string;
  file: string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fileUrl = (site: string, file: string) => absoluteFileAddress(site, file);

export function enclosureElements(attachments: readonly Attachment[], site: string, contentRoot: string): string {
  return attachments
    .map(
      (a) =>
        `<enclosure url="${escape(fileUrl(site, a.file))}" length="${attachmentBytes(contentRoot, a.file)}" type="${mimeType(a.file)}"/>`,
    )
    .join('');
}

/** `<h2>附件</h2><ul><li><a href="https://…/files/x.pdf">标题</a></li></ul>`, or '' without attachments. */
export function attachmentListHtml(attachments: readonly Attachment[], site: string, heading: string): string {
  if (attachments.length === 0) return '';
  const items = attachments.map((a) => `<li><a href="${escape(fileUrl(site, a.file))}">${escape(a.title)}</a></li>`).join('');
  return `<h2>${escape(heading)}</h2><ul>${items}</ul>`;
}
