/** Evaluations shared by the report tests: the seed example and a small plan across Tết 2024. */
import { evaluate } from "../../src/engine/index.js";
import type { Evaluation } from "../../src/engine/types.js";
import { parsePlan, type Plan } from "../../src/schema/index.js";
import { loadHeza2024Plan, runHeza2024 } from "../../examples/heza-2024/run.js";

/** The seed plan evaluated at the end of 2024 (an instant: independent of what a bare date means). */
export const heza: Evaluation = runHeza2024({ asOf: "2024-12-31T23:59:59+07:00" });
export const hezaPlan: Plan = parsePlan(loadHeza2024Plan());

/** "chậm nhất 3 ngày kể từ ngày ban hành": issued Wed 07/02/2024, the 3rd day is mùng 1 Tết. */
export const tetPlan: Plan = parsePlan({
  id: "cong-khai",
  title: "Công khai văn bản; \"trên Cổng\", thử",
  start: "2024-01-01",
  units: [{ id: "ttdv", name: "Trung tâm DVVL-ĐT-XTĐT", short: "TT" }],
  obligations: [
    {
      kind: "triggered", id: "I.1", title: "Đăng tải văn bản, công khai; đúng hạn", owner: "ttdv",
      trigger: { type: "document_issued" }, completedBy: "document_published",
      deadline: "chậm nhất 3 ngày kể từ ngày ban hành",
    },
    {
      kind: "triggered", id: "H.1", title: "Trả lời trong 24 giờ", owner: "ttdv",
      trigger: { type: "question_received" }, completedBy: "question_answered",
      deadline: "trong 24 giờ",
    },
  ],
});

export const tetEvents = [
  { id: "e1", type: "document_issued", at: "2024-02-07T16:20:00+07:00", subject: "56/TB-BQL" },
  { id: "e2", type: "document_published", at: "2024-02-20T10:00:00+07:00", subject: "56/TB-BQL" },
  { id: "e3", type: "document_issued", at: "2024-02-26T09:00:00+07:00", subject: "70/TB-BQL" },
  { id: "e4", type: "document_published", at: "2024-02-27T09:00:00+07:00", subject: "70/TB-BQL" },
  { id: "e5", type: "document_issued", at: "2024-03-04T09:00:00+07:00", subject: "80/QĐ-BQL" },
  { id: "e6", type: "question_received", at: "2024-03-05T14:30:00+07:00", subject: "hỏi-1" },
];

/** As of Wed 06/03/2024 08:00: 56 late (past Tết), 70 early, 80 open, the question open until 14:30. */
export const tet: Evaluation = evaluate(tetPlan, tetEvents, { asOf: "2024-03-06T08:00:00+07:00" });
