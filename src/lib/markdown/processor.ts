/**
 * The Markdown processor of every .md and .mdx body: @astrojs/markdown-remark's unified pipeline,
 * the one that runs rehype plugins, with the allowlist sanitizer last. MDX inherits it
 * (@astrojs/mdx reads markdown.processor); src/integrations/markdown-guard.ts refuses a build
 * configured otherwise.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeAllowlist from './rehype-allowlist';

export const bodySanitizer = rehypeAllowlist;

export const markdownProcessor = () => unified({ rehypePlugins: [bodySanitizer] });
