import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mayNameKeys } from '../../../src/lib/content/frontmatter';

describe('mayNameKeys, the shortcut before parsing front matter for photos and attachments', () => {
  const forms = [
    'photo: people/a.jpg',
    '"photo": people/a.jpg',
    "'photo': people/a.jpg",
    '{photo: people/a.jpg}',
    '"\\x70hoto": people/a.jpg',
    '"\\u0070hoto": people/a.jpg',
    'base: &b\n  photo: people/a.jpg\nmerged:\n  <<: *b',
    '? photo\n: people/a.jpg',
    '!!str photo: people/a.jpg',
  ];

  it.each(forms)('says yes to every way YAML can write the key: %s', (yaml) => {
    const data = parse(yaml, { merge: true }) as Record<string, unknown>;
    const named = 'photo' in data || 'photo' in ((data.merged ?? {}) as object);
    expect(named).toBe(true);
    expect(mayNameKeys(yaml, ['photo'])).toBe(true);
  });

  it('says no only where the key cannot be', () => {
    expect(mayNameKeys('name: 王秀兰\ntitle: 亳州好人\nsummary: 几十年如一日照顾邻居', ['photo'])).toBe(false);
    expect(mayNameKeys('title: 通知\ndate: 2021-03-04', ['attachments', 'draft'])).toBe(false);
    expect(mayNameKeys('title: 通知\ndraft: true', ['attachments', 'draft'])).toBe(true);
  });
});
