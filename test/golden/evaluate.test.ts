/**
 * Golden evaluation: the seed-000 mini-plan (test/engine/_plans.ts) against a month of events.
 * `npm run golden:update` rewrites test/golden/evaluate/seed000/*.json; review the diff.
 */
import { describe, it } from "vitest";
import { evaluate } from "../../src/engine/index.js";
import type { Event } from "../../src/schema/event.js";
import { seedPlan } from "../engine/_plans.js";
import { expectGolden } from "./_golden.js";

const events: Event[] = [
  { id: "vb-01", type: "document_issued", at: "2024-01-09T09:00:00+07:00", subject: "56/QĐ-UBND", data: { category: "noi_bo" } },
  { id: "vb-02", type: "document_published", at: "2024-01-11T10:00:00+07:00", subject: "56/QĐ-UBND" },
  { id: "vb-03", type: "document_issued", at: "2024-01-15T14:00:00+07:00", subject: "12/TB-BQL", data: { category: "noi_bo" } },
  { id: "vb-04", type: "document_published", at: "2024-01-22T08:30:00+07:00", subject: "12/TB-BQL" },
  { id: "cd-01", type: "document_published", at: "2024-01-29T09:00:00+07:00", data: { category: "chi_dao" } },
  { id: "cd-02", type: "document_published", at: "2024-01-30T09:00:00+07:00", data: { category: "chi_dao" } },
  { id: "nv-01", type: "task_assigned", at: "2024-01-10T08:00:00+07:00", subject: "NV-1", unit: "qlđt", deadline: "nộp trước ngày 25/01/2024" },
  { id: "nv-02", type: "task_reported", at: "2024-01-22T16:00:00+07:00", subject: "NV-1" },
  { id: "nv-03", type: "task_assigned", at: "2024-01-12T08:00:00+07:00", subject: "NV-2", unit: "qhxd", urgency: "hoa_toc", deadline: "2024-01-15" },
  { id: "nv-04", type: "task_reported", at: "2024-01-13T07:30:00+07:00", subject: "NV-2" },
  { id: "nv-05", type: "task_assigned", at: "2024-01-16T08:00:00+07:00", subject: "NV-3", unit: "ttdv" },
  { id: "nv-06", type: "task_assigned", at: "2024-01-05T08:00:00+07:00", subject: "NV-4", unit: "vp", deadline: "2024-01-19" },
  { id: "nv-07", type: "task_extended", at: "2024-01-18T10:00:00+07:00", subject: "NV-4", deadline: "2024-01-26" },
  { id: "nv-08", type: "task_reported", at: "2024-01-29T10:00:00+07:00", subject: "NV-4" },
  { id: "nv-09", type: "task_assigned", at: "2024-01-08T08:00:00+07:00", subject: "NV-5", unit: "qlđt", deadline: "2024-02-28" },
  { id: "nv-10", type: "task_ended", at: "2024-01-20T08:00:00+07:00", subject: "NV-5" },
  { id: "hs-01", type: "file_archived", at: "2024-01-26T15:00:00+07:00", subject: "NV-1" },
  { id: "kh-01", type: "city_plan_issued", at: "2024-01-09T17:00:00+07:00", subject: "KH-15/UBND" },
  { id: "kh-02", type: "plan_issued", at: "2024-01-18T10:00:00+07:00", subject: "KH-15/UBND", unit: "vp" },
  { id: "ck-01", type: "commitment_filed", at: "2024-01-04T11:00:00+07:00", period: "2024" },
  { id: "tt-01", type: "dossier_received", at: "2024-01-02T08:00:00+07:00", subject: "HS-0001", unit: "qhxd" },
  { id: "tt-02", type: "dossier_returned", at: "2024-01-05T10:00:00+07:00", subject: "HS-0001" },
  { id: "tt-03", type: "dossier_resubmitted", at: "2024-01-10T09:00:00+07:00", subject: "HS-0001" },
  { id: "tt-04", type: "dossier_resolved", at: "2024-01-26T09:00:00+07:00", subject: "HS-0001" },
  { id: "tt-05", type: "dossier_received", at: "2024-01-03T08:00:00+07:00", subject: "HS-0002", unit: "qlđt" },
  { id: "tt-06", type: "dossier_rescheduled", at: "2024-01-23T08:00:00+07:00", subject: "HS-0002", deadline: "2024-01-30" },
  { id: "tt-07", type: "dossier_resolved", at: "2024-01-29T15:00:00+07:00", subject: "HS-0002" },
  { id: "tt-08", type: "apology_sent", at: "2024-01-26T10:00:00+07:00", subject: "HS-0002" },
  { id: "tt-09", type: "dossier_received", at: "2024-01-22T08:00:00+07:00", subject: "HS-0003", unit: "qlđt" },
  { id: "so-01", type: "digitised", at: "2024-01-31T16:00:00+07:00", period: "2024-01" },
  { id: "xx-01", type: "press_release", at: "2024-01-31T16:00:00+07:00" },
  { id: "xx-02", type: "document_published", at: "2024-02-02T09:00:00+07:00", subject: "12/TB-BQL" },
];

describe("evaluate (golden)", () => {
  it("seed 000 plan, January 2024", () => {
    const plan = seedPlan();
    const evaluation = evaluate(plan, events, { asOf: "2024-01-31T17:00:00+07:00", summary: { periods: [{ from: "2024-01-01", to: "2024-01-31", label: "Tháng 01/2024" }] } });
    expectGolden("evaluate/seed000/plan.json", plan);
    expectGolden("evaluate/seed000/events.json", events);
    expectGolden("evaluate/seed000/findings.json", evaluation.findings);
    expectGolden("evaluate/seed000/summary.json", evaluation.summary);
    expectGolden("evaluate/seed000/accounting.json", evaluation.accounting);
  });
});
