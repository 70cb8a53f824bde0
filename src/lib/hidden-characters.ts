/**
 * Characters a reader cannot see but that change what a text shows or means: direction
 * overrides and isolates (which can make 「…」 read backwards, or a phone number differ from what is
 * copied), zero-width and other format characters, fillers, controls, unpaired surrogates and
 * noncharacters. Titles, names and summaries refuse all of them; every text refuses direction
 * overrides (bidiControls), which no Chinese or English text needs.
 */

/** Direction embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Format (Cf) and control (Cc) characters other than tab and line breaks, blank fillers, lone
 * surrogates and noncharacters.
 */
export const HIDDEN_CHARACTER = /[^\P{Cc}\t\n\r]|[\p{Cf}\p{Cs}\u115F\u1160\u3164\uFFA0\u180E\u2800\uFFFE\uFFFF]/gu;

/** `U+202E` for each hidden character in `text` (each kind once), in order of appearance. */
export function hiddenCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(HIDDEN_CHARACTER)) found.add(codePointLabel(m[0]));
  return [...found];
}

export function bidiControls(text: string): Array<{ index: number; label: string }> {
  return [...text.matchAll(BIDI_CONTROLS)].map((m) => ({ index: m.index, label: codePointLabel(m[0]) }));
}

export const codePointLabel = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** For a refinement: no hidden character at all. */
export const isPlainText = (text: string) => hiddenCharacters(text).length === 0;

/**
 * The first control character (other than tab and line breaks) in a body, written as it is or
 * as a character reference (&#1;, &#x1b;): XML cannot hold them, so a feed would break.
 */
export function controlCharacter(text: string): { index: number; label: string } | undefined {
  const m =
    /[^\P{Cc}\t\n\r]|&#(?:0*(?:[1-8]|1[124-9]|2\d|3[01]|12[7-9]|1[3-5]\d)|[xX]0*(?:[1-8bBcCeEfF]|1[0-9a-fA-F]|[78][0-9a-fA-F]|9[0-9a-fA-F]));/u.exec(
      text,
    );
  return m ? { index: m.index, label: m[0].startsWith('&') ? m[0] : codePointLabel(m[0]) } : undefined;
}
