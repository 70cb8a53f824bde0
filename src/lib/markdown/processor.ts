/**
 * The Markdown processor of every .md and .mdx body: @astrojs/markdown-remark's unified pipeline,
 * the one that runs rehype plugins, with the allowlist sanitizer last. MDX inherits it
 * (@astrojs/mdx reads markdown.processor); src/integrations/markdown-guard.ts refuses a build
 * configured otherwise.
 */
import { unified } from '@astrojs/markdown-remark';
import { FOOTNOTE_OPTIONS } from './footnotes';
import rehypeHeadingIds from './heading-ids';
import remarkKeepMasks from './keep-masks';
import rehypeAllowlist from './rehype-allowlist';
import rehypeTelLinks from './rehype-tel-links';

export const bodySanitizer = rehypeAllowlist;

// Tappable phone numbers first, so that the sanitizer checks the links they add; heading ids
// after it, since it drops every id an editor writes.
export const markdownProcessor = () =>
  unified({
    remarkPlugins: [remarkKeepMasks],
    remarkRehype: FOOTNOTE_OPTIONS,
    rehypePlugins: [rehypeTelLinks, bodySanitizer, rehypeHeadingIds],
  });
