/**
 * `validate` as a function: reads a content root, checks it against the schemas and every
 * cross-entry, safety and file rule, and returns the problems with the typed content.
 * Never writes a file.
 */
import { readContentRoot } from '../content/read-root';
import { todayInShanghai } from '../dates';
import { checkCrossReferences } from './cross-refs';
import { checkAttachmentFiles } from './attachment-files';
import { checkReferencedFiles } from './files';
import { checkDateTypos } from './date-typos';
import { checkFigureCounts } from './figures';
import { checkFileNames } from './file-names';
import { checkUnreferencedFiles } from './unreferenced-files';
import { checkOtherYamlFiles, checkSiteFile } from './yaml-files';
import type { Problem } from './problem';
import { checkImages } from './images';
import { checkPhones } from './phones';
import { checkPlaceholders } from './placeholders';
import { checkPracticeSiteText } from './practice-sites';
import { checkSafety } from './safety';
import { checkSharePictures } from './share-pictures';
import { checkSiteUrl } from './site-url';
import { checkSchemas, type Content } from './schema-check';

export interface ValidateOptions {
  /** Production: samples are refused (drafts are simply left out of the build). */
  production?: boolean;
  /** Today's date, `YYYY-MM-DD` (defaults to today in Asia/Shanghai). */
  today?: string;
  /** Read the text of PDF, Word and Excel attachments for personal data (default true). */
  scanAttachmentText?: boolean;
}

export interface ValidationResult {
  problems: Problem[];
  errors: number;
  fileCount: number;
  content?: Content;
}

const byPlace = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);

export function validateContent(dir: string, options: ValidateOptions = {}): ValidationResult {
  const problems: Problem[] = [];
  const source = readContentRoot(dir, problems);
  const content = source && checkSchemas(source, problems);
  if (source) checkFileNames(dir, problems);
  if (source) checkUnreferencedFiles(dir, Boolean(options.production), problems);
  if (source && content) {
    checkSiteFile(content, source.siteLineOf, problems);
    checkOtherYamlFiles(dir, content.site.email, problems);
  }
  if (content) {
    checkCrossReferences(content, options.today ?? todayInShanghai(), problems);
    checkSafety(content, problems);
    checkReferencedFiles(content, problems);
    checkPlaceholders(content, problems);
    checkPracticeSiteText(content, problems);
    checkPhones(content, problems);
    checkDateTypos(content, problems);
    checkSiteUrl(content, Boolean(options.production), problems);
    checkFigureCounts(content, problems);
    checkSharePictures(content, problems);
    if (options.production) checkNoSamples(content, problems);
    if (options.production) checkNoDraftReferences(content, problems);
  }
  problems.sort(byPlace);
  return {
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    fileCount: source?.fileCount ?? 0,
    content,
  };
}

/**
 * validateContent plus the checks of the bytes of every photo (image headers, with sharp) and
 * every attachment (file-type), which are asynchronous.
 * What `npm run validate`, the build and the pre-commit hook run.
 */
export async function validateContentAndImages(dir: string, options: ValidateOptions = {}): Promise<ValidationResult> {
  const result = validateContent(dir, options);
  const images = await checkImages(dir);
  const attachments = await checkAttachmentFiles(dir, {
    scan: options.scanAttachmentText ?? true,
    allowedEmail: result.content?.site?.email,
  });
  const problems = [...result.problems, ...images.problems, ...attachments].sort(byPlace);
  return { ...result, problems, errors: problems.filter((p) => p.severity === 'error').length };
}

function checkNoSamples(c: Content, problems: Problem[]): void {
  const all = [...c.releases, ...c.people, ...c.pages, ...c.rules, ...c.practiceSites];
  for (const e of all) {
    if (!(e.data as { sample?: boolean }).sample) continue;
    if ((e.data as { draft?: boolean }).draft) continue;
    problems.push({
      severity: 'error',
      code: 'sample-in-production',
      file: e.file,
      line: e.lineOf(['sample']) ?? e.lineOf([]),
      field: 'sample',
      message: `「${e.id}」是示例内容，正式发布时不能包含。请删除它，或换成经核实的正式内容并去掉 sample 标记。`,
    });
  }
}

/** A published release must not name a 好人 whose profile is still a draft: the link would vanish. */
function checkNoDraftReferences(c: Content, problems: Problem[]): void {
  const drafts = new Set(c.people.filter((p) => p.data.draft).map((p) => p.id));
  for (const r of c.releases) {
    if (r.data.draft) continue;
    r.data.people.forEach((id, i) => {
      if (drafts.has(id))
        problems.push({
          severity: 'error',
          code: 'draft-reference',
          file: r.file,
          line: r.lineOf(['people', i]),
          field: `people[${i}]`,
          message: `好人「${id}」还是草稿（draft: true），正式发布时不会出现。请先完成该好人的资料并改为 draft: false，或从 people 中删去。`,
        });
    });
  }
}
