/**
 * The Markdown processor of every .md and .mdx body: @astrojs/markdown-remark's unified pipeline,
 * the one that runs rehype plugins, with the sanitizer last. MDX inherits it (@astrojs/mdx reads
 * markdown.processor); src/integrations/markdown-guard.ts refuses a build configured otherwise.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeStripUnsafe from './rehype-strip-unsafe';
import rehypeTelLinks from './rehype-tel-links';

export const bodySanitizer = rehypeStripUnsafe;

// Tappable phone numbers first, so that the sanitizer checks the links they add.
export const markdownProcessor = () => unified({ rehypePlugins: [rehypeTelLinks, bodySanitizer] });
