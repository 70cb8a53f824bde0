/**
 * The second line of defence, end to end: with validate skipped, `astro build` itself publishes
 * only allowlisted markup from Markdown and MDX (the hostile corpus's markup cases among them),
 * keeps feeds and JSON-LD well-formed whatever a title or body holds, neutralizes formula cells
 * in the open-data CSV, and copies no attachment of a type a browser would run.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import type { Element, Parents } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroCli } from '../../src/lib/build/astro-cli';
import { findUnsafeMarkup } from '../../src/lib/validate/unsafe-markup';
import { copyRoot, writeIn } from '../helpers/content-root';
import { markupFile, MARKUP_CASES } from '../helpers/hostile-markup';

const HOSTILE = [
  '',
  '<script>alert(1)</script>',
  '<iframe src="https://example.org"></iframe>',
  '<img src="/favicon.svg" alt="图" onerror="alert(1)" />',
  '[点我](javascript:alert(1))',
  '<a href="javascript:alert(2)" onclick="x()">链接</a>',
  '',
].join('\n\n');
const MDX_ONLY = [
  'export const leaked = "LEAKED-AT-BUILD";',
  '',
  '{"LEAKED-EXPRESSION"}',
  '',
  '<a href={"java" + "script:alert(3)"}>表达式</a>',
  '',
  '<a {...{ onclick: "alert(4)" }} href="/">展开</a>',
  '',
  '<img src="/favicon.svg" alt="图" {...{ onerror: "alert(5)" }} />',
  '',
].join('\n');
const front = (title: string) => `---\ntitle: ${title}\ndate: 2021-03-04\nsummary: 摘要。\n---\n\n`;

/** A title the schema accepts that tries to close every context it is written into. */
const NASTY_TITLE = `</script><script>alert("t")</script> ]]> <!-- --> <![CDATA[ & &amp; 'q' "qq" \u2028\u2029 </title>`;
/** Characters XML cannot hold, as a body may carry them past a skipped validate. */
const NASTY_BODY = '正文 ]]> </script> \u0001控制\u0008字符 &#1; &#xD800; <![CDATA[x]]> 完。';
const FORMULA = '=HYPERLINK("https://evil.example/","领取补贴")';

fs.mkdirSync('test-results', { recursive: true });
const out = fs.mkdtempSync(path.resolve('test-results', 'unsafe-'));
const read = (rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');
/** What the article publishes between a markup case's opening and closing sentences (undefined when one is missing). */
const between = (rel: string, id: string) => {
  const html = read(rel).slice(read(rel).indexOf('<article'));
  const [start, end] = [html.indexOf(`开头${id}。`), html.indexOf(`结尾${id}。`)];
  return start < 0 || end < start ? undefined : html.slice(start + `开头${id}。`.length, end);
};
/** The text of the first `tag` element of a page, as a browser parses it. */
const elementText = (html: string, tag: string) => {
  const find = (node: Parents): Element | undefined => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === tag) return child;
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  const element = find(fromHtml(html));
  return element ? toText(element) : undefined;
};
let code: unknown;

