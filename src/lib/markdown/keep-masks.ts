/**
 * Masked numbers (138****5678, 3416021980******) keep their asterisks. Markdown reads the `**`
 * of two masks in one paragraph as bold (`138****5678和139****1234` would show 138**5678和139**1234
 * in bold); emphasis whose markers stand between two digits or asterisks is put back as the text
 * the editor typed. Used by the build's processor and by the derived summary.
 */
import type { Parent, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';

const MASK_SIDE = /[0-9*＊]/;

export function keepMasks(tree: Root, source: string): void {
  const walk = (node: Parent) => {
    node.children.forEach((child, i) => {
      if ((child.type === 'emphasis' || child.type === 'strong') && child.position) {
        const start = child.position.start.offset ?? 0;
        const end = child.position.end.offset ?? 0;
        const raw = source.slice(start, end);
        if (raw.startsWith('*') && MASK_SIDE.test(source[start - 1] ?? '') && MASK_SIDE.test(source[end] ?? '')) {
          node.children[i] = { type: 'text', value: raw, position: child.position } as PhrasingContent;
          return;
        }
      }
      if ('children' in child) walk(child as Parent);
    });
  };
  walk(tree);
}

export default function remarkKeepMasks() {
  return (tree: Root, file: VFile) => keepMasks(tree, String(file.value));
}
