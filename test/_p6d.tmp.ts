import { scanDeadlines } from "../src/index.js";
const s = scanDeadlines(process.argv[2]);
console.log(s.matches.map((m) => m.text), s.unread.map((u) => [u.text, u.reason, u.token]));
