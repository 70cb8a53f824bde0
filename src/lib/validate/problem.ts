/** One problem found in the content, and the one way it is printed for editors. */

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Stable machine code, e.g. `enum`, `dangling-reference`, `id-number`. */
  code: string;
  /** Path as editors see it, relative to the repo when inside it. */
  file: string;
  line?: number;
  /** Field path such as `category` or `honors[0].period`. */
  field?: string;
  /** Full Chinese sentence: what is wrong and how to fix it. */
  message: string;
}

export function formatField(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

/** `content/people/zhang-san.md:5 category：「助人」不是允许的值……` */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const label = p.severity === 'warning' ? '（提醒）' : '';
  return `${where} ${label}${p.field ? `${p.field}：` : ''}${p.message}`;
}

export function summaryLine(problems: readonly Problem[], checkedFiles: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (errors === 0 && warnings === 0) return `检查完毕：${checkedFiles} 个文件，没有发现问题。`;
  const head = `检查完毕：${checkedFiles} 个文件，${errors} 个错误，${warnings} 个提醒。`;
  return errors > 0 ? `${head}请先改正错误，再构建或提交。` : head;
}
