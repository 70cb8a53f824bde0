/** Compares benchmark figures with the budgets in bench/budgets.json. */

export interface Check {
  name: string;
  value: number;
  limit: number;
  /** Seconds, bytes, a count, or a ratio (×). */
  unit: 's' | 'B' | 'n' | 'x';
  ok: boolean;
}

export function check(name: string, value: number | undefined, limit: number | undefined, unit: Check['unit']): Check[] {
  if (value === undefined || limit === undefined) return [];
  return [{ name, value, limit, unit, ok: value <= limit }];
}

export function formatValue(value: number, unit: Check['unit']): string {
  if (unit === 's') return `${value.toFixed(1)} s`;
  if (unit === 'n') return String(value);
  if (unit === 'x') return `${value.toFixed(2)}×`;
  if (value >= 1024 * 1024) return `${(value / 1024 / 1024).toFixed(1)} MiB`;
  if (value >= 1024) return `${(value / 1024).toFixed(1)} KiB`;
  return `${value} B`;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
