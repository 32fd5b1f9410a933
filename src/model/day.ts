// Calendar arithmetic on plain integers. Activity dates are civil dates with no time zone, so they are
// kept as days since 1970-01-01 and times as minutes since 1970-01-01 00:00 of the same naive clock
// (Korea has no daylight saving time, so naive clock arithmetic is exact).
//
// Integer proleptic-Gregorian arithmetic (H. Hinnant's days_from_civil / civil_from_days): no Date objects,
// since a million-row file converts a few million dates.

/** Days of each month in a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days since 1970-01-01 of a date known to exist. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Days since 1970-01-01 for a valid civil date, or undefined when the date does not exist. Years 100–9999
 * (years below 100 are refused, as `Date.UTC` would have read them as 1900–1999).
 */
export function toDay(year: number, month: number, day: number): number | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || year < 100 || year > 9999) return undefined;
  if (day > MONTH_DAYS[month - 1] && !(month === 2 && day === 29 && isLeapYear(year))) return undefined;
  return daysFromCivil(year, month, day);
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilOf(day: number): CivilDate {
  const z = Math.floor(day) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(day: number): string {
  const { year, month, day: dd } = civilOf(day);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(dd)}`;
}

/** `YYYY-MM-DD HH:MM` of a minute number. */
export function formatMinute(minute: number): string {
  const day = Math.floor(minute / 1440);
  const rest = minute - day * 1440;
  const hh = Math.floor(rest / 60);
  const mm = rest % 60;
  return `${formatDay(day)} ${pad2(hh)}:${pad2(mm)}`;
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
