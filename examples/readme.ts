import { evaluate, parsePlan } from "thoihan";

const plan = parsePlan({
  id: "cong-khai",
  title: "Công khai văn bản trên Cổng thông tin điện tử",
  start: "2024-01-01",
  units: [{ id: "ttdv", name: "Trung tâm DVVL-ĐT-XTĐT" }],
  obligations: [{
    kind: "triggered", id: "I.1", title: "Đăng tải văn bản", owner: "ttdv",
    trigger: { type: "document_issued" }, completedBy: "document_published",
    deadline: "chậm nhất 3 ngày kể từ ngày ban hành",
  }],
});
const events = [
  { id: "e1", type: "document_issued", at: "2024-02-07T16:20:00+07:00", subject: "56/TB-BQL" },
  { id: "e2", type: "document_published", at: "2024-02-16T09:00:00+07:00", subject: "56/TB-BQL" },
];
const { findings } = evaluate(plan, events, { asOf: "2024-03-01T00:00:00+07:00" });
console.log(findings[0]?.status, findings[0]?.lastDay, findings[0]?.explanation.vi.at(-2));
