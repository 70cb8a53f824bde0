/**
 * Stops the build when Markdown bodies would not pass through the allowlist sanitizer
 * (src/lib/markdown/rehype-allowlist.ts). Only
 * @astrojs/markdown-remark's unified processor runs rehype plugins (Astro 7's default, Sätteri,
 * and any other processor do not), and MDX inherits that processor's plugins. A change of
 * processor must fail loudly rather than publish unsanitized bodies; test/build/unsafe-markdown
 * proves the output end to end.
 */
import type { AstroIntegration } from 'astro';

interface ProcessorLike {
  name?: string;
  options?: { rehypePlugins?: unknown[] };
}

export default function markdownGuard(sanitizer: unknown): AstroIntegration {
  return {
    name: 'bz-markdown-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        const processor = config.markdown.processor as ProcessorLike | undefined;
        const plugins = (processor?.options?.rehypePlugins ?? []).map((p) => (Array.isArray(p) ? p[0] : p));
        if (processor?.name === 'unified' && plugins.includes(sanitizer)) return;
        throw new Error(
          `Markdown 处理器「${processor?.name ?? '未设置'}」不会运行正文清理插件：请在 astro.config.mjs 中保留 markdown.processor = markdownProcessor()（src/lib/markdown/processor.ts）。`,
        );
      },
    },
  };
}
