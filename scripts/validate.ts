/**
 * npm run validate [-- --json] [-- --production] [-- --no-attachment-text] [-- DIR]
 * Checks the content root (CONTENT_DIR, default ./content) and prints one line per problem.
 * Exit 1 on any error, 0 otherwise. Never changes a file. --no-attachment-text skips reading the
 * text of PDF/Word/Excel attachments (for a quick check; the build always reads them).
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content/paths';
import { formatProblem, summaryLine } from '../src/lib/validate/problem';
import { validateContentAndImages } from '../src/lib/validate';
import { isProduction } from '../src/lib/build-mode';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: 'boolean' },
      production: { type: 'boolean' },
      'attachment-text': { type: 'boolean', default: true },
    },
    allowPositionals: true,
    allowNegative: true,
  });
  const dir = positionals[0] ? contentDir({ CONTENT_DIR: positionals[0] }) : contentDir();
  const production = isProduction(values.production);
  const result = await validateContentAndImages(dir, { production, scanAttachmentText: values['attachment-text'] });
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ ok: result.errors === 0, errors: result.errors, files: result.fileCount, problems: result.problems }, null, 2)}\n`,
    );
  } else {
    for (const p of result.problems) (p.severity === 'error' ? console.error : console.warn)(formatProblem(p));
    console.log(summaryLine(result.problems, result.fileCount));
  }
  process.exitCode = result.errors > 0 ? 1 : 0;
}

main();
