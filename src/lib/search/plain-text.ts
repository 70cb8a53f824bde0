/** Markdown or MDX body to the plain text a reader sees, for the search index. */
import { periodStart } from '../dates';

export function plainText(markdown: string): string {
  return (
    markdown
      .replace(/^(import|export)\s.*$/gm, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, ' ')
      .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
      // A mask (138****5678, 3416021980******) keeps its asterisks; emphasis markers go.
      .replace(/\*+/g, (run, at: number, all: string) =>
        /[0-9]/.test(all[at - 1] ?? '') && (/[0-9]/.test(all[at + run.length] ?? '') || run.length >= 3) ? run : '',
      )
      .replace(/[_`~|]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The first month (YYYY-MM) of the most recent period, e.g. 2019-Q2 → 2019-04. */
export function latestPeriodStart(periods: string[]): string | undefined {
  return periods.map(periodStart).sort().at(-1);
}
