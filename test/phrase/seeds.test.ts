/**
 * Every deadline phrase of the seed documents (the Hải Phòng Economic Zone Authority's
 * notices, plans and report, 2023–2024), as written, with the rule it reads to and the
 * deadline it gives for the notice's date (2024-01-09) on the civil-service calendar.
 */
import { describe, expect, it } from "vitest";
import { civilServiceCalendar } from "../../src/calendar/index.js";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import type { DeadlineRule } from "../../src/deadline/types.js";
import { PhraseParseError } from "../../src/errors.js";
import { formatDeadline, parseDeadline, parseQuota, safeParseDeadline } from "../../src/phrase/index.js";

const bareDay = { code: "bare_day_unit" } as const;
const beforeNote = { code: "before_date_reading" } as const;

interface SeedRow {
  /** Where the phrase is: seed file and item. */
  readonly source: string;
  readonly text: string;
  readonly rule: DeadlineRule;
}

const chamNhat3Ngay: DeadlineRule = { kind: "relative", amount: 3, unit: "day", anchor: { text: "ngày ban hành" }, notes: [bareDay], wording: { lead: "chậm nhất" } };
const truoc2Ngay: DeadlineRule = {
  kind: "before_deadline",
  amount: 2,
  unit: "day",
  reference: "thời hạn quy định",
  except: [{ urgency: "hoa_toc", rule: { kind: "relative", amount: 24, unit: "hour", anchor: { text: "" }, wording: { unit: "h" } } }],
  notes: [bareDay],
};
const truocNgay5_01: DeadlineRule = {
  kind: "recurring",
  frequency: "yearly",
  month: 1,
  day: 5,
  bound: "before",
  notes: [{ code: "before_date_reading", params: { lead: "chậm nhất trước" } }],
  wording: { lead: "chậm nhất trước" },
};
const trong5NgayHoanThanh: DeadlineRule = {
  kind: "relative",
  amount: 5,
  unit: "day",
  anchor: { text: "khi hoàn thành nhiệm vụ được giao" },
  notes: [bareDay],
  wording: { connector: "từ", lead: "chậm nhất trong" },
};
const trongThang1: DeadlineRule = { kind: "recurring", frequency: "yearly", month: 1, bound: "within" };
const truoc14_11: DeadlineRule = { kind: "fixed_date", dates: [{ year: 2023, month: 11, day: 14 }], bound: "before", notes: [beforeNote] };

