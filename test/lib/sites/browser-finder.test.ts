import { describe, expect, it } from 'vitest';
import { formatDistance, isFar, locateMessage, nearest } from '../../../src/lib/sites/browser-finder';
import type { NearData } from '../../../src/lib/sites/near-data';

const data: NearData = {
  datum: 'WGS-84',
  hours: [],
  sites: [
    ['a', 'a站', 33.8, 115.7, '', '', -1, '', ''],
    ['b', 'b站', 33.2, 116.4, '', '', -1, '', ''],
  ],
};
const words = { metres: '约 {n} 米', km: '约 {n} 公里' };
const messages = {
  ...words,
  locating: '',
  loading: '',
  found: '',
  denied: 'denied',
  unavailable: 'unavailable',
  timeout: 'timeout',
  failed: 'failed',
  error: '',
  far: '',
  none: '',
};

describe('the finder in the browser', () => {
  it('lists the nearest sites first and skips a site whose coordinates are not numbers', () => {
    const broken = { ...data, sites: [...data.sites, ['c', 'c站', NaN, 115.7, '', '', -1, '', '']] } as NearData;
    expect(nearest(broken, 33.81, 115.71).map(([s]) => s[0])).toEqual(['a', 'b']);
  });

  it('calls a position inside the box the sites span near, and one 100 km away far', () => {
    const [[, inside]] = nearest(data, 33.7, 115.8) as [[unknown, number]];
    expect(isFar(data, 33.7, 115.8, inside)).toBe(false);
    const [[, away]] = nearest(data, 34.6, 115.7) as [[unknown, number]];
    expect(isFar(data, 34.6, 115.7, away)).toBe(true);
    // Close to a site but outside the box by more than the margin (a border town of the next city).
    expect(isFar(data, 33.8, 115.55, 14e3)).toBe(true);
  });

  it('names each way locating fails in its own words', () => {
    expect([1, 2, 3, undefined].map((c) => locateMessage(c, messages))).toEqual(['denied', 'unavailable', 'timeout', 'failed']);
  });

  it('writes distances in metres below 1 km and in kilometres above', () => {
    expect([formatDistance(234, words), formatDistance(12_345, words)]).toEqual(['约 230 米', '约 12.3 公里']);
  });
});
