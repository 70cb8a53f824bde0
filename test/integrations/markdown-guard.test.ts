import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import markdownGuard from '../../src/integrations/markdown-guard';
import { bodySanitizer, markdownProcessor } from '../../src/lib/markdown/processor';

type ConfigDone = (options: { config: { markdown: { processor: unknown } } }) => void;
const run = (processor: unknown) => () =>
  ((markdownGuard(bodySanitizer) as AstroIntegration).hooks['astro:config:done'] as unknown as ConfigDone)({
    config: { markdown: { processor } },
  });

describe('the Markdown guard', () => {
  it("lets the build go on with the project's processor", () => {
    expect(run(markdownProcessor())).not.toThrow();
  });

  it("stops the build on Astro 7's default processor, which runs no rehype plugin", () => {
    expect(run({ name: 'satteri', options: { hastPlugins: [] } })).toThrow('Markdown 处理器「satteri」不会运行正文清理插件');
  });

  it('stops the build on a unified processor without the sanitizer', () => {
    expect(run(unified({ rehypePlugins: [] }))).toThrow('不会运行正文清理插件');
  });
});
