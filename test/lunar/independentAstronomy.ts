/**
 * A second, independent computation of new moons and solar terms, used only by the tests to
 * check the lunar table. It shares no code with `src/lunar` and uses other series:
 *
 * - the Moon's longitude: the main periodic terms (coefficients ≥ 0.0003°) of Meeus,
 *   *Astronomical Algorithms*, 2nd ed., ch. 47 (table 47.A, after Chapront's ELP-2000/82),
 *   with the Venus, Jupiter and flattening additive terms;
 * - the Sun's longitude: the low-precision formula of the *Astronomical Almanac*
 *   (section C, "Low precision formulas for the Sun": L = 280.460° + 0.9856474° n,
 *   g = 357.528° + 0.9856003° n, λ = L + 1.915° sin g + 0.020° sin 2g), plus the main
 *   nutation term for solar terms;
 * - a new moon is then found by Newton iteration on the elongation λ☾ − λ☉ = 0, instead of
 *   Meeus's ch. 49 series for the instant.
 *
 * ΔT is the same model as the library's (the Espenak–Meeus 2006 polynomials, restated here):
 * it is a convention for the future, not part of the astronomy being checked.
 */

const DEG = Math.PI / 180;
const JD_UNIX = 2440587.5;

const sin = (deg: number): number => Math.sin((deg % 360) * DEG);
const norm180 = (deg: number): number => {
  const r = ((deg % 360) + 360) % 360;
  return r > 180 ? r - 360 : r;
};

/** ΔT in seconds (Espenak & Meeus 2006), only the pieces needed for 1960–2210. */
export function deltaT(year: number): number {
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - (t * t) / 233 + (t * t * t) / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - (t * t) / 260 - (t * t * t) / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  const u = (year - 1820) / 100;
  return year < 2150 ? -20 + 32 * u * u - 0.5628 * (2150 - year) : -20 + 32 * u * u;
}

const utToTt = (jdUt: number): number => jdUt + deltaT(2000 + (jdUt - 2451545) / 365.25) / 86400;
const ttToUt = (jde: number): number => jde - deltaT(2000 + (jde - 2451545) / 365.25) / 86400;

// Table 47.A, longitude column: [D, M, M', F, coefficient in 1e-6 degrees].
const MOON_TERMS: readonly (readonly [number, number, number, number, number])[] = [
  [0, 0, 1, 0, 6288774], [2, 0, -1, 0, 1274027], [2, 0, 0, 0, 658314], [0, 0, 2, 0, 213618],
  [0, 1, 0, 0, -185116], [0, 0, 0, 2, -114332], [2, 0, -2, 0, 58793], [2, -1, -1, 0, 57066],
  [2, 0, 1, 0, 53322], [2, -1, 0, 0, 45758], [0, 1, -1, 0, -40923], [1, 0, 0, 0, -34720],
  [0, 1, 1, 0, -30383], [2, 0, 0, -2, 15327], [0, 0, 1, 2, -12528], [0, 0, 1, -2, 10980],
  [4, 0, -1, 0, 10675], [0, 0, 3, 0, 10034], [4, 0, -2, 0, 8548], [2, 1, -1, 0, -7888],
  [2, 1, 0, 0, -6766], [1, 0, -1, 0, -5163], [1, 1, 0, 0, 4987], [2, -1, 1, 0, 4036],
  [2, 0, 2, 0, 3994], [4, 0, 0, 0, 3861], [2, 0, -3, 0, 3665], [0, 1, -2, 0, -2689],
  [2, 0, -1, 2, -2602], [2, -1, -2, 0, 2390], [1, 0, 1, 0, -2348], [2, -2, 0, 0, 2236],
  [0, 1, 2, 0, -2120], [0, 2, 0, 0, -2069], [2, -2, -1, 0, 2048], [2, 0, 1, -2, -1773],
  [2, 0, 0, 2, -1595], [4, -1, -1, 0, 1215], [0, 0, 2, 2, -1110], [3, 0, -1, 0, -892],
  [2, 1, 1, 0, -810], [4, -1, -2, 0, 759], [0, 2, -1, 0, -713], [2, 2, -1, 0, -700],
  [2, 1, -2, 0, 691], [2, -1, 0, -2, 596], [4, 0, 1, 0, 549], [0, 0, 4, 0, 537],
  [4, -1, 0, 0, 520], [1, 0, -2, 0, -487], [2, 1, 0, -2, -399], [0, 0, 2, -2, -381],
  [1, 1, 1, 0, 351], [3, 0, -2, 0, -340], [4, 0, -3, 0, 330], [2, -1, 2, 0, 327],
  [0, 2, 1, 0, -323], [1, 1, -1, 0, 299], [2, 0, 3, 0, 294],
];

