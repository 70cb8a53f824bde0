/**
 * The city-specific texts the browser suite asserts, from the content root its dist/ was built
 * from: for the bundled content the texts written out as they always were, for any other root
 * (a second city's sample) the same facts read from its files, so no test hard-codes a city.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { sentences } from '../../src/lib/read-aloud/player';
import { isBundled, releaseWithAttachment, SUITE_CONTENT, TEMPLATE_PAGES } from './templates';

export interface SuiteFacts {
  /** The site's name, as the header's home link reads. */
  siteName: string;
  /** A release with an attachment, and what printing shows after the attachment's link. */
  attachment: { page: string; printed: string };
  /** The first three things 「朗读」 says on TEMPLATE_PAGES.release: its title, first heading, first sentence. */
  spokenFirst: [string, string, string];
  /** How many sentences 「朗读」 reads on that page at least (all of them, for a generated release). */
  spokenAtLeast: number;
}

const BUNDLED_FACTS: SuiteFacts = {
  siteName: '亳州文明网',
  attachment: {
    page: '/releases/sample-2023-yifeng-yisu-notice/',
    printed: '" (https://bozhou-wenming.example.org/files/sample-notice.pdf)"',
  },
  spokenFirst: ['亳州市文明办2019年度工作情况新闻发布稿', '一、砥砺奋进,全面吹响文明城市创建亳州号角', '一是对标对表找差距。'],
  spokenAtLeast: 31,
};

/** The same facts read from the files of the content root `dir`. */
export function deriveFacts(dir: string): SuiteFacts {
  const site = parseYaml(fs.readFileSync(path.join(dir, 'site.yaml'), 'utf8')) as { name: string; url: string };
  const release = releaseWithAttachment(dir);
  const attachments = release.data.attachments as Array<{ file: string }> | undefined;
  if (!attachments?.length) throw new Error(`${dir} has no release with an attachment.`);
  if (TEMPLATE_PAGES.release !== `/releases/${release.id}/`) throw new Error('the release template is not the release read here');
  const blocks = release.body.split(/\n\s*\n/).map((b) => b.trim());
  const heading = blocks.find((b) => b.startsWith('## '))?.slice(3);
  const paragraph = blocks.find((b) => b && !b.startsWith('#'));
  if (!heading || !paragraph) throw new Error(`${release.id} needs a heading and a paragraph`);
  return {
    siteName: site.name,
    attachment: { page: `/releases/${release.id}/`, printed: `" (${site.url}/files/${attachments[0]!.file})"` },
    spokenFirst: [String(release.data.title), heading, sentences(paragraph)[0]!],
    // The title, then each heading and each sentence of the body.
    spokenAtLeast: 1 + blocks.reduce((n, b) => n + (b.startsWith('## ') ? 1 : sentences(b).length), 0),
  };
}

export const SUITE_FACTS: SuiteFacts = isBundled(SUITE_CONTENT) ? BUNDLED_FACTS : deriveFacts(SUITE_CONTENT);
