/**
 * The rendered HTML of a release or a story, for the full text in the feeds. Markdown entries
 * carry it from the content layer; MDX ones are rendered once through Astro's container API.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import { absoluteLinks } from '../lib/feeds/absolute-links';

let container: Promise<AstroContainer> | undefined;

export async function entryHtml(entry: CollectionEntry<'releases' | 'people'>, siteUrl: string): Promise<string> {
  let html = entry.rendered?.html;
  if (html === undefined) {
    container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
    const { Content } = await render(entry);
    html = await (await container).renderToString(Content);
  }
  return absoluteLinks(html, siteUrl);
}