const SEED_PHRASES: readonly SeedRow[] = [
  { source: "000 I.1", text: "--> yêu cầu đăng tải chậm nhất 3 ngày kể từ ngày ban hành.", rule: chamNhat3Ngay },
  { source: "000 I.2, I.4, I.5", text: "--> yêu cầu đăng tải chậm nhất 3 ngày kể từ ngày ban hành", rule: chamNhat3Ngay },
  { source: "000 II.1, II.2", text: "--> yêu cầu ban hành chậm nhất 2 ngày trước thời hạn quy định (trừ trường hợp hỏa tốc trong 24h)", rule: truoc2Ngay },
  { source: "000 II.1, II.2 (lưu ý)", text: "nộp trước ngày 14/11/2023", rule: truoc14_11 },
  {
    source: "000 II.2",
    text: "không thời hạn nhưng không được quá 90 ngày",
    rule: { kind: "relative", amount: 90, unit: "day", anchor: { text: "" }, notes: [bareDay], wording: { lead: "không được quá", undated: "không thời hạn" } },
  },
  {
    source: "000 II.3",
    text: "--> yêu cầu chậm nhất trong 10 ngày kể từ khi UBND TP ban hành Kế hoạch, Chương trình hành động hoặc theo yêu cầu thời hạn trong văn bản",
    rule: {
      kind: "relative",
      amount: 10,
      unit: "day",
      anchor: { text: "khi UBND TP ban hành Kế hoạch, Chương trình hành động" },
      notes: [bareDay],
      wording: { alternative: "theo yêu cầu thời hạn trong văn bản", lead: "chậm nhất trong" },
    },
  },
  {
    source: "000 II.3 (the wording of the task list)",
    text: "trong 10 ngày kể từ khi UBND TP ban hành Kế hoạch, Chương trình hành động",
    rule: { kind: "relative", amount: 10, unit: "day", anchor: { text: "khi UBND TP ban hành Kế hoạch, Chương trình hành động" }, notes: [bareDay] },
  },
  { source: "000 III.1, III.3", text: "--> yêu cầu chậm nhất trước ngày 5/01 hằng năm", rule: truocNgay5_01 },
  { source: "000 III.4", text: "--> yêu cầu chậm nhất trong 5 ngày từ khi hoàn thành nhiệm vụ được giao", rule: trong5NgayHoanThanh },
  {
    source: "000 III.5",
    text: "--> yêu cầu chậm nhất 3 ngày từ ngày hồ sơ TTHC bị chậm trễ",
    rule: { kind: "relative", amount: 3, unit: "day", anchor: { text: "ngày hồ sơ TTHC bị chậm trễ" }, notes: [bareDay], wording: { connector: "từ", lead: "chậm nhất" } },
  },
  { source: "000 III.6", text: "--> yêu cầu ban hành chậm nhất trong 5 ngày từ khi hoàn thành nhiệm vụ được giao", rule: trong5NgayHoanThanh },
  { source: "000 IV.2", text: "--> yêu cầu thời hạn trong tháng 1 hằng năm", rule: trongThang1 },
  { source: "000 IV.3", text: "--> yêu cầu số hóa định kỳ hằng tháng", rule: { kind: "recurring", frequency: "monthly", bound: "within", wording: { periodic: "định kỳ" } } },
  { source: "000 V.1", text: "--> yêu cầu thực hiện/update trong tháng 1 hằng năm", rule: trongThang1 },
  { source: "001 III.1", text: "trước ngày 14/11/2023", rule: truoc14_11 },
  {
    source: "002 III.2",
    text: "định kỳ vào ngày 10 hàng tháng (lồng ghép trong nội dung Báo cáo định kỳ hàng tháng)",
    rule: { kind: "recurring", frequency: "monthly", day: 10, bound: "by", wording: { every: "hàng", lead: "vào", periodic: "định kỳ", remark: "lồng ghép trong nội dung Báo cáo định kỳ hàng tháng" } },
  },
  { source: "002 III.2", text: "định kỳ vào ngày 10 hàng tháng", rule: { kind: "recurring", frequency: "monthly", day: 10, bound: "by", wording: { every: "hàng", lead: "vào", periodic: "định kỳ" } } },
  {
    source: "003 (reporting period)",
    text: "Tính từ ngày 20/6/2024 đến ngày 19/7/2024",
    rule: { kind: "fixed_date", dates: [{ year: 2024, month: 7, day: 19 }], bound: "by", wording: { from: "20/06/2024", lead: "tính từ" } },
  },
  {
    source: "004 III",
    text: "trước ngày 03/3, 03/6, 03/9 năm 2024",
    rule: { kind: "fixed_date", dates: [{ year: 2024, month: 3, day: 3 }, { year: 2024, month: 6, day: 3 }, { year: 2024, month: 9, day: 3 }], bound: "before", notes: [beforeNote] },
  },
  { source: "004 III", text: "trước ngày 03/11/2024", rule: { kind: "fixed_date", dates: [{ year: 2024, month: 11, day: 3 }], bound: "before", notes: [beforeNote] } },
  {
    source: "004 III (as written)",
    text: "trước ngày 03/3, 03/6, 03/9 năm 2024 (đối với báo cáo quý I, II, III), trước ngày 03/11/2024 (đối với báo cáo năm)",
    rule: {
      kind: "fixed_date",
      dates: [
        { year: 2024, month: 3, day: 3 },
        { year: 2024, month: 6, day: 3 },
        { year: 2024, month: 9, day: 3 },
        { year: 2024, month: 11, day: 3 },
      ],
      bound: "before",
      notes: [beforeNote],
      wording: { "label.2": "đối với báo cáo quý I, II, III", "label.3": "đối với báo cáo năm" },
    },
  },
];

/** Seed wording that is not a deadline rule, and why. */
const SEED_REJECTIONS: readonly (readonly [source: string, text: string, code: string])[] = [
  ["000 I.3 (a quota: parseQuota)", "--> yêu cầu đăng tải định kỳ tối thiểu 1 ngày 1 văn bản", "phrase_quota"],
  ["000 II.1 (a template with an ellipsis)", 'nộp trước ngày... ', "phrase_unrecognized_token"],
  ["000 II.3 (another document's deadline)", "--> yêu cầu hoàn thành theo yêu cầu thời hạn trong văn bản/Kế hoạch/Quyết định của UBND TP", "phrase_unrecognized_token"],
  ["000 III.2 (another document's deadline)", "--> thời hạn theo yêu cầu thời hạn trong Kế hoạch của UBND TP", "phrase_unrecognized_token"],
  ["000 VI.1 (another document's deadline)", "--> yêu cầu cập nhật đúng thời hạn quy định theo công văn đơn đốc của Sở Nội vụ hoặc cập nhật kịp thời khi có phát sinh", "phrase_unrecognized_token"],
];

