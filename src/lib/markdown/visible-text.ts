/**
 * What a reader sees of an element: its text and the alt text of its pictures. A link with none
 * is invisible (and says nothing to a screen reader); validate refuses it and the sanitizer step
 * removes it, and a dot-sized picture loses its size, so neither can carry a hidden link.
 */
import type { AnyNode } from './mdx-nodes';

/** A picture smaller than this (px) in either direction is a dot, not a picture. */
export const MIN_IMAGE = 8;

const visibleText = (node: AnyNode): string => {
  if (node.type === 'text') return String(node.value ?? '');
  if (node.type === 'element' && node.tagName === 'img') return String(node.properties?.alt ?? '');
  return (node.children ?? []).map(visibleText).join('');
};

/** No words, no picture with alt text: only spaces, invisible or control characters. */
export const isEmptyLink = (node: AnyNode) => visibleText(node).replace(/[\s\p{Cf}\p{Cc}\u3164\u115F\u1160]/gu, '') === '';

/** The size attribute that makes a picture a dot, if any. */
export function dotSize(node: AnyNode): 'width' | 'height' | undefined {
  for (const key of ['width', 'height'] as const) {
    const value = node.properties?.[key];
    if (value !== undefined && value !== null && Number.isFinite(Number(value)) && Number(value) < MIN_IMAGE) return key;
  }
  return undefined;
}

/** Removes links nobody can see and the size of dot-sized pictures, in place. */
export function dropInvisible(node: AnyNode): void {
  if (!node.children) return;
  node.children = node.children.filter((child) => !(child.type === 'element' && child.tagName === 'a' && isEmptyLink(child)));
  for (const child of node.children) {
    if (child.type === 'element' && child.tagName === 'img' && dotSize(child) && child.properties) {
      delete child.properties.width;
      delete child.properties.height;
    }
    dropInvisible(child);
  }
}