/** Geometric longitude of the Moon, mean equinox of date, degrees (Meeus ch. 47, truncated). */
export function moonLongitude(jde: number): number {
  const t = (jde - 2451545) / 36525;
  const lp = 218.3164477 + 481267.88123421 * t - 0.0015786 * t * t;
  const d = 297.8501921 + 445267.1114034 * t - 0.0018819 * t * t;
  const m = 357.5291092 + 35999.0502909 * t - 0.0001536 * t * t;
  const mp = 134.9633964 + 477198.8675055 * t + 0.0087414 * t * t;
  const f = 93.272095 + 483202.0175233 * t - 0.0036539 * t * t;
  const e = 1 - 0.002516 * t - 0.0000074 * t * t;
  let sum = 0;
  for (const [cd, cm, cmp, cf, coef] of MOON_TERMS) {
    const factor = cm === 0 ? 1 : Math.abs(cm) === 1 ? e : e * e;
    sum += coef * factor * sin(cd * d + cm * m + cmp * mp + cf * f);
  }
  const a1 = 119.75 + 131.849 * t;
  const a2 = 53.09 + 479264.29 * t;
  sum += 3958 * sin(a1) + 1962 * sin(lp - f) + 318 * sin(a2);
  return lp + sum / 1e6;
}

/** Longitude of the Sun, mean equinox of date, aberration included (Astronomical Almanac). */
export function sunLongitude(jde: number): number {
  const n = jde - 2451545;
  const l = 280.46 + 0.9856474 * n;
  const g = 357.528 + 0.9856003 * n;
  return l + 1.915 * sin(g) + 0.02 * sin(2 * g);
}

/** Main term of the nutation in longitude, degrees. */
function nutationLongitude(jde: number): number {
  const t = (jde - 2451545) / 36525;
  const omega = 125.04452 - 1934.136261 * t;
  const ls = 280.4665 + 36000.7698 * t;
  const lm = 218.3165 + 481267.8813 * t;
  return (-17.2 * sin(omega) - 1.32 * sin(2 * ls) - 0.23 * sin(2 * lm) + 0.21 * sin(2 * omega)) / 3600;
}

/** JD (UT) of the new moon nearest to a JD (UT), by Newton iteration on the elongation. */
export function newMoonNear(jdUt: number): number {
  let jde = utToTt(jdUt);
  for (let i = 0; i < 8; i++) {
    const e0 = norm180(moonLongitude(jde) - sunLongitude(jde));
    const e1 = norm180(moonLongitude(jde + 0.01) - sunLongitude(jde + 0.01));
    const step = e0 / ((e1 - e0) / 0.01);
    jde -= step;
    if (Math.abs(step) < 1e-7) break;
  }
  return ttToUt(jde);
}

/** JD (UT) at which the Sun's apparent longitude is `degrees`, nearest to a JD (UT). */
export function solarTermNear(degrees: number, jdUt: number): number {
  let jde = utToTt(jdUt);
  for (let i = 0; i < 8; i++) {
    const diff = norm180(degrees - sunLongitude(jde) - nutationLongitude(jde));
    jde += diff / 0.9856;
    if (Math.abs(diff) < 1e-8) break;
  }
  return ttToUt(jde);
}