describe("seed phrases", () => {
  it.each(SEED_PHRASES.map((row) => [row.source, row.text, row.rule] as const))("%s: reads %s", (_source, text, expected) => {
    // Arrange, Act
    const rule = parseDeadline(text);
    // Assert
    expect(rule).toEqual(expected);
  });

  it.each(SEED_PHRASES.map((row) => [row.source, row.text] as const))("%s: formats back to the same rule: %s", (_source, text) => {
    // Arrange
    const rule = parseDeadline(text);
    // Act
    const back = parseDeadline(formatDeadline(rule, { locale: "vi" }));
    // Assert
    expect(back).toEqual(rule);
  });

  it.each(SEED_REJECTIONS)("%s: rejects %s", (_source, text, code) => {
    // Arrange, Act
    const result = safeParseDeadline(text);
    // Assert
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(PhraseParseError);
      expect(result.error.code).toBe(code);
    }
  });

  it("000 I.3: the quota reads with parseQuota", () => {
    expect(parseQuota("--> yêu cầu đăng tải định kỳ tối thiểu 1 ngày 1 văn bản")).toEqual({ count: 1, per: "day", item: "văn bản", notes: [bareDay] });
  });
});

describe("seed phrases computed for the notice of 2024-01-09", () => {
  // Arrange (shared): the notice's date is the anchor; counted-back targets use a deadline of Fri 2024-01-19.
  const context = { anchor: "2024-01-09", due: "2024-01-19", calendar: civilServiceCalendar } as const;

  it.each<[string, string, string]>([
    ["3 days after Tue 09/01 is Fri 12/01", "--> yêu cầu đăng tải chậm nhất 3 ngày kể từ ngày ban hành", "2024-01-12"],
    ["10 days after 09/01 is Fri 19/01", "trong 10 ngày kể từ khi UBND TP ban hành Kế hoạch, Chương trình hành động", "2024-01-19"],
    ["2 days before Fri 19/01 is Wed 17/01", "--> yêu cầu ban hành chậm nhất 2 ngày trước thời hạn quy định (trừ trường hợp hỏa tốc trong 24h)", "2024-01-17"],
    ["90 days after 09/01 is Mon 08/04", "không thời hạn nhưng không được quá 90 ngày", "2024-04-08"],
    ["the next 5 January not yet past: strictly before 05/01/2025", "--> yêu cầu chậm nhất trước ngày 5/01 hằng năm", "2025-01-04"],
    ["5 days after 09/01 is Sun 14/01, rolled to Mon 15/01", "--> yêu cầu chậm nhất trong 5 ngày từ khi hoàn thành nhiệm vụ được giao", "2024-01-15"],
    ["3 days after 09/01", "--> yêu cầu chậm nhất 3 ngày từ ngày hồ sơ TTHC bị chậm trễ", "2024-01-12"],
    ["January 2024 ends on Wed 31/01", "--> yêu cầu thời hạn trong tháng 1 hằng năm", "2024-01-31"],
    ["this month ends on 31/01", "--> yêu cầu số hóa định kỳ hằng tháng", "2024-01-31"],
    ["the 10th of this month", "định kỳ vào ngày 10 hàng tháng", "2024-01-10"],
    ["strictly before 14/11/2023", "trước ngày 14/11/2023", "2023-11-13"],
    ["the first listed date not yet past: strictly before 03/03/2024", "trước ngày 03/3, 03/6, 03/9 năm 2024 (đối với báo cáo quý I, II, III), trước ngày 03/11/2024 (đối với báo cáo năm)", "2024-03-02"],
    ["the window's last day", "Tính từ ngày 20/6/2024 đến ngày 19/7/2024", "2024-07-19"],
  ])("%s", (_reading, text, lastDay) => {
    // Act
    const deadline = computeDeadline(parseDeadline(text), context);
    // Assert
    expect(deadline.lastDay).toBe(lastDay);
  });

  it("a hỏa tốc case uses the exception: 24 hours from the anchor", () => {
    // Act
    const deadline = computeDeadline(parseDeadline("chậm nhất 2 ngày trước thời hạn quy định (trừ trường hợp hỏa tốc trong 24h)"), { ...context, urgency: "hoa_toc" });
    // Assert
    expect(deadline.endsAt).toBe("2024-01-10T00:00:00+07:00");
  });
});
