/** Text that must not break across lines on a phone in 大字. Runs in Node and at build time. */

const TIME_RANGE = /(\d{1,2}:\d{2})\s*([-–—~～])\s*(\d{1,2}:\d{2})/g;
const WORD_JOINER = '\u2060';

/** `8:30-17:30` → `8:30⁠-⁠17:30` with invisible word joiners (U+2060): no line break at the dash. */
export const joinTimeRanges = (text: string) =>
  text.replace(TIME_RANGE, (_, from: string, dash: string, to: string) => `${from}${WORD_JOINER}${dash}${WORD_JOINER}${to}`);
