import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import rehypeAllowlist from '../../../src/lib/markdown/rehype-allowlist';
import rehypeTelLinks from '../../../src/lib/markdown/rehype-tel-links';

// The order of src/lib/markdown/processor.ts: phone links first, then the sanitizer.
const render = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeRaw)
      .use(rehypeTelLinks)
      .use(rehypeAllowlist)
      .use(rehypeStringify)
      .processSync(markdown),
  );

describe('rehypeTelLinks', () => {
  it('links landlines with an area code, extensions and 400 numbers, and the sanitizer keeps the tel: links', () => {
    expect(render('咨询电话：0558-5555555，分机 0558-55555555-12，服务热线 400-123-4567。')).toBe(
      '<p>咨询电话：<a href="tel:0558-5555555">0558-5555555</a>，分机 <a href="tel:0558-55555555,12">0558-55555555-12</a>，服务热线 <a href="tel:400-123-4567">400-123-4567</a>。</p>',
    );
  });

  it('dials an extension written 转 after a pause, as the directory does', () => {
    expect(render('请拨 0558-5123456转8001。')).toBe('<p>请拨 <a href="tel:0558-5123456,8001">0558-5123456转8001</a>。</p>');
  });

  it('leaves numbers alone inside links and code, and does not link a year, a date or a bare run of digits', () => {
    expect(render('[0558-5555555](/x/) `0558-5555555` 2019-12-31 13800000000 2019年')).toBe(
      '<p><a href="/x/">0558-5555555</a> <code>0558-5555555</code> 2019-12-31 13800000000 2019年</p>',
    );
  });

  it('joins a time range with invisible word joiners so that it never breaks at the dash', () => {
    expect(render('开放时间 8:30-17:30，周末 9:00 ～ 12:00。')).toBe(
      '<p>开放时间 8:30\u2060-\u206017:30，周末 9:00\u2060～\u206012:00。</p>',
    );
  });
});
