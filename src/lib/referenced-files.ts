/**
 * The attachments the site links to: every `attachments[].file` of a release and every
 * `/files/…` address written in a body of a release, a 好人 story or a page (drafts too, unless
 * `production`, which leaves them out). Only these are copied to /files/ (a file left in
 * content/files/ that nothing names is not published), and validate says which are left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { mayNameKeys, splitFrontmatter } from './content/frontmatter';
import { listMarkdownFiles } from './content/read-markdown';

const BODY_LINK = /\/files\/([^\s)"'<>#?\]]+)/g;

const decoded = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

type Front = { draft?: unknown; attachments?: unknown } | null | undefined;
function frontMatter(yaml: string | undefined): Front {
  try {
    return parse(yaml ?? '', { maxAliasCount: 100 }) as Front;
  } catch {
    return undefined; // validate reports broken front matter; the body's links still count
  }
}

/** Paths relative to content/files/ (with `/`), as the entries name them. */
export function referencedAttachments(contentRoot: string, production = false): Set<string> {
  const out = new Set<string>();
  for (const collection of ['releases', 'people', 'pages']) {
    const dir = path.join(contentRoot, collection);
    if (!fs.existsSync(dir)) continue;
    for (const file of listMarkdownFiles(dir)) {
      const { frontmatter, body } = splitFrontmatter(fs.readFileSync(file, 'utf8'));
      const data =
        frontmatter !== undefined && mayNameKeys(frontmatter, ['attachments', 'draft']) ? frontMatter(frontmatter) : undefined;
      if (production && data?.draft === true) continue;
      if (Array.isArray(data?.attachments))
        for (const a of data.attachments as Array<{ file?: unknown }>) if (typeof a?.file === 'string') out.add(a.file);
      for (const m of body.matchAll(BODY_LINK)) out.add(decoded(m[1]!));
    }
  }
  return new Set([...out].map((f) => path.posix.normalize(f.replace(/\\/g, '/')).replace(/^\/+/, '')));
}
