/**
 * The astronomy behind the Vietnamese lunar calendar: instants of new moon, the Sun's apparent
 * longitude and ΔT. All formulas are reimplemented from their published sources:
 *
 * - new moons: Jean Meeus, *Astronomical Algorithms*, 2nd ed. (Willmann-Bell, 1998), chapter 49
 *   "Phases of the Moon" (mean phase, periodic terms for the new moon, 14 planetary arguments);
 * - the Sun: the same book, chapter 25 "Solar Coordinates", low-accuracy method (geometric mean
 *   longitude, mean anomaly, equation of the centre, then nutation and aberration);
 * - ΔT = TT − UT: F. Espenak and J. Meeus, "Polynomial Expressions for Delta T", in *Five
 *   Millennium Canon of Solar Eclipses: −1999 to +3000* (NASA/TP-2006-214141, 2006), also
 *   published on NASA's eclipse web site.
 *
 * Times are Julian Ephemeris Days (JDE, Terrestrial Time) unless a name says UT.
 *
 * @internal
 * @module
 */

const DEG = Math.PI / 180;

/** Julian Day (UT) of 1970-01-01T00:00Z, the origin of day numbers. @internal */
export const JD_UNIX_EPOCH = 2440587.5;

/** Offset of Vietnamese civil time from UT, in days (UTC+7, meridian 105°E). @internal */
export const VN_OFFSET_DAYS = 7 / 24;

function sinDeg(x: number): number {
  return Math.sin((x % 360) * DEG);
}

function normalizeDegrees(x: number): number {
  const r = x % 360;
  return r < 0 ? r + 360 : r;
}

/**
 * ΔT = TT − UT in seconds for a decimal year, by the polynomial expressions of Espenak and Meeus
 * (2006), over the pieces 1860–2150 and the long-term parabola after 2150 (and before 1860,
 * not needed here). `year` is `y = year + (month − 0.5) / 12` in their notation.
 * @internal
 */
export function deltaTSeconds(year: number): number {
  if (year < 1860) {
    const u = (year - 1820) / 100;
    return -20 + 32 * u * u;
  }
  if (year < 1900) {
    const t = year - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174;
  }
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  if (year < 2150) {
    const u = (year - 1820) / 100;
    return -20 + 32 * u * u - 0.5628 * (2150 - year);
  }
  const u = (year - 1820) / 100;
  return -20 + 32 * u * u;
}

/** Decimal year of a Julian Day, precise enough for ΔT. @internal */
export function decimalYearOfJd(jd: number): number {
  return 2000 + (jd - 2451545.0) / 365.25;
}

/** Julian Ephemeris Day (TT) → Julian Day (UT). @internal */
export function jdeToJdUt(jde: number): number {
  return jde - deltaTSeconds(decimalYearOfJd(jde)) / 86400;
}

/** Julian Day (UT) → Julian Ephemeris Day (TT). @internal */
export function jdUtToJde(jdUt: number): number {
  return jdUt + deltaTSeconds(decimalYearOfJd(jdUt)) / 86400;
}

/** Vietnamese civil day number (UTC+7) containing an instant given as JD (UT). @internal */
export function civilDayOfJdUt(jdUt: number): number {
  return Math.floor(jdUt - JD_UNIX_EPOCH + VN_OFFSET_DAYS);
}

/** JD (UT) of 00:00 Vietnamese civil time on a day number. @internal */
export function jdUtOfCivilMidnight(dayNumber: number): number {
  return dayNumber + JD_UNIX_EPOCH - VN_OFFSET_DAYS;
}

/**
 * JDE of the true new moon number `k` (k = 0 is the new moon of 2000-01-06), Meeus ch. 49:
 * mean phase (49.1), the new-moon periodic terms and the additional corrections from the
 * planetary arguments A1–A14. Meeus quotes a mean error of a few seconds over 1980–2020
 * against the ELP-2000/82 theory.
 * @internal
 */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  // Sun's mean anomaly, Moon's mean anomaly, Moon's argument of latitude, ascending node (49.4–49.7).
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const om = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;

  const periodic =
    -0.4072 * sinDeg(mp) +
    0.17241 * e * sinDeg(m) +
    0.01608 * sinDeg(2 * mp) +
    0.01039 * sinDeg(2 * f) +
    0.00739 * e * sinDeg(mp - m) -
    0.00514 * e * sinDeg(mp + m) +
    0.00208 * e * e * sinDeg(2 * m) -
    0.00111 * sinDeg(mp - 2 * f) -
    0.00057 * sinDeg(mp + 2 * f) +
    0.00056 * e * sinDeg(2 * mp + m) -
    0.00042 * sinDeg(3 * mp) +
    0.00042 * e * sinDeg(m + 2 * f) +
    0.00038 * e * sinDeg(m - 2 * f) -
    0.00024 * e * sinDeg(2 * mp - m) -
    0.00017 * sinDeg(om) -
    0.00007 * sinDeg(mp + 2 * m) +
    0.00004 * sinDeg(2 * mp - 2 * f) +
    0.00004 * sinDeg(3 * m) +
    0.00003 * sinDeg(mp + m - 2 * f) +
    0.00003 * sinDeg(2 * mp + 2 * f) -
    0.00003 * sinDeg(mp + m + 2 * f) +
    0.00003 * sinDeg(mp - m + 2 * f) -
    0.00002 * sinDeg(mp - m - 2 * f) -
    0.00002 * sinDeg(3 * mp + m) +
    0.00002 * sinDeg(4 * mp);

  const planetary =
    0.000325 * sinDeg(299.77 + 0.107408 * k - 0.009173 * t2) +
    0.000165 * sinDeg(251.88 + 0.016321 * k) +
    0.000164 * sinDeg(251.83 + 26.651886 * k) +
    0.000126 * sinDeg(349.42 + 36.412478 * k) +
    0.00011 * sinDeg(84.66 + 18.206239 * k) +
    0.000062 * sinDeg(141.74 + 53.303771 * k) +
    0.00006 * sinDeg(207.14 + 2.453732 * k) +
    0.000056 * sinDeg(154.84 + 7.30686 * k) +
    0.000047 * sinDeg(34.52 + 27.261239 * k) +
    0.000042 * sinDeg(207.19 + 0.121824 * k) +
    0.00004 * sinDeg(291.34 + 1.844379 * k) +
    0.000037 * sinDeg(161.72 + 24.198154 * k) +
    0.000035 * sinDeg(239.56 + 25.513099 * k) +
    0.000023 * sinDeg(331.55 + 3.592518 * k);

  return jde + periodic + planetary;
}

/**
 * Approximate new-moon number `k` for a Julian Day (Meeus 49.2, solved for k). @internal
 */
export function newMoonNumberNear(jd: number): number {
  return Math.round((jd - 2451550.09766) / 29.530588861);
}

/**
 * The Sun's apparent longitude in degrees [0, 360), referred to the true equinox of date, at a
 * JDE — Meeus ch. 25, low-accuracy method (25.2–25.4, 25.6, 25.8 and the λ correction for
 * nutation and aberration). Accuracy about 0.01°.
 * @internal
 */
export function sunApparentLongitude(jde: number): number {
  const t = (jde - 2451545.0) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sinDeg(m) +
    (0.019993 - 0.000101 * t) * sinDeg(2 * m) +
    0.000289 * sinDeg(3 * m);
  const omega = 125.04 - 1934.136 * t;
  return normalizeDegrees(l0 + c - 0.00569 - 0.00478 * sinDeg(omega));
}
