import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';
import { importReleaseText, plainLines } from '../../src/lib/seed-import';
import { releaseSchema } from '../../src/lib/schemas';
import { parse } from 'yaml';

const SEED = fs.readFileSync('seeds/000_066c4d9459199f22.txt', 'utf8');
const seedLines = SEED.split(/\r?\n/).filter((l) => l.trim() !== '');

describe('importReleaseText', () => {
  const { title, markdown } = importReleaseText(SEED, '2019-12-31');
  const { frontmatter, body } = splitFrontmatter(markdown);

  it('takes the first line as the title and the given date', () => {
    expect(title).toBe('亳州市文明办2019年度工作情况新闻发布稿');
    expect(releaseSchema.parse(parse(frontmatter!))).toMatchObject({ title, date: '2019-12-31' });
  });

  it('turns 一、二、三 sections into level-2 headings and nothing else', () => {
    const headings = body.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## 一、砥砺奋进,全面吹响文明城市创建亳州号角',
      '## 二、行而不辍,着力打造崇德向善亳州高地',
      '## 三、孜孜以求,积极探索新时代文明实践亳州路径',
    ]);
  });

  it('keeps every paragraph character for character', () => {
    expect(plainLines(body)).toEqual(seedLines.slice(1));
    expect([...plainLines(body).join('')].length).toBe([...seedLines.slice(1).join('')].length);
  });

  it('is what the committed release holds', () => {
    const committed = splitFrontmatter(fs.readFileSync('content/releases/2019-work-report.md', 'utf8'));
    expect(plainLines(committed.body)).toEqual(seedLines.slice(1));
    expect(parse(committed.frontmatter!)).toMatchObject({ title, date: '2019-12-31' });
  });

  it('escapes a paragraph that Markdown would read as a list, keeping its text', () => {
    const { markdown: md } = importReleaseText('标题\n1. 第一项\n- 条目', '2020-01-01');
    expect(plainLines(splitFrontmatter(md).body)).toEqual(['1. 第一项', '- 条目']);
    expect(splitFrontmatter(md).body).toContain('\\1. 第一项');
  });
});
