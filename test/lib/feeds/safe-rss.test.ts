import { describe, expect, it } from 'vitest';
import { xmlSafe } from '../../../src/lib/feeds/safe-rss';

describe('characters a feed can hold', () => {
  it('drops what XML 1.0 forbids even escaped: controls, unpaired surrogates, U+FFFE and U+FFFF', () => {
    expect(xmlSafe('a\u0000b\u0001c\u0008d\u000Be\u001Ff\uD800g\uDC00h\uFFFEi\uFFFFj')).toBe('abcdefghij');
  });

  it('keeps tab, line breaks, Chinese, emoji and line separators', () => {
    const text = '第一行\t制表\r\n第二行 👍 \u2028\u2029 ]]> </script>';
    expect(xmlSafe(text)).toBe(text);
  });
});
