/**
 * `npm run demo`: the main job of thoihan on the seed documents — the 2024 task assignment of
 * Ban Quản lý Khu kinh tế Hải Phòng evaluated against a year of events, its score sheet (criteria
 * of seed 002 and QĐ 766/QĐ-TTg), the points lost per unit and one what-if, then the days off of
 * 2024 that its deadlines cross.
 *
 * Options: `--en` (English), `--as-of YYYY-MM-DD` (default 2024-12-31, end of day), `--all`
 * (list every one-stop dossier), `--explain` (every step of each deadline).
 */
import { printDaysOff } from "./calendar.js";
import { formatHeza2024, readDemoArgs, runHeza2024 } from "./heza-2024/run.js";
import { formatHezaScores } from "./heza-2024/scores.js";

const args = readDemoArgs(process.argv.slice(2));
const evaluation = runHeza2024({ asOf: args.asOf, locale: args.locale });
for (const line of formatHeza2024(evaluation, args)) console.log(line);
for (const line of formatHezaScores(evaluation, args.locale, args.asOf)) console.log(line);

console.log(args.locale === "en" ? "\nCALENDAR: the days off of 2024 these deadlines cross" : "\nLỊCH: các ngày nghỉ năm 2024 mà các thời hạn trên đi qua");
printDaysOff([2024], args.locale);
