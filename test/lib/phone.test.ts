import { describe, expect, it } from 'vitest';
import { areaCodeOf, parsePhones, telHref } from '../../src/lib/phone';

const hrefs = (cell: string, area = '0558') => parsePhones(cell, area).numbers.map((n) => n.href);

describe('parsePhones', () => {
  it('dials a landline with its area code as written, with or without a dash or brackets', () => {
    expect(hrefs('0558-5123456')).toEqual(['tel:0558-5123456']);
    expect(hrefs('(0558)5123456')).toEqual(['tel:0558-5123456']);
    expect(hrefs('０５５８－５１２３４５６')).toEqual(['tel:0558-5123456']);
    expect(hrefs('010-62345678')).toEqual(['tel:010-62345678']);
  });

  it('dials an extension after a pause, written 转, 分机 or a dash after the full number', () => {
    expect(parsePhones('0558-5123456转8001').numbers).toEqual([{ text: '0558-5123456 转 8001', href: 'tel:0558-5123456,8001' }]);
    expect(hrefs('0558-5123456 分机 12')).toEqual(['tel:0558-5123456,12']);
    expect(hrefs('0558-5123456-8001')).toEqual(['tel:0558-5123456,8001']);
  });

  it('gives each of two numbers in one cell its own link, the second sharing the first one’s area code', () => {
    expect(hrefs('0558-5123456、5123457')).toEqual(['tel:0558-5123456', 'tel:0558-5123457']);
    expect(hrefs('0558-5123456 / 0551-6123456')).toEqual(['tel:0558-5123456', 'tel:0551-6123456']);
    expect(hrefs('0558-5123456 0558-5123457')).toEqual(['tel:0558-5123456', 'tel:0558-5123457']);
  });

  it('puts back the leading 0 that Excel drops from a landline, and completes a local number with the office’s area code', () => {
    expect(parsePhones('5585123456', '0558').numbers).toEqual([{ text: '0558-5123456', href: 'tel:0558-5123456' }]);
    expect(parsePhones('5123456', '0558').numbers).toEqual([{ text: '5123456', href: 'tel:0558-5123456' }]);
    expect(parsePhones('5123456').numbers).toEqual([{ text: '5123456', href: 'tel:5123456' }]);
  });

  it('keeps a label before the number out of the link, and reads 400 numbers and short service numbers', () => {
    expect(parsePhones('办公室：0558-5123456').numbers).toEqual([
      { text: '0558-5123456', href: 'tel:0558-5123456', label: '办公室：' },
    ]);
    expect(hrefs('4001234567')).toEqual(['tel:400-123-4567']);
    expect(hrefs('12345')).toEqual(['tel:12345']);
  });

  it('names what cannot be a number a phone dials', () => {
    expect(parsePhones('0558-512345、待定、0558-51234567890、05585123456789').unreadable).toEqual([
      '0558-512345',
      '待定',
      '0558-51234567890',
      '05585123456789',
    ]);
  });
});

describe('telHref and areaCodeOf', () => {
  it('link the first number of a field, and read the office’s area code from site.yaml’s phone', () => {
    expect(telHref('0558-5555555 转 1')).toBe('tel:0558-5555555,1');
    expect(areaCodeOf('0558-5555555')).toBe('0558');
    expect(areaCodeOf('010-62345678')).toBe('010');
    expect(areaCodeOf('12345')).toBeUndefined();
  });
});
