// The page's script, bundled by esbuild (`npm run docs:browser`) with the package's ES module build.
import { civilServiceCalendar, computeDeadline, explainDeadline, parseDeadline, ThoihanError } from "thoihan";

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
for (const id of ["phrase", "anchor", "year"]) if (params.has(id)) $(id).value = params.get(id);

function item(text, className) {
  const li = document.createElement("li");
  li.textContent = text;
  if (className) li.className = className;
  return li;
}

function showDeadline() {
  const lastDay = $("last-day");
  const explanation = $("explanation");
  explanation.replaceChildren();
  try {
    const deadline = computeDeadline(parseDeadline($("phrase").value), { anchor: $("anchor").value });
    lastDay.textContent = deadline.lastDay;
    for (const line of explainDeadline(deadline)) explanation.append(item(line));
  } catch (error) {
    lastDay.textContent = "—";
    explanation.append(item(error instanceof ThoihanError ? `${error.code}: ${error.message}` : String(error), "error"));
  }
}

function showDaysOff() {
  const body = $("days-off");
  body.replaceChildren();
  try {
    for (const day of civilServiceCalendar.specialDays(Number($("year").value))) {
      if (day.working) continue;
      const row = document.createElement("tr");
      for (const text of [day.date, day.kind, day.name ?? "", day.source?.doc ?? ""]) {
        const cell = document.createElement("td");
        cell.textContent = text;
        row.append(cell);
      }
      body.append(row);
    }
  } catch (error) {
    const row = document.createElement("tr");
    row.className = "error";
    row.textContent = error instanceof ThoihanError ? `${error.code}: ${error.message}` : String(error);
    body.append(row);
  }
}

$("phrase").addEventListener("input", showDeadline);
$("anchor").addEventListener("input", showDeadline);
$("year").addEventListener("input", showDaysOff);
showDeadline();
showDaysOff();
document.body.dataset.ready = "true";
