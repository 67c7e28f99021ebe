import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftPlan, formatUnresolved } from "../../src/draft/index.js";
import { evaluate } from "../../src/engine/index.js";
import { InvalidInputError } from "../../src/errors.js";
import { parseDeadline } from "../../src/phrase/index.js";
import { parsePlan, safeParsePlan } from "../../src/schema/index.js";
import type { PlanInput } from "../../src/schema/plan.js";
import { deadlinePhraseArb } from "../../src/testing/index.js";
import { compareTasks } from "./_compare.js";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const handMade = JSON.parse(readFileSync(new URL("../../examples/heza-2024/plan.json", import.meta.url), "utf8")) as PlanInput;

/** The 21 tasks of the appendix of TB 01/2024, as the notice numbers them. */
const TASKS = ["I.1", "I.2", "I.3", "I.4", "I.5", "II.1", "II.2", "II.3", "III.1", "III.2", "III.3", "III.4", "III.5", "III.6", "III.7", "IV.1", "IV.2", "IV.3", "V.1", "VI.1", "VI.2"];

const byId = (plan: PlanInput, id: string) => plan.obligations.find((o) => o.id === id);

describe("draftPlan", () => {
  const notice = fixture("tb-01-2024-phu-luc.txt");
  const { plan, unresolved, unread } = draftPlan(notice, { id: "heza-2024" });

  it("drafts the appendix of TB 01/2024 into a plan parsePlan accepts, dated by the notice (tháng 01 năm 2024)", () => {
    expect(safeParsePlan(plan).success).toBe(true);
    expect(plan.start).toBe("2024-01-01");
    expect(plan.title).toBe(
      "Thực hiện các biện pháp nhằm khắc phục tồn tại, hạn chế các Chỉ số: Par Index, Sipas, PCI, DDCI, người đứng đầu thực hiện nhiệm vụ UBND thành phố giao năm 2023; cải thiện, nâng cao các Chỉ số năm 2024",
    );
  });

  it("makes one unit per name of the Chủ trì and Phối hợp columns ('Các Phòng' = 'Phòng'; 'DVVL-ĐT-XTĐT' = 'Trung tâm DVVL-ĐT-XTĐT')", () => {
    expect(plan.units).toEqual([
      { id: "trung-tam-dvvl-dt-xtdt", name: "Trung tâm DVVL-ĐT-XTĐT" },
      { id: "van-phong", name: "Văn phòng" },
      { id: "phong", name: "Các Phòng" },
    ]);
    expect(byId(plan, "III.3")?.owner).toEqual(["van-phong", "phong", "trung-tam-dvvl-dt-xtdt"]);
    expect(byId(plan, "I.2")?.cooperating).toEqual(["phong", "van-phong"]);
  });

  it("reads each task's kind from its wording (triggered by issuing, quota, dated with a target, recurring, derived)", () => {
    expect(plan.obligations.map((o) => [o.id, o.kind])).toEqual([
      ["I.1", "triggered"],
      ["I.2", "triggered"],
      ["I.3", "quota"],
      ["I.4", "triggered"],
      ["I.5", "triggered"],
      ["II.1", "dated"],
      ["II.2", "dated"],
      ["II.3a", "dated"],
      ["II.3b", "dated"],
      ["III.1", "recurring"],
      ["III.2", "dated"],
      ["III.3", "recurring"],
      ["III.4", "derived"],
      ["III.5", "derived"],
      ["III.6", "derived"],
      ["III.7", "dated"],
      ["IV.1", "dated"],
      ["IV.2", "recurring"],
      ["IV.3", "recurring"],
      ["V.1", "recurring"],
      ["VI.1", "dated"],
      ["VI.2", "dated"],
      ["ho-so-tthc", "dated"],
    ]);
  });

  it("keeps the wording verbatim and binds 'kể từ ngày ban hành' to the document_issued event (I.1)", () => {
    expect(byId(plan, "I.1")).toMatchObject({
      kind: "triggered",
      owner: "trung-tam-dvvl-dt-xtdt",
      cooperating: ["van-phong"],
      trigger: { type: "document_issued", where: { "data.task": "I.1" } },
      deadline: "chậm nhất 3 ngày kể từ ngày ban hành",
      completedBy: "document_published",
    });
  });

  it("drafts 'không thời hạn nhưng không được quá 90 ngày' as the rule of a task dated by its trigger, with the internal target waived for hỏa tốc (II.2)", () => {
    expect(byId(plan, "II.2")).toMatchObject({
      kind: "dated",
      otherwise: "không thời hạn nhưng không được quá 90 ngày",
      target: { deadline: "chậm nhất 2 ngày trước thời hạn quy định (trừ trường hợp hỏa tốc trong 24h)", waivedFor: ["hoa_toc"] },
    });
  });

  it("reads '… hoặc theo yêu cầu thời hạn trong văn bản' as dated by its trigger: the document's own deadline wins (II.3a)", () => {
    expect(byId(plan, "II.3a")).toMatchObject({
      kind: "dated",
      trigger: { type: "document_issued" },
      otherwise: "chậm nhất trong 10 ngày kể từ khi UBND TP ban hành Kế hoạch, Chương trình hành động hoặc theo yêu cầu thời hạn trong văn bản",
    });
  });

  it("derives 'từ khi hoàn thành nhiệm vụ được giao' from the row that is that task (III.4 ← II.2, 'NV' = 'nhiệm vụ')", () => {
    expect(byId(plan, "III.4")).toMatchObject({ kind: "derived", source: { obligation: "II.2", on: "done" }, deadline: "chậm nhất trong 5 ngày từ khi hoàn thành nhiệm vụ được giao" });
  });

  it("derives the apology letter from late one-stop dossiers, adding their obligation when no row is it (III.5)", () => {
    expect(byId(plan, "III.5")).toMatchObject({ kind: "derived", source: { obligation: "ho-so-tthc", on: "late" } });
    expect(byId(plan, "ho-so-tthc")).toMatchObject({ kind: "dated", trigger: { type: "dossier_received" }, description: "Nguồn của III.5 (thêm khi lập dự thảo)." });
  });

  it("drafts the rows without any time limit as tasks dated by their assignment, saying so in the description (III.7, IV.1, VI.2, as the hand-made plan has them)", () => {
    expect(unresolved).toEqual([]);
    for (const id of ["III.7", "IV.1", "VI.2"]) {
      const o = byId(plan, id);
      expect(o, id).toMatchObject({ kind: "dated", trigger: { type: "task_assigned", where: { "data.task": id } }, completedBy: "task_completed" });
      expect(o, id).not.toHaveProperty("otherwise");
      expect((o as { description?: string }).description, id).toContain("không nêu thời hạn");
    }
  });

  it("with undated: 'unresolved', lists the rows without any time limit as unresolved instead; and the wording it could not read", () => {
    const listed = draftPlan(notice, { id: "heza-2024", undated: "unresolved" });
    expect(listed.plan.obligations.map((o) => o.id)).not.toContain("III.7");
    expect(listed.unresolved.map((u) => [u.row, u.reason])).toEqual([
      ["III.7", "no_deadline"],
      ["IV.1", "no_deadline"],
      ["VI.2", "no_deadline"],
    ]);
    expect(listed.unresolved.map((u) => formatUnresolved(u, "en"))).toEqual([
      "III.7: states no time limit and refers to none",
      "IV.1: states no time limit and refers to none",
      "VI.2: states no time limit and refers to none",
    ]);
    expect(formatUnresolved({ row: "III.5", reason: "anchor_unbound", text: "", params: { anchor: "ngày hồ sơ TTHC bị chậm trễ" } })).toBe(
      'III.5: không gắn được mốc tính thời hạn "ngày hồ sơ TTHC bị chậm trễ" với một loại sự kiện hay nhiệm vụ',
    );
    expect(unread.map((u) => [u.row, u.text])).toEqual([
      ["II.2", "trước ngày..."],
      ["II.2", "trước ngày ghi"],
      ["II.3", "định kỳ,"],
    ]);
  });

  it("matches the hand-made plan on 20 of the 21 tasks (kind and rule) by default; 17 when undated rows are only listed", () => {
    // Arrange
    const listed = draftPlan(notice, { undated: "unresolved" }).plan;
    // Act
    const drafted = compareTasks(handMade, plan, TASKS);
    const strict = compareTasks(handMade, listed, TASKS);
    // Assert
    expect(drafted.filter((t) => !t.same).flatMap((t) => t.differences)).toEqual(["II.3a: kind dated, hand-made triggered"]);
    expect(drafted.filter((t) => t.same)).toHaveLength(20);
    expect(strict.filter((t) => !t.same).flatMap((t) => t.differences)).toEqual([
      "II.3a: kind dated, hand-made triggered",
      "III.7: not drafted",
      "IV.1: not drafted",
      "VI.2: not drafted",
    ]);
    expect(strict.filter((t) => t.same)).toHaveLength(17);
    expect(safeParsePlan(listed).success).toBe(true);
  });

  it("evaluates end to end: a document of task I.1 issued on Monday 04/03/2024 is due three calendar days later, 07/03 (BLDS Đ.147: the issue day not counted)", () => {
    // Arrange
    const parsed = parsePlan(plan);
    const events = [{ id: "e1", type: "document_issued", at: "2024-03-04T09:00:00+07:00", data: { task: "I.1" } }];
    // Act
    const evaluation = evaluate(parsed, events, { asOf: "2024-03-31" });
    // Assert
    expect(evaluation.findings.filter((f) => f.obligation === "I.1").map((f) => [f.status, f.lastDay])).toEqual([["overdue", "2024-03-07"]]);
  });

  it("drafts the one-off report of TB 11/2023 from its prose item III.1 ('Giao Văn phòng Ban Quản lý …')", () => {
    const result = draftPlan(fixture("tb-11-2023.txt"));
    expect(result.plan).toMatchObject({
      start: "2023-11-01",
      units: [{ id: "van-phong-ban-quan-ly", name: "Văn phòng Ban Quản lý" }],
      obligations: [{ kind: "recurring", id: "III.1", owner: "van-phong-ban-quan-ly", deadline: "trước ngày 14/11/2023" }],
    });
    expect(result.unresolved).toEqual([]);
    expect(parsePlan(result.plan).obligations).toHaveLength(1);
  });

  it("drafts the quarterly and yearly reports of KH 431/KH-BQL from the organisation section, the bullet numbered by its place", () => {
    const { plan: p } = draftPlan(fixture("kh-431-2024.txt"));
    expect(p.start).toBe("2024-01-30");
    expect(p.obligations).toMatchObject([
      {
        kind: "recurring",
        id: "III.6",
        owner: "phong-don-vi-truc-thuoc-ban-quan-ly",
        deadline: "trước ngày 03/3, 03/6, 03/9 năm 2024 (đối với báo cáo quý I, II, III), trước ngày 03/11/2024 (đối với báo cáo năm)",
      },
    ]);
    expect(safeParsePlan(p).success).toBe(true);
  });

  it("drafts the monthly report of KH 4712/KH-BQL ('định kỳ vào ngày 10 hàng tháng', item III.2)", () => {
    const { plan: p } = draftPlan(fixture("kh-4712-2023.txt"));
    expect(p.obligations).toMatchObject([{ kind: "recurring", id: "III.2", owner: "don-vi", deadline: "định kỳ vào ngày 10 hàng tháng (lồng ghép trong nội dung Báo cáo định kỳ hàng tháng)" }]);
    expect(parsePlan(p).obligations[0]).toMatchObject({ deadline: { kind: "recurring", frequency: "monthly", day: 10 } });
  });

  it("throws InvalidInputError for a non-string, a text without a date and no start, or a bad start", () => {
    expect(() => draftPlan(1 as unknown as string)).toThrow(InvalidInputError);
    expect(() => draftPlan("TT\tNội dung\tChủ trì")).toThrow(expect.objectContaining({ code: "missing_required" }));
    expect(() => draftPlan(notice, { start: "2024-02-30" })).toThrow(expect.objectContaining({ code: "invalid_date" }));
  });

  it("does not mutate its options", () => {
    const options = Object.freeze({ id: "p", start: "2024-01-01" as const, undated: "dated" as const });
    expect(() => draftPlan(notice, options)).not.toThrow();
  });
});