/** Day number (UTC+7) and minutes from the nearest civil midnight of an instant given as JD (UT). */
export function civilDay(jdUt: number): { readonly day: number; readonly minutesFromMidnight: number } {
  const local = jdUt - JD_UNIX + 7 / 24;
  const day = Math.floor(local);
  const fraction = local - day;
  return { day, minutesFromMidnight: Math.min(fraction, 1 - fraction) * 1440 };
}

/** JD (UT) of 00:00 UTC+7 of a day number. */
export const jdOfDay = (day: number): number => day + JD_UNIX - 7 / 24;

// Meeus ch. 27 "Equinoxes and Solstices": mean instants (tables 27.A for 1000–2000, 27.B for
// 2000–3000) and the 24 periodic terms of table 27.C. A third method, for the four cardinal terms.
const MEAN_CARDINAL: Readonly<Record<"before2000" | "after2000", readonly (readonly number[])[]>> = {
  before2000: [
    [1721139.29189, 365242.1374, 0.06134, 0.00111, -0.00071],
    [1721233.25401, 365241.72562, -0.05323, 0.00907, 0.00025],
    [1721325.70455, 365242.49558, -0.11677, -0.00297, 0.00074],
    [1721414.39987, 365242.88257, -0.00769, -0.00933, -0.00006],
  ],
  after2000: [
    [2451623.80984, 365242.37404, 0.05169, -0.00411, -0.00057],
    [2451716.56767, 365241.62603, 0.00325, 0.00888, -0.0003],
    [2451810.21715, 365242.01767, -0.11575, 0.00337, 0.00078],
    [2451900.05952, 365242.74049, -0.06223, -0.00823, 0.00032],
  ],
};
const CARDINAL_TERMS: readonly (readonly [number, number, number])[] = [
  [485, 324.96, 1934.136], [203, 337.23, 32964.467], [199, 342.08, 20.186], [182, 27.85, 445267.112],
  [156, 73.14, 45036.886], [136, 171.52, 22518.443], [77, 222.54, 65928.934], [74, 296.72, 3034.906],
  [70, 243.58, 9037.513], [58, 119.81, 33718.147], [52, 297.17, 150.678], [50, 21.02, 2281.226],
  [45, 247.54, 29929.562], [44, 325.15, 31555.956], [29, 60.93, 4443.417], [18, 155.12, 67555.328],
  [17, 288.79, 4562.452], [16, 198.04, 62894.029], [14, 199.76, 31436.921], [12, 95.39, 14577.848],
  [12, 287.11, 31931.756], [12, 320.81, 34777.259], [9, 227.73, 1222.114], [8, 15.45, 16859.074],
];

/**
 * JD (UT) of a March equinox (0), June solstice (1), September equinox (2) or December
 * solstice (3) of a Gregorian year 1000–3000, by Meeus ch. 27.
 */
export function cardinalPoint(year: number, which: 0 | 1 | 2 | 3): number {
  const y = year < 2000 ? year / 1000 : (year - 2000) / 1000;
  const c = (MEAN_CARDINAL[year < 2000 ? "before2000" : "after2000"][which] ?? []) as readonly number[];
  const jde0 = (c[0] ?? 0) + (c[1] ?? 0) * y + (c[2] ?? 0) * y * y + (c[3] ?? 0) * y ** 3 + (c[4] ?? 0) * y ** 4;
  const t = (jde0 - 2451545) / 36525;
  const w = 35999.373 * t - 2.47;
  const dl = 1 + 0.0334 * Math.cos(w * DEG) + 0.0007 * Math.cos(2 * w * DEG);
  let s = 0;
  for (const [a, b, cc] of CARDINAL_TERMS) s += a * Math.cos((b + cc * t) * DEG);
  return ttToUt(jde0 + (0.00001 * s) / dl);
}
