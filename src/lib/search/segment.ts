/**
 * Chinese-aware tokens for Pagefind custom records. Runs unchanged in Node and in the browser
 * (the search page imports it), so it has no imports and must stay small.
 *
 * Index: every run of Han characters ABCD becomes the overlapping bigrams "AB BC CD" plus the
 * run's last character "D" (a one-character run stays "A"). Bigrams give substring matches (污分,
 * a given name 玉富); the tail token lets desegment() rebuild the text from Pagefind's excerpts.
 * Latin words and numbers (2019, 838.5) stay whole; punctuation is kept for readable excerpts.
 * Query: a Han run of n ≥ 2 characters becomes its n-1 bigrams; one character stays one.
 */

const HAN = /\p{Script=Han}/u;
const TOKEN =
  /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+(?:[.,'’\-_](?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)*)|(\S)/gu;

/**
 * NFKC folds full-width digits and letters (２０１９ → 2019) so index and query agree. Quotation
 * marks and title brackets are dropped, so 2024年“学雷锋” is found by 2024年学雷锋 (excerpts
 * then show the text without them).
 */
const normalize = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[“”‘’「」『』《》〈〉"]/g, '');

function hanBigrams(run: string, out: string[], tail: boolean): void {
  const chars = Array.from(run);
  if (chars.length === 1) {
    out.push(chars[0]!);
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  if (tail) out.push(chars[chars.length - 1]!);
}

/** Text to hand to Pagefind as the `content` of a custom record. */
export function segmentForIndex(text: string): string {
  const out: string[] = [];
  for (const m of normalize(text).matchAll(TOKEN)) {
    if (m[1]) hanBigrams(m[1], out, true);
    else out.push((m[2] ?? m[3])!);
  }
  return out.join(' ');
}

/** The user's query as index tokens; lone punctuation is dropped. */
export function segmentQuery(q: string): string {
  const out: string[] = [];
  for (const m of normalize(q).matchAll(TOKEN)) {
    if (m[1]) hanBigrams(m[1], out, false);
    else if (m[2]) out.push(m[2]);
  }
  return out.join(' ');
}

/**
 * What to pass to pagefind.search(). A one-part query of two or more characters is quoted, so
 * Pagefind matches its tokens in order and next to each other: a true substring match, and
 * nonsense finds nothing. Queries of several parts (「2019 好人」) are not quoted: every part
 * must occur, anywhere. A single character stays unquoted so Pagefind's prefix matching finds it
 * inside bigrams. Null when nothing searchable is left.
 */
export function pagefindQuery(q: string): string | null {
  const tokens = segmentQuery(q);
  if (!tokens) return null;
  const parts = normalize(q).trim().split(/\s+/).filter((p) => segmentQuery(p));
  return parts.length > 1 || Array.from(tokens).length < 2 ? tokens : `"${tokens}"`;
}

/**
 * Readable text from a Pagefind excerpt of segmented content (matched tokens come wrapped in
 * <mark>); a matched bigram highlights both its characters. Returns HTML with <mark> only.
 */
export function desegment(segmented: string): string {
  const chars: { c: string; hl: boolean }[] = [];
  let prevWord = false;
  let carryHl = false;
  for (const raw of segmented.split(/\s+/).filter(Boolean)) {
    const hl = raw.startsWith('<mark>') && raw.endsWith('</mark>');
    const token = hl ? raw.slice(6, -7) : raw;
    const cs = Array.from(token);
    if (cs.length <= 2 && cs.every((c) => HAN.test(c))) {
      chars.push({ c: cs[0]!, hl: hl || carryHl });
      carryHl = hl && cs.length === 2;
      prevWord = false;
    } else {
      const isWord = /[\p{L}\p{N}]/u.test(token);
      if (isWord && prevWord) chars.push({ c: ' ', hl: false });
      for (const c of cs) chars.push({ c, hl });
      prevWord = isWord;
      carryHl = false;
    }
  }
  let html = '';
  let open = false;
  for (const { c, hl } of chars) {
    if (hl !== open) {
      html += hl ? '<mark>' : '</mark>';
      open = hl;
    }
    html += c;
  }
  return open ? `${html}</mark>` : html;
}
