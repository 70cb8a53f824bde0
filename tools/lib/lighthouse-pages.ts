/**
 * One page of every template for Lighthouse, and what each may miss on purpose: /search/ tells
 * search engines not to index it (a results page is not content).
 */
import { TEMPLATE_PAGES } from '../../test/helpers/templates';

/** The 404 template at its own address: at a missing one the status is 404, which Lighthouse refuses to audit. */
export const LIGHTHOUSE_PAGES: Record<string, string> = { ...TEMPLATE_PAGES, 'not-found': '/404.html' };

/** Template → audits allowed to fail, with the reason. */
export const DELIBERATE: Record<string, Record<string, string>> = {
  search: { 'seo/is-crawlable': 'noindex on purpose: a results page is not content' },
};

/** Targets of the bench (timings, so never checked in a test). */
export const PERFORMANCE_TARGET = { default: 95, search: 90, cls: 0.05 } as const;
