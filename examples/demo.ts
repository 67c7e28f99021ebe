/** `npm run demo`: the main job of thoihan, on the seed documents. */
import { printCalendar } from "./calendar.js";

printCalendar();