beforeAll(async () => {
  const root = copyRoot((d) => {
    writeIn(d, 'releases/hostile-md.md', `${front('恶意MD')}MD正文。${HOSTILE}`);
    writeIn(d, 'releases/hostile-mdx.mdx', `${front('恶意MDX')}MDX正文。${HOSTILE}\n${MDX_ONLY}`);
    for (const c of MARKUP_CASES) writeIn(d, ...markupFile(c));
    // publisher has no character rule: an unpaired surrogate written as a YAML escape reaches JSON-LD.
    const nastyFront = front(JSON.stringify(NASTY_TITLE)).replace('summary:', 'publisher: "发布\\uD800单位"\nsummary:');
    writeIn(d, 'releases/nasty.md', `${nastyFront}${NASTY_BODY}\n`);
    fs.appendFileSync(
      path.join(d, 'practice-sites.csv'),
      `qc-formula-zhan,"${FORMULA.replace(/"/g, '""')}",站,qc-gujing-suo,谯城区,,-1+1,,,,,,\r\n`,
    );
    writeIn(d, 'files/evil.html', '<script>alert(1)</script>');
    writeIn(d, 'files/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    fs.symlinkSync('/etc/passwd', path.join(d, 'files/passwd.pdf'));
  });
  code = await new Promise((resolve) =>
    spawn(process.execPath, [astroCli(), 'build'], {
      env: { ...process.env, CONTENT_DIR: root, BUILD_OUT_DIR: out },
      stdio: 'ignore',
    }).on('exit', resolve),
  );
  fs.rmSync(root, { recursive: true, force: true });
}, 300_000);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('astro build with validate skipped', () => {
  it('strips unsafe markup and MDX code from bodies', () => {
    expect(code).toBe(0);
    for (const id of ['hostile-md', 'hostile-mdx']) {
      const html = read(`releases/${id}/index.html`);
      const body = html.slice(html.indexOf('正文。'), html.indexOf('</article>'));
      expect(body, id).toContain('正文。');
      expect(body, id).toContain('链接');
      expect(findUnsafeMarkup(body).map((f) => `${id}: ${f.snippet}`)).toEqual([]);
      expect(body, id).not.toMatch(/LEAKED|alert/);
    }
  });

  it.each(MARKUP_CASES.map((c) => [c.id, c] as const))(
    'publishes the text around %s and nothing of it that the allowlist refuses',
    (id, c) => {
      const body = between(`releases/hostile-${id}/index.html`, id);
      expect(body).toBeTypeOf('string');
      expect(findUnsafeMarkup(body!)).toEqual([]);
      expect(body).not.toMatch(c.absent);
    },
  );

  it('keeps a hostile title as text in the page, its JSON-LD and the feed, all well-formed', () => {
    const html = read('releases/nasty/index.html');
    expect(elementText(html, 'title')?.startsWith(NASTY_TITLE)).toBe(true);
    expect(elementText(html, 'h1')).toBe(NASTY_TITLE);
    const scripts = read('releases/nasty/index.html').match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g) ?? [];
    const blocks = scripts.map((s) => JSON.parse(s.replace(/^<script[^>]*>|<\/script>$/g, '')));
    expect(JSON.stringify(blocks)).toContain(JSON.stringify(NASTY_TITLE).slice(1, -1));
    expect(scripts.join('')).toContain('发布\\ud800单位');
    const feed = read('releases/rss.xml');
    expect(SyntaxValidator.validate(feed)).toBe(true);
    expect(feed).not.toMatch(/[^\P{Cc}\t\n\r]/u);
    const items = new XMLParser().parse(feed).rss.channel.item as Array<{ title: string; 'content:encoded': string }>;
    const item = items.find((i) => i.title.includes('</script>'))!;
    expect(item.title).toBe(NASTY_TITLE);
    expect(item['content:encoded']).toContain('控制字符');
    expect(item['content:encoded']).not.toMatch(/<script|<!\[CDATA/);
  });

  it('publishes formula cells of the open-data CSV as text and keeps the JSON exact', () => {
    const csv = read('data/practice-sites.csv');
    expect(csv).toContain(`"'${FORMULA.replace(/"/g, '""')}"`);
    expect(csv).toContain(`"'-1+1"`);
    const json = JSON.parse(read('data/practice-sites.json')) as { items: Array<{ name: string; address: string }> };
    expect(json.items.find((s) => s.address === '-1+1')?.name).toBe(FORMULA);
  });

  it('copies documents to /files/ and no page, image type a browser runs, or symbolic link', () => {
    expect(fs.existsSync(path.join(out, 'files/notice.pdf'))).toBe(true);
    for (const f of ['evil.html', 'logo.svg', 'passwd.pdf']) expect(fs.existsSync(path.join(out, 'files', f)), f).toBe(false);
  });
});
