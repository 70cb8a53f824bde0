/**
 * Reads the opening hours editors write in practice-sites.csv (「周一至周五 8:30-12:00，14:30-17:30」,
 * 「每周一、三、五 8:30-11:30」, 「周二至周日 9:00-17:00（节假日除外）」…) into a week of time ranges,
 * so that pages can say 「今日开放」 and 「现在开放」. A value it cannot read gives `undefined`;
 * validate then warns with the forms it can read (HOURS_EXAMPLES). Hand-written: no registry
 * package reads Chinese opening hours.
 */

/** One day: closed (`false`), open at times not given (`true`), or [from, to) in minutes after midnight. */
export type DayHours = boolean | Array<[number, number]>;

export interface WeeklyHours {
  /** Monday first, Sunday last. */
  days: DayHours[];
  /** 「节假日除外」 and the like: public holidays are not covered by `days`. */
  holidaysClosed: boolean;
}

/** Forms validate offers when a value cannot be read. */
export const HOURS_EXAMPLES = [
  '周一至周五 8:30-17:30',
  '周一至周五 8:30-12:00，14:30-17:30',
  '每周一、三、五 8:30-11:30',
  '周二至周日 9:00-17:00（节假日除外）',
  '周一至周五 8:30-17:30；周六 9:00-12:00',
  '每天 9:00-21:00',
] as const;

const DAY_NAMES = '一二三四五六日';
const dayIndex = (ch: string) => (ch === '天' || ch === '七' ? 6 : DAY_NAMES.indexOf(ch));
const HOLIDAYS = /[（(]?\s*(?:法定)?节假日(?:除外|休息|不开放|闭馆|休馆)\s*[）)]?/g;

/** Full-width digits and punctuation as half-width, dashes and tildes as "-", runs of space as one. */
function normalize(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/：/g, ':')
    .replace(/[－—–~～〜]/g, '-')
    .replace(/[；;。]/g, ';')
    .replace(/星期|礼拜/g, '周')
    .replace(/\s+/g, ' ')
    .trim();
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const SET_DAYS: Array<[RegExp, number[]]> = [
  [/^(?:每天|每日|天天|全天候|全年|常年|周一至周日|周一到周日)/, range(0, 6)],
  [/^工作日/, range(0, 4)],
  [/^(?:周末|双休日)/, [5, 6]],
];
const DAY_CH = '([一二三四五六日天七])';
const DAY_SPAN = new RegExp(`^每?周${DAY_CH}\\s*(?:至|到|-)\\s*(?:周)?${DAY_CH}`);
const DAY_LIST = new RegExp(`^每?周${DAY_CH}((?:\\s*[、,，]\\s*(?:周)?${DAY_CH})*)`);
const TIME = '(上午|下午|晚上|中午)?\\s*(\\d{1,2})(?::(\\d{2})|点半|[点时](?:(\\d{1,2})分?)?)';
const TIME_SPAN = new RegExp(`^${TIME}\\s*(?:-|至|到)\\s*${TIME}`);
const ALL_DAY = /^(?:全天|24小时)(?:开放)?/;

function minutes(half: string | undefined, h: string, m: string | undefined, m2: string | undefined, raw: string): number {
  let hour = Number(h);
  if ((half === '下午' || half === '晚上') && hour < 12) hour += 12;
  const minute = raw.includes('点半') ? 30 : Number(m ?? m2 ?? 0);
  return hour * 60 + minute;
}

/** The week described by `text`, or `undefined` when any part of it cannot be read. */
export function parseHours(text: string): WeeklyHours | undefined {
  let rest = normalize(text);
  const holidaysClosed = rest.search(HOLIDAYS) >= 0;
  rest = rest.replace(HOLIDAYS, ' ').replace(/开放时间[:：]?/g, ' ');
  const days: DayHours[] = Array.from({ length: 7 }, () => false);
  let current: number[] | undefined;
  const open = (list: number[]) => {
    for (const d of list) if (days[d] === false) days[d] = true;
    current = list;
  };
  while ((rest = rest.replace(/^[\s,，、;:]+/, '')).length > 0) {
    let m: RegExpExecArray | null;
    const set = SET_DAYS.find(([re]) => re.test(rest));
    if (set) {
      open(set[1]);
      rest = rest.replace(set[0], '');
    } else if ((m = DAY_SPAN.exec(rest))) {
      const [a, b] = [dayIndex(m[1]!), dayIndex(m[2]!)];
      if (b < a) return undefined;
      open(range(a, b));
      rest = rest.slice(m[0].length);
    } else if ((m = DAY_LIST.exec(rest))) {
      const list = [m[1]!, ...[...(m[2] ?? '').matchAll(/[一二三四五六日天七]/g)].map((x) => x[0])].map(dayIndex);
      open(list);
      rest = rest.slice(m[0].length);
    } else if ((m = TIME_SPAN.exec(rest)) || (m = ALL_DAY.exec(rest))) {
      if (!current) return undefined; // times without days: which days is not said
      const span: [number, number] = m.length > 1 ? spanOf(m) : [0, 24 * 60];
      if (!(span[0] < span[1] && span[1] <= 24 * 60)) return undefined;
      for (const d of current) {
        const day = days[d];
        days[d] = Array.isArray(day) ? [...day, span] : [span];
      }
      rest = rest.slice(m[0].length);
    } else if ((m = /^开放/.exec(rest))) {
      rest = rest.slice(m[0].length);
    } else return undefined;
  }
  if (!current) return undefined;
  return { days: days.map((d) => (Array.isArray(d) ? d.sort((a, b) => a[0] - b[0]) : d)), holidaysClosed };
}

function spanOf(m: RegExpExecArray): [number, number] {
  const [raw, h1, hour1, min1, min1b, h2, hour2, min2, min2b] = m;
  const [first, second] = raw.split(/-|至|到/);
  const from = minutes(h1, hour1!, min1, min1b, first ?? '');
  // 「下午2:30-5:30」: the second time takes the first one's 上午/下午 when it has none.
  const to = minutes(h2 ?? h1, hour2!, min2, min2b, second ?? '');
  return [from, to];
}
