// /releases/rss.xml: the newest releases with summary, full text and attachments. Drafts never appear.
import rss from '@astrojs/rss';
import { releases, releaseSummary } from '../../data/collections';
import { entryHtml } from '../../data/entry-html';
import { ATOM_NS, channelData, FEED_LIMIT, pubDateData } from '../../lib/feeds/channel';
import { attachmentListHtml, enclosureElements } from '../../lib/feeds/enclosures';
import { contentDir } from '../../lib/content/paths';
import { loadSite } from '../../lib/site';
import { t } from '../../lib/strings';

export async function GET() {
  const site = loadSite();
  const newest = (await releases()).filter((r) => !r.data.draft).slice(0, FEED_LIMIT);
  return rss({
    title: t('feed.releases', { site: site.name }),
    description: t('feed.releasesDescription', { publisher: site.publisher, count: FEED_LIMIT }),
    site: site.url,
    xmlns: ATOM_NS,
    customData: channelData(new URL('/releases/rss.xml', site.url).href, newest[0]?.data.date),
    items: await Promise.all(
      newest.map(async (r) => ({
        title: r.data.title,
        link: new URL(`/releases/${r.id}/`, site.url).href,
        description: releaseSummary(r),
        content: (await entryHtml(r, site.url)) + attachmentListHtml(r.data.attachments, site.url, t('release.attachments')),
        categories: r.data.topics,
        customData: pubDateData(r.data.date) + enclosureElements(r.data.attachments, site.url, contentDir()),
      })),
    ),
  });
}
