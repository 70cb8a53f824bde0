import type { NewsArticle, WithContext } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { newsArticleLd, personLd, practiceSiteLd } from '../../../src/lib/structured-data/json-ld';
import type { Person, PracticeSite, Release, Site } from '../../../src/lib/schemas';

const site: Site = {
  name: '测试文明网',
  publisher: '测试市文明办',
  url: 'https://example.org',
  address: '测试路 1 号',
  phone: '0558-0000000',
  email: 'wmb@example.org',
  counties: ['谯城区'],
  divisionCode: '341600',
};

describe('the JSON-LD builders', () => {
  it('are typed by schema-dts, so a misspelt property fails the type check', () => {
    const article: WithContext<NewsArticle> = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '标题',
      // @ts-expect-error `headLine` is not a NewsArticle property (npm test type-checks this file)
      headLine: '标题',
    };
    expect(article.headline).toBe('标题');
  });

  it('describe a release as a NewsArticle published by the office', () => {
    const release = {
      title: '标题',
      date: '2019-12-31',
      topics: ['文明实践'],
      people: [],
      attachments: [],
      draft: false,
      sample: false,
    } as Release;
    const ld = newsArticleLd(site, 'first', release, '摘要');
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: '标题',
      datePublished: '2019-12-31T00:00:00+08:00',
      keywords: '文明实践',
    });
    expect(ld.publisher).toMatchObject({ '@type': 'GovernmentOrganization', '@id': 'https://example.org/#publisher' });
  });

  it('describe a person with a home, and a team (集体) as an Organization with a location', () => {
    const person = {
      name: '张三',
      group: false,
      category: '助人为乐',
      county: '谯城区',
      township: '古井镇',
      honors: [{ title: '亳州好人', period: '2019-05' }],
      summary: '简介',
      consent: true,
      draft: false,
      sample: false,
    } as Person;
    expect(personLd(site, 'zhang-san', person)).toMatchObject({
      '@type': 'Person',
      homeLocation: { address: { addressRegion: '谯城区', addressLocality: '古井镇' } },
    });
    const team = personLd(site, 'team', { ...person, group: true });
    expect(team).toMatchObject({ '@type': 'Organization', location: { '@type': 'Place' } });
    expect(team).not.toHaveProperty('homeLocation');
  });

  it('describe a practice site as a CivicStructure, with geo only where it has coordinates', () => {
    const place = {
      id: 'a-zhan',
      name: '某站',
      level: '站',
      county: '谯城区',
      address: '村委会',
      services: [],
      sample: false,
    } as unknown as PracticeSite;
    expect(practiceSiteLd(site, place)).not.toHaveProperty('geo');
    expect(practiceSiteLd(site, { ...place, lat: 33.8, lng: 115.7 })).toMatchObject({
      '@type': 'CivicStructure',
      geo: { latitude: 33.8, longitude: 115.7 },
    });
  });
});
