// /people/rss.xml: the most recently honoured 好人 with their stories, dated by that honour.
import { safeRss } from '../../lib/feeds/safe-rss';
import { cityTexts, latestHonor, people } from '../../data/collections';
import { entryHtml } from '../../data/entry-html';
import { ATOM_NS, channelData, FEED_LIMIT, pubDateData } from '../../lib/feeds/channel';
import { formatPeriod, periodStart } from '../../lib/dates';
import { loadSite } from '../../lib/site';
import { t } from '../../lib/strings';

/** An honour's date: the first day of its month or quarter. */
const honorDate = (period: string) => `${periodStart(period)}-01`;

export async function GET() {
  const site = loadSite();
  const newest = (await people()).slice(0, FEED_LIMIT);
  return safeRss({
    title: t('feed.people', { site: site.name }),
    description: t('feed.peopleDescription', { ...(await cityTexts()), publisher: site.publisher, count: FEED_LIMIT }),
    site: site.url,
    xmlns: ATOM_NS,
    customData: channelData(new URL('/people/rss.xml', site.url).href, newest[0] && honorDate(latestHonor(newest[0]).period)),
    items: await Promise.all(
      newest.map(async (p) => {
        const honor = latestHonor(p);
        return {
          title: t('feed.personTitle', { name: p.data.name, honor: honor.title, period: formatPeriod(honor.period) }),
          link: new URL(`/people/${p.id}/`, site.url).href,
          description: p.data.summary,
          content: await entryHtml(p, site.url),
          categories: [p.data.category, p.data.county],
          customData: pubDateData(honorDate(honor.period)),
        };
      }),
    ),
  });
}
