import { formatLocalDate, type LocalDate, localDateParts } from './local-date';

/**
 * The Vietnamese lunisolar calendar (âm lịch), after Hồ Ngọc Đức's published algorithm
 * ("Thuật toán tính âm lịch"): new moons and the sun's longitude from the astronomical series
 * in Jean Meeus' "Astronomical Algorithms", evaluated at the local midnight of UTC+7. The
 * Chinese calendar runs the same rules at UTC+8, so the two differ whenever a new moon or a
 * solar term falls between 16:00 and 17:00 UTC — Tết 1985 was 21 January in Vietnam and
 * 20 February in China; Tết 2030 is 2 February in Vietnam, 3 February in China. Accurate for the years 1800–2199, which is all it accepts.
 */

export interface LunarDate {
  /** The lunar year: the Gregorian year in which its first month begins. */
  year: number;
  month: number;
  day: number;
  /** True in an intercalary month (tháng nhuận), which repeats the number of the month before. */
  leap: boolean;
}

/** Hours east of UTC at which the calendar is reckoned: 7 for Vietnam. */
export const VIETNAM_CALENDAR_TIME_ZONE = 7;

const FIRST_YEAR = 1800;
const LAST_YEAR = 2199;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01, from which new moons are numbered. */
const NEW_MOON_EPOCH = 2415021.076998695;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`the lunar calendar is computed for the years ${FIRST_YEAR}–${LAST_YEAR}`);
  }
}

/** Julian day number of a Gregorian date. */
function julianDay(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

function dateOfJulianDay(jd: number): LocalDate {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((b * 146097) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return formatLocalDate({
    year: b * 100 + d - 4800 + Math.floor(m / 10),
    month: m + 3 - 12 * Math.floor(m / 10),
    day: e - Math.floor((153 * m + 2) / 5) + 1,
  });
}

/** The instant (Julian day, UT) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const t = k / 1236.85; // Julian centuries from 1900 January 0.5
  const t2 = t * t;
  const t3 = t2 * t;
  const dr = Math.PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr); // mean new moon
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun's mean anomaly
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon's mean anomaly
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
  c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
  c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
  c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
  c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
  c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
  c1 = c1 + 0.001 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
  const deltaT = t < -11
    ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd1 + c1 - deltaT;
}

/** The sun's apparent longitude in radians, normalised to [0, 2π), at Julian day `jd` (UT). */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525; // Julian centuries from 2000-01-01 12:00 UT
  const t2 = t * t;
  const dr = Math.PI / 180;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2; // mean anomaly
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2; // mean longitude
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
  dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.00029 * Math.sin(dr * 3 * m);
  const l = (l0 + dl) * dr;
  return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
}

/** Which of the twelve 30° sectors (major solar terms) the sun is in at the local midnight starting day `jd`. */
function sunSector(jd: number, timeZone: number): number {
  return Math.floor((sunLongitude(jd - 0.5 - timeZone / 24) / Math.PI) * 6);
}

/** The local day (Julian day number) on which the k-th new moon falls. */
function newMoonDay(k: number, timeZone: number): number {
  return Math.floor(newMoon(k) + 0.5 + timeZone / 24);
}

/** The first day of the lunar month 11 (the month holding the winter solstice) that begins in Gregorian `year` or just before. */
function lunarMonth11(year: number, timeZone: number): number {
  const off = julianDay(year, 12, 31) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k, timeZone);
  // Month 11 is the one in which the sun enters sector 9 (270°, the winter solstice).
  return sunSector(nm, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : nm;
}

/** In a 13-month year starting at month 11 `a11`: how many months after it the leap month is (the first without a major solar term). */
function leapMonthOffset(a11: number, timeZone: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}

/** The lunar date of a Gregorian date. */
export function lunarDateOf(date: LocalDate, timeZone = VIETNAM_CALENDAR_TIME_ZONE): LunarDate {
  const { year, month, day } = localDateParts(date);
  checkYear(year);
  const jd = julianDay(year, month, day);
  const k = Math.floor((jd - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1, timeZone);
  if (monthStart > jd) monthStart = newMoonDay(k, timeZone);
  let a11 = lunarMonth11(year, timeZone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11(year - 1, timeZone);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11(year + 1, timeZone);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let lunarMonth = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, timeZone);
    if (diff >= leapDiff) {
      lunarMonth = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { year: lunarYear, month: lunarMonth, day: jd - monthStart + 1, leap };
}

/** The Gregorian date of a lunar date; throws for a leap month the year does not have. */
export function solarDateOf(lunar: LunarDate, timeZone = VIETNAM_CALENDAR_TIME_ZONE): LocalDate {
  const { year, month, day, leap } = lunar;
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 30) {
    throw new RangeError('a lunar date has a month 1–12 and a day 1–30');
  }
  const [a11, b11] = month < 11
    ? [lunarMonth11(year - 1, timeZone), lunarMonth11(year, timeZone)]
    : [lunarMonth11(year, timeZone), lunarMonth11(year + 1, timeZone)];
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, timeZone);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) throw new RangeError(`lunar year ${year} has no leap month ${month}`);
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    throw new RangeError(`lunar year ${year} has no leap month`);
  }
  const monthStart = newMoonDay(k + off, timeZone);
  const nextMonthStart = newMoonDay(k + off + 1, timeZone);
  if (monthStart + day - 1 >= nextMonthStart) throw new RangeError(`that lunar month has ${nextMonthStart - monthStart} days`);
  return dateOfJulianDay(monthStart + day - 1);
}

/** The Gregorian date of the first day of lunar year `year` (mùng 1 Tết). */
export function lunarNewYearOf(year: number, timeZone = VIETNAM_CALENDAR_TIME_ZONE): LocalDate {
  return solarDateOf({ year, month: 1, day: 1, leap: false }, timeZone);
}