/** Rows of a generated task table. */
const UNITS = ["Văn phòng", "Các Phòng", "Trung tâm DVVL-ĐT-XTĐT", "Phòng Quản lý Đầu tư", "Thanh tra"];
const rowArb = fc.record({
  title: fc.constantFrom("Về công khai thông tin", "Về số hóa", "Về báo cáo định kỳ", "Về NV được giao", "Về tiếp công dân"),
  owner: fc.subarray(UNITS, { minLength: 1, maxLength: 3 }),
  cooperating: fc.subarray(UNITS, { maxLength: 2 }),
  phrase: fc.option(deadlinePhraseArb().map((p) => p.text), { nil: undefined }),
  verb: fc.constantFrom("yêu cầu đăng tải", "yêu cầu", "thời hạn", "yêu cầu báo cáo"),
});

describe("draftPlan (properties)", () => {
  it("whatever the rows say, the draft passes parsePlan, and every row is drafted or listed unresolved", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), (rows) => {
        // Arrange
        const lines = ["Hải Phòng, ngày 09 tháng 01 năm 2024", "", "TT\tLĩnh vực\tNội dung chi tiết\tSản phẩm/Kết quả\tChủ trì\tPhối hợp", "I\tNHIỆM VỤ\t\t\t\t"];
        rows.forEach((r, i) => {
          const product = r.phrase === undefined ? "- Văn bản" : `- Văn bản --> ${r.verb} ${r.phrase}`;
          lines.push(`${i + 1}\t${r.title}\t- Nội dung\t${product}\t${r.owner.join(", ")}\t${r.cooperating.join(", ")}`);
        });
        // Act
        const { plan, unresolved } = draftPlan(lines.join("\n"));
        // Assert
        const parsed = safeParsePlan(plan);
        expect(parsed.success ? "" : parsed.error.message).toBe("");
        rows.forEach((_, i) => {
          const id = `I.${i + 1}`;
          const drafted = plan.obligations.some((o) => o.id === id || o.id.startsWith(`${id}a`));
          const listed = unresolved.some((u) => u.row === id);
          expect(drafted || listed).toBe(true);
        });
        for (const o of plan.obligations) {
          const spec = (o as { deadline?: unknown }).deadline;
          if (typeof spec === "string") expect(() => parseDeadline(spec)).not.toThrow();
        }
      }),
    );
  });
});
