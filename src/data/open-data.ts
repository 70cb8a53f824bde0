/**
 * The open-data items of each dataset, from the collections loaded once per build. Drafts never
 * appear (not even in a preview build); samples cannot reach a production build at all.
 */
import { generatedAt } from '../lib/open-data/generated-at';
import type { DataRecord, DatasetName } from '../lib/open-data/fields';
import { personRecord, practiceSiteRecord, releaseRecord, type RecordContext } from '../lib/open-data/records';
import { csvDocument, jsonDocument } from '../lib/open-data/serialize';
import { honorTitles, loadCity } from '../lib/city';
import { loadSite } from '../lib/site';
import { people, practiceSites, releases, releaseSummary } from './collections';

function context(): RecordContext {
  const site = loadSite();
  return { siteUrl: site.url, publisher: site.publisher };
}

const builders: { [D in DatasetName]: () => Promise<DataRecord<D>[]> } = {
  releases: async () =>
    (await releases()).filter((r) => !r.data.draft).map((r) => releaseRecord(r.id, r.data, releaseSummary(r), context())),
  people: async () => (await people()).map((p) => personRecord(p.id, p.data, context())),
  practiceSites: async () => (await practiceSites()).map((s) => practiceSiteRecord(s.data, context())),
};

export async function openDataItems<D extends DatasetName>(dataset: D): Promise<DataRecord<D>[]> {
  return (builders[dataset] as () => Promise<DataRecord<D>[]>)();
}

/** The response of an endpoint under /data/. */
export async function openDataFile(dataset: DatasetName, format: 'json' | 'csv'): Promise<Response> {
  const items = await openDataItems(dataset);
  return format === 'json'
    ? new Response(jsonDocument(dataset, items, generatedAt(), honorTitles(loadCity())), {
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      })
    : new Response(csvDocument(dataset, items), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
