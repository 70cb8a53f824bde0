/**
 * YAML typed with a Chinese input method: a full-width colon 「：」 after a field name, full-width
 * spaces (U+3000) for indentation or after the colon, a full-width dash before a list item. YAML
 * reads none of them as syntax: the file fails to parse with a message that names no cause, or
 * parses into something else (a key 「‹U+3000›- title」, a list item that is a string). This finds
 * the first such line and says what to change. Only the start of a line is looked at, and lines
 * inside a block (`summary: |`) are skipped, so a full-width colon or space within a value is
 * never flagged.
 */

export interface FullWidthHint {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

const KEY = String.raw`[ \t\u3000]*(?:[-－][ \t\u3000]+)?([A-Za-z][\w]*)`;
const RULES: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [
    new RegExp(`^${KEY}[ \\t\\u3000]*：`),
    (m) => `字段名「${m[1]}」后面是中文冒号「：」。请改成英文冒号「:」，冒号后留一个英文空格（先切换到英文输入法再输入），例如「${m[1]}: …」。`,
  ],
  [
    new RegExp(`^${KEY}:\\u3000`),
    (m) => `字段名「${m[1]}」的冒号后面是全角空格（中文输入法下输入的空格）。请删掉它，改成一个英文空格，例如「${m[1]}: …」。`,
  ],
  [/^[ \t]*\u3000/, () => '行首有全角空格（中文输入法下输入的空格），字段区的缩进只能用英文空格。请删掉这些空格，改用英文空格缩进（与上下行对齐）。'],
  [/^[ \t]*[－—–][ \t\u3000]/, () => '列表项开头的「－」是中文符号。请改成英文减号「-」，后面留一个英文空格。'],
  [
    new RegExp(`^${KEY}:(?=[^\\s:/])`),
    (m) => `字段名「${m[1]}」的冒号后面缺少空格。请在英文冒号后加一个英文空格，例如「${m[1]}: …」。`,
  ],
];

/** The first line typed with a Chinese input method in `yaml`, which starts on file line `firstLine`. */
export function fullWidthHint(yaml: string, firstLine = 1): FullWidthHint | undefined {
  const lines = yaml.split(/\r?\n/);
  let blockIndent = -1;
  for (const [index, text] of lines.entries()) {
    const indent = /^ */.exec(text)![0].length;
    if (blockIndent >= 0 && (indent > blockIndent || text.trim() === '')) continue;
    blockIndent = /:[ \t]*[|>][-+]?\d*[ \t]*(?:#.*)?$/.test(text) ? indent : -1;
    for (const [rule, say] of RULES) {
      const m = rule.exec(text);
      if (m) return { line: firstLine + index, message: `字段区第 ${firstLine + index} 行：${say(m)}` };
    }
  }
  return undefined;
}
