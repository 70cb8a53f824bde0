import { describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../../src/lib/search/engine';
import { parseQuery } from '../../../src/lib/search/grams';
import { resultPage } from '../../../src/lib/search/result-page';

const docs = [
  { url: '/a/', title: '甲', type: '页面', text: '志愿服装，愿服务好' },
  { url: '/b/', title: '乙', type: '页面', text: '开展志愿服务' },
  { url: '/c/', title: '丙', type: '页面', text: '志愿服务队' },
];
const engine = { document: async (d: number) => docs[d]! } as unknown as SearchEngine;
const result = { tokens: parseQuery('志愿服务'), docs: [0, 1, 2] };

describe('resultPage', () => {
  it('drops a document that holds the 3-grams of a phrase but not the phrase, and fills the page from the next', async () => {
    const page = await resultPage(engine, result, 0, 2);
    expect(page.items.map((i) => i.url)).toEqual(['/b/', '/c/']);
    expect(page).toMatchObject({ next: 3, dropped: 1 });
    expect(page.items[0]!.excerpt).toEqual([
      { text: '开展', mark: false },
      { text: '志愿服务', mark: true },
    ]);
  });
});
