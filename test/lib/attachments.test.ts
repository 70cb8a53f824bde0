import { describe, expect, it } from 'vitest';
import { absoluteFileAddress, fileAddress } from '../../src/lib/attachments';
import { attachmentListHtml, enclosureElements } from '../../src/lib/feeds/enclosures';
import { releaseRecord } from '../../src/lib/open-data/records';
import { releaseSchema } from '../../src/lib/schemas';

const NAME = '2019/通知 #1 ?50%.pdf';

describe('fileAddress', () => {
  it('percent-encodes each segment of an attachment’s name once, so # ? % and spaces stay part of the name', () => {
    expect(fileAddress(NAME)).toBe('/files/2019/%E9%80%9A%E7%9F%A5%20%231%20%3F50%25.pdf');
    expect(decodeURIComponent(new URL(fileAddress(NAME), 'https://x.org').pathname)).toBe(`/files/${NAME}`);
    expect(fileAddress('a/b.pdf')).toBe('/files/a/b.pdf');
  });

  it('keeps Chinese readable in the printed address, encoding only what an address cannot hold', () => {
    expect(absoluteFileAddress('https://x.org/', NAME, true)).toBe('https://x.org/files/2019/通知%20%231%20%3F50%25.pdf');
    expect(new URL(absoluteFileAddress('https://x.org', NAME, true)).pathname).toBe(fileAddress(NAME));
  });

  it('is what the feed’s enclosures and links and the open data use', () => {
    const attachments = [{ title: '通知', file: NAME }];
    const url = `https://x.org${fileAddress(NAME)}`;
    expect(enclosureElements(attachments, 'https://x.org', '/nonexistent')).toContain(`url="${url}"`);
    expect(attachmentListHtml(attachments, 'https://x.org', '附件')).toContain(`href="${url}"`);
    const release = releaseSchema.parse({ title: '标题', date: '2021-01-01', attachments });
    expect(releaseRecord('r', release, '摘要', { siteUrl: 'https://x.org', publisher: '办' }).attachments).toEqual([
      { title: '通知', url },
    ]);
  });
});
