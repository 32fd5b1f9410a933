// Calendar arithmetic on plain integers. Activity dates are civil dates with no time zone, so they are
// kept as days since 1970-01-01 and times as minutes since 1970-01-01 00:00 of the same naive clock
// (Korea has no daylight saving time, so naive clock arithmetic is exact).

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid civil date, or undefined when the date does not exist. */
export function toDay(year: number, month: number, day: number): number | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1 || year > 9999) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear is not needed because we reject years < 1000 elsewhere.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return Math.floor(ms / MS_PER_DAY);
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilOf(day: number): CivilDate {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(day: number): string {
  const { year, month, day: dd } = civilOf(day);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
}

/** `YYYY-MM-DD HH:MM` of a minute number. */
export function formatMinute(minute: number): string {
  const day = Math.floor(minute / 1440);
  const rest = minute - day * 1440;
  const hh = Math.floor(rest / 60);
  const mm = rest % 60;
  return `${formatDay(day)} ${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}`;
}

/** School year (학년도): 1 March to the end of February, so January and February belong to the year before. */
export function schoolYearOf(day: number): number {
  const { year, month } = civilOf(day);
  return month >= 3 ? year : year - 1;
}

/** Calendar year of a day number. */
export function yearOf(day: number): number {
  return civilOf(day).year;
}
