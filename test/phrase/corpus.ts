/**
 * A corpus of real deadline phrases (cụm từ thời hạn) as they are worded in Vietnamese laws,
 * decrees, circulars, decisions, official letters and plans, each with its source and either the
 * rule it states or the rejection expected (with the reason).
 *
 * Phrases are short excerpts: the deadline clause only, cut where the sentence goes on with the
 * subject or the action ("…, cơ quan đăng ký kinh doanh phải …"). Words that only a human reader
 * can resolve (a choice between two amounts chosen by the kind of thing, several extensions of
 * N days each) are kept in rejected entries on purpose; the words that name what is extended
 * ("gia hạn giải quyết tố cáo một lần …") are kept verbatim in `wording.role`. Extensions, entries into force,
 * validity periods and minimum notices are read with their `role`.
 *
 * Expected rules leave out `notes` (a function of the fields) and `wording` (checked only where
 * an entry gives it).
 */
import type { DateSpec, DeadlineRule, DurationUnit, RecurringRule } from "../../src/deadline/types.js";
import type { IssueCode } from "../../src/errors.js";

/** One corpus entry: a phrase, its source, and the rule or the rejection expected. */
export interface CorpusEntry {
  readonly text: string;
  /** The document and article, or the kind of document ("công văn", "kế hoạch"). */
  readonly source: string;
  readonly rule?: DeadlineRule;
  /** Wording entries that must be present (others are not checked). */
  readonly wording?: Readonly<Record<string, string>>;
  readonly reject?: IssueCode;
  readonly reason?: string;
}

const rel = (amount: number, unit: DurationUnit, anchor = ""): DeadlineRule => ({ kind: "relative", amount, unit, anchor: { text: anchor } });
const back = (amount: number, unit: "day" | "working_day" | "calendar_day", reference: string): DeadlineRule => ({ kind: "before_deadline", amount, unit, reference });
const d = (day: number, month: number, year?: number): DateSpec => (year === undefined ? { month, day } : { year, month, day });
const fixed = (dates: DateSpec[], bound: "before" | "by", time?: string): DeadlineRule => ({ kind: "fixed_date", dates, bound, ...(time === undefined ? {} : { time }) });
const rec = (frequency: RecurringRule["frequency"], bound: RecurringRule["bound"], more: Partial<Omit<RecurringRule, "kind" | "frequency" | "bound">> = {}): DeadlineRule => ({
  kind: "recurring",
  frequency,
  ...more,
  bound,
});
const month = (m: number, year?: number): DeadlineRule => ({ kind: "period", period: year === undefined ? { unit: "month", month: m } : { unit: "month", month: m, year } });
const quarter = (q: number, year?: number): DeadlineRule => ({ kind: "period", period: year === undefined ? { unit: "quarter", quarter: q } : { unit: "quarter", quarter: q, year } });

const BLDS = "Bộ luật Dân sự 2015";
const KN = "Luật Khiếu nại 2011";
const TC = "Luật Tố cáo 2018";
const DD = "Luật Đất đai 2024";
const DN = "Luật Doanh nghiệp 2020";
const XL = "Luật Xử lý vi phạm hành chính 2012 (sửa đổi 2020)";
const QLT = "Luật Quản lý thuế 2019";
const TT28 = "Thông tư 28/2011/TT-BTC, Đ.9.3";
const NSNN = "Luật Ngân sách nhà nước 2015";
const ND09 = "Nghị định 09/2019/NĐ-CP";
const ND30 = "Nghị định 30/2020/NĐ-CP";
const ND61 = "Nghị định 61/2018/NĐ-CP (sửa đổi bởi NĐ 107/2021)";
const ND118 = "Nghị định 118/2025/NĐ-CP";
const TTHC = "Thủ tục hành chính (Cổng Dịch vụ công, mục Thời hạn giải quyết)";
const QCLV = "Quy chế làm việc của UBND tỉnh";
const CV = "công văn";
const KH = "kế hoạch";

/** The corpus. */
export const CORPUS: readonly CorpusEntry[] = [
  // ---------------------------------------------------------------- Bộ luật Dân sự 2015
  { text: "03 năm, kể từ ngày người có quyền yêu cầu biết hoặc phải biết quyền và lợi ích hợp pháp của mình bị xâm phạm", source: `${BLDS}, Đ.429`, rule: rel(3, "year", "ngày người có quyền yêu cầu biết hoặc phải biết quyền và lợi ích hợp pháp của mình bị xâm phạm") },
  { text: "là 03 năm, kể từ ngày người có quyền yêu cầu biết hoặc phải biết quyền, lợi ích hợp pháp của mình bị xâm phạm", source: `${BLDS}, Đ.588`, rule: rel(3, "year", "ngày người có quyền yêu cầu biết hoặc phải biết quyền, lợi ích hợp pháp của mình bị xâm phạm"), wording: { lead: "là" } },
  { text: "là 02 năm, kể từ ngày giao dịch dân sự được xác lập", source: `${BLDS}, Đ.132.1`, rule: rel(2, "year", "ngày giao dịch dân sự được xác lập") },
  { text: "30 năm đối với bất động sản, 10 năm đối với động sản, kể từ thời điểm mở thừa kế", source: `${BLDS}, Đ.623.1`, reject: "phrase_unrecognized_token", reason: "two time limits chosen by the kind of estate: a plan picks one" },
  { text: "đầu tháng", source: `${BLDS}, Đ.146.2.a`, rule: rec("monthly", "by", { day: 1 }) },
  { text: "giữa tháng", source: `${BLDS}, Đ.146.2.b`, rule: rec("monthly", "by", { day: 15 }) },
  { text: "cuối tháng", source: `${BLDS}, Đ.146.2.c`, rule: rec("monthly", "by", { day: "last" }) },
  { text: "đầu năm", source: `${BLDS}, Đ.146.3.a`, rule: fixed([d(1, 1)], "by") },
  { text: "đầu năm 2026", source: `${BLDS}, Đ.146.3.a; ${KH}`, rule: fixed([d(1, 1, 2026)], "by") },
  { text: "giữa năm", source: `${BLDS}, Đ.146.3.b`, rule: { kind: "period", period: { unit: "half_year", half: 1 } } },
  { text: "cuối năm", source: `${BLDS}, Đ.146.3.c`, rule: { kind: "period", period: { unit: "year" } } },
  { text: "nửa tháng", source: `${BLDS}, Đ.146.1.d`, reject: "phrase_unrecognized_token", reason: "\"nửa\" (half) is not an amount of the language; write 15 ngày" },
  { text: "khi thời hạn được tính bằng phút, giờ", source: `${BLDS}, Đ.147.1`, reject: "phrase_unrecognized_token", reason: "a rule about counting, not a deadline" },

  // ---------------------------------------------------------------- Luật Khiếu nại, Luật Tố cáo
  { text: "90 ngày, kể từ ngày nhận được quyết định hành chính hoặc biết được quyết định hành chính, hành vi hành chính", source: `${KN}, Đ.9`, rule: rel(90, "day", "ngày nhận được quyết định hành chính hoặc biết được quyết định hành chính, hành vi hành chính") },
  { text: "trong thời hạn 90 ngày kể từ ngày nhận được quyết định hành chính hoặc biết được có hành vi hành chính", source: `${KN}, Đ.9 (thời hiệu khiếu nại)`, rule: rel(90, "day", "ngày nhận được quyết định hành chính hoặc biết được có hành vi hành chính") },
  { text: "Trong thời hạn 10 ngày, kể từ ngày nhận được khiếu nại thuộc thẩm quyền giải quyết", source: `${KN}, Đ.27`, rule: rel(10, "day", "ngày nhận được khiếu nại thuộc thẩm quyền giải quyết") },
  { text: "không quá 30 ngày, kể từ ngày thụ lý", source: `${KN}, Đ.28`, rule: rel(30, "day", "ngày thụ lý"), wording: { lead: "không quá" } },
  { text: "không quá 45 ngày, kể từ ngày thụ lý", source: `${KN}, Đ.37`, rule: rel(45, "day", "ngày thụ lý") },
  { text: "Trong thời hạn 30 ngày, kể từ ngày hết thời hạn giải quyết khiếu nại", source: `${KN}, Đ.33`, rule: rel(30, "day", "ngày hết thời hạn giải quyết khiếu nại") },
  { text: "có thể kéo dài hơn nhưng không quá 45 ngày, kể từ ngày thụ lý", source: `${KN}, Đ.28`, rule: { ...rel(45, "day", "ngày thụ lý"), role: "extension_limit" }, wording: { role: "có thể kéo dài hơn nhưng" } },
  { text: "Trong thời hạn 07 ngày làm việc kể từ ngày nhận được tố cáo", source: `${TC}, Đ.24`, rule: rel(7, "working_day", "ngày nhận được tố cáo") },
  { text: "không quá 30 ngày kể từ ngày thụ lý tố cáo", source: `${TC}, Đ.30.1`, rule: rel(30, "day", "ngày thụ lý tố cáo") },
  { text: "gia hạn giải quyết tố cáo một lần nhưng không quá 30 ngày", source: `${TC}, Đ.30.1`, rule: { ...rel(30, "day"), role: "extension_limit" }, wording: { role: "gia hạn giải quyết tố cáo một lần nhưng", lead: "không quá" } },

  // ---------------------------------------------------------------- Luật Đất đai, Luật Doanh nghiệp
  { text: "trong thời hạn 30 ngày kể từ ngày có biến động", source: `${DD}, Đ.133.3`, rule: rel(30, "day", "ngày có biến động") },
  { text: "Trong thời hạn 30 ngày kể từ ngày quyết định thu hồi đất của cơ quan nhà nước có thẩm quyền có hiệu lực thi hành", source: `${DD}, Đ.94`, rule: rel(30, "day", "ngày quyết định thu hồi đất của cơ quan nhà nước có thẩm quyền có hiệu lực thi hành") },
  { text: "chậm nhất là 90 ngày đối với đất nông nghiệp và 180 ngày đối với đất phi nông nghiệp", source: `${DD}, Đ.85 (thông báo thu hồi đất)`, reject: "phrase_unrecognized_token", reason: "two time limits chosen by the kind of land" },
  { text: "Trong thời hạn 03 ngày làm việc kể từ ngày nhận được hồ sơ", source: `${DN}, Đ.26.2`, rule: rel(3, "working_day", "ngày nhận được hồ sơ") },
  { text: "trong thời hạn 10 ngày kể từ ngày có thay đổi", source: `${DN}, Đ.30.1`, rule: rel(10, "day", "ngày có thay đổi") },
  { text: "trong thời hạn 90 ngày kể từ ngày được cấp Giấy chứng nhận đăng ký doanh nghiệp", source: `${DN}, Đ.47.2`, rule: rel(90, "day", "ngày được cấp Giấy chứng nhận đăng ký doanh nghiệp") },
  { text: "trong thời hạn 04 tháng kể từ ngày kết thúc năm tài chính", source: `${DN}, Đ.139.2`, rule: rel(4, "month", "ngày kết thúc năm tài chính") },
  { text: "chậm nhất 03 ngày làm việc trước ngày tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã thông báo", source: `${DN}, Đ.206.1`, rule: back(3, "working_day", "ngày tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã thông báo") },
  { text: "chậm nhất là 03 ngày làm việc trước ngày họp", source: `${DN}, Đ.157 (họp Hội đồng quản trị)`, rule: back(3, "working_day", "ngày họp"), wording: { lead: "chậm nhất là" } },
  { text: "chậm nhất là 21 ngày trước ngày khai mạc cuộc họp", source: `${DN}, Đ.143.1`, rule: back(21, "day", "ngày khai mạc cuộc họp") },

  // ---------------------------------------------------------------- Xử lý vi phạm hành chính
  { text: "trong thời hạn 07 ngày làm việc, kể từ ngày lập biên bản vi phạm hành chính", source: `${XL}, Đ.66.1`, rule: rel(7, "working_day", "ngày lập biên bản vi phạm hành chính") },
  { text: "trong thời hạn 01 tháng, kể từ ngày lập biên bản vi phạm hành chính", source: `${XL}, Đ.66.1`, rule: rel(1, "month", "ngày lập biên bản vi phạm hành chính") },
  { text: "trong thời hạn 10 ngày, kể từ ngày nhận quyết định xử phạt", source: `${XL}, Đ.73.1`, rule: rel(10, "day", "ngày nhận quyết định xử phạt") },
  { text: "Trong thời hạn 02 ngày làm việc, kể từ ngày ra quyết định xử phạt", source: `${XL}, Đ.70`, rule: rel(2, "working_day", "ngày ra quyết định xử phạt") },
  { text: "không được quá 12 giờ, kể từ thời điểm bắt đầu giữ người vi phạm", source: `${XL}, Đ.122.3`, rule: rel(12, "hour", "thời điểm bắt đầu giữ người vi phạm"), wording: { lead: "không được quá" } },
  { text: "là 01 năm", source: `${XL}, Đ.6.1 (thời hiệu xử phạt)`, rule: rel(1, "year") },
  { text: "thời hạn tạm giữ có thể kéo dài hơn nhưng không được quá 24 giờ", source: `${XL}, Đ.122.3`, rule: { ...rel(24, "hour"), role: "extension_limit" }, wording: { role: "tạm giữ có thể kéo dài hơn nhưng", lead: "không được quá" } },
  { text: "có thể gia hạn giải quyết tố cáo 02 lần, mỗi lần không quá 30 ngày", source: "Luật Tố cáo 2018, Đ.30.1", reject: "phrase_unrecognized_token", reason: "two extensions of up to 30 days each: the total depends on how many are granted" },

  // ---------------------------------------------------------------- Ban hành văn bản, văn thư, lưu trữ
  { text: "chậm nhất là 03 ngày kể từ ngày công bố hoặc ký ban hành", source: "Luật Ban hành VBQPPL 2015, Đ.150.1 (đăng Công báo)", rule: rel(3, "day", "ngày công bố hoặc ký ban hành"), wording: { lead: "chậm nhất là" } },
  { text: "không sớm hơn 45 ngày kể từ ngày thông qua hoặc ký ban hành", source: "Luật Ban hành VBQPPL 2015, Đ.151.1", reject: "phrase_not_deadline", reason: "the earliest date of effect, not a time limit" },
  { text: "có hiệu lực kể từ ngày ký", source: "điều khoản thi hành của quyết định", rule: { kind: "same_day", nextWorkingDay: false, anchor: { text: "ngày ký" }, role: "entry_into_force" }, wording: { lead: "kể từ" } },
  { text: "trong ngày, chậm nhất là trong ngày làm việc tiếp theo", source: `${ND30}, Đ.20 (văn bản đến)`, rule: { kind: "same_day", nextWorkingDay: true } },
  { text: "trong ngày văn bản đó được ký, chậm nhất là trong ngày làm việc tiếp theo", source: `${ND30}, Đ.16 (phát hành văn bản đi)`, rule: { kind: "same_day", nextWorkingDay: true, anchor: { text: "văn bản đó được ký" } } },
  { text: "ngay sau khi ký văn bản", source: `${ND30}, Đ.16 (văn bản khẩn)`, rule: { kind: "same_day", nextWorkingDay: false, anchor: { text: "khi ký văn bản" } }, wording: { lead: "ngay sau" } },
  { text: "ngay sau khi nhận được", source: `${ND30}, Đ.22 (văn bản đến có dấu mức độ khẩn)`, rule: { kind: "same_day", nextWorkingDay: false, anchor: { text: "khi nhận được" } } },
  { text: "ngay sau khi ký", source: `${ND30} (phát hành văn bản khẩn)`, rule: { kind: "same_day", nextWorkingDay: false, anchor: { text: "khi ký" } } },
  { text: "hỏa tốc", source: `${ND30}, Đ.4 (mức độ khẩn)`, rule: { kind: "urgent", level: "hoa_toc" } },
  { text: "thượng khẩn", source: `${ND30}, Đ.4`, rule: { kind: "urgent", level: "thuong_khan" } },
  { text: "Trong thời hạn 01 năm, kể từ ngày công việc kết thúc", source: "Luật Lưu trữ 2011, Đ.11.1.a", rule: rel(1, "year", "ngày công việc kết thúc") },
  { text: "Trong thời hạn 03 tháng, kể từ ngày công trình được quyết toán", source: "Luật Lưu trữ 2011, Đ.11.1.b", rule: rel(3, "month", "ngày công trình được quyết toán") },

  // ---------------------------------------------------------------- Một cửa, thủ tục hành chính
  { text: "chậm nhất 01 ngày trước ngày hết hạn", source: `${ND61}, Đ.19 (phiếu xin lỗi và hẹn lại)`, rule: back(1, "day", "ngày hết hạn") },
  { text: "Trong thời hạn không quá 01 ngày làm việc kể từ ngày nhận được hồ sơ", source: TTHC, rule: rel(1, "working_day", "ngày nhận được hồ sơ"), wording: { lead: "trong thời hạn không quá" } },
  { text: "trong thời hạn không quá 03 ngày làm việc kể từ ngày nhận được hồ sơ", source: TTHC, rule: rel(3, "working_day", "ngày nhận được hồ sơ") },
  { text: "Không quá 10 ngày làm việc kể từ nhận được đầy đủ hồ sơ theo quy định", source: TTHC, rule: rel(10, "working_day", "nhận được đầy đủ hồ sơ theo quy định") },
  { text: "trong ngày làm việc tiếp theo", source: `${ND61}, Đ.19 (hồ sơ tiếp nhận sau 15 giờ)`, rule: rel(1, "working_day") },
  { text: "không muộn hơn tám (8) giờ làm việc kể từ khi hệ thống tiếp nhận", source: `${ND118} (hồ sơ trực tuyến)`, rule: rel(8, "working_hour", "khi hệ thống tiếp nhận"), wording: { lead: "không muộn hơn" } },
  { text: "Không quá 08 giờ làm việc", source: `${ND118}; ${TTHC}`, rule: rel(8, "working_hour") },
  { text: "trong thời hạn 01 ngày làm việc", source: ND118, rule: rel(1, "working_day") },
  { text: "Trong thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", source: TTHC, rule: rel(15, "working_day", "ngày nhận đủ hồ sơ hợp lệ") },
  { text: "15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", source: TTHC, rule: rel(15, "working_day", "ngày nhận đủ hồ sơ hợp lệ") },
  { text: "03 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ", source: TTHC, rule: rel(3, "working_day", "ngày nhận được hồ sơ hợp lệ") },
  { text: "Trong thời hạn 10 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ", source: TTHC, rule: rel(10, "working_day", "ngày nhận đủ hồ sơ hợp lệ") },
  { text: "Trong thời hạn 20 ngày kể từ ngày nhận được hồ sơ đầy đủ, hợp lệ", source: TTHC, rule: rel(20, "day", "ngày nhận được hồ sơ đầy đủ, hợp lệ") },
  { text: "trong thời hạn 30 ngày kể từ ngày hết hạn nộp hồ sơ", source: TTHC, rule: rel(30, "day", "ngày hết hạn nộp hồ sơ") },
  { text: "trong thời hạn 07 ngày làm việc kể từ ngày nhận được đề nghị hoặc hồ sơ hợp lệ", source: TTHC, rule: rel(7, "working_day", "ngày nhận được đề nghị hoặc hồ sơ hợp lệ") },
  { text: "Trong thời hạn 02 ngày làm việc kể từ ngày nhận được kết quả", source: TTHC, rule: rel(2, "working_day", "ngày nhận được kết quả") },
  { text: "05 ngày làm việc", source: TTHC, rule: rel(5, "working_day") },
  { text: "Trong ngày làm việc", source: TTHC, rule: { kind: "same_day", nextWorkingDay: false } },
  { text: "Ngay trong ngày làm việc", source: TTHC, rule: { kind: "same_day", nextWorkingDay: false } },
  { text: "giải quyết ngay trong ngày", source: TTHC, rule: { kind: "same_day", nextWorkingDay: false } },
  { text: "0,5 ngày làm việc", source: TTHC, reject: "phrase_unsupported", reason: "fractions of a day are not amounts of the language (a decimal count is refused as such, not read in part)" },
  { text: "trong giờ hành chính", source: TTHC, reject: "phrase_unrecognized_token", reason: "says when the office works, not until when; office hours belong to the calendar" },
  { text: "trong thoi han 15 ngay lam viec ke tu ngay nhan du ho so hop le", source: `${TTHC} (gõ không dấu)`, rule: rel(15, "working_day", "ngay nhan du ho so hop le") },

  // ---------------------------------------------------------------- NĐ 09/2019: chế độ báo cáo
  { text: "Tính từ ngày 15 của tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo", source: `${ND09}, Đ.12.1`, rule: { kind: "reporting_window", frequency: "monthly", fromDay: 15, toDay: 14 } },
  { text: "Tính từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối quý thuộc kỳ báo cáo", source: `${ND09}, Đ.12.2`, rule: { kind: "reporting_window", frequency: "quarterly", fromDay: 15, toDay: 14 } },
  { text: "Tính từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng thứ sáu thuộc kỳ báo cáo", source: `${ND09}, Đ.12.3`, rule: { kind: "reporting_window", frequency: "half_yearly", fromDay: 15, toDay: 14 } },
  { text: "Tính từ ngày 15 tháng 12 năm trước kỳ báo cáo đến ngày 14 tháng 12 của kỳ báo cáo", source: `${ND09}, Đ.12.4`, rule: { kind: "reporting_window", frequency: "yearly", fromDay: 15, toDay: 14 } },
  { text: "chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo", source: `${ND09}, Đ.13.1`, reject: "phrase_period_unspecified", reason: "the reporting period (month, quarter, year) is set by the report, not by the phrase" },
  { text: "định kỳ hằng quý, chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo", source: `${ND09}, Đ.13.1 (báo cáo quý)`, rule: rec("quarterly", "by", { month: 3, day: 25 }) },
  { text: "báo cáo định kỳ hằng tháng, chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo", source: `${ND09}, Đ.13.1 (báo cáo tháng)`, rule: rec("monthly", "by", { day: 25 }) },
  { text: "Thời hạn gửi báo cáo: chậm nhất vào ngày 18 của tháng cuối quý", source: "Thông tư về chế độ báo cáo định kỳ của một bộ", rule: rec("quarterly", "by", { month: 3, day: 18 }) },
  { text: "Thời hạn gửi báo cáo: trước ngày 20 tháng 12 hằng năm", source: "Thông tư về chế độ báo cáo định kỳ của một bộ", rule: rec("yearly", "before", { month: 12, day: 20 }) },
  { text: "trước ngày 15 tháng 12 hằng năm", source: "chế độ báo cáo năm", rule: rec("yearly", "before", { month: 12, day: 15 }) },
  { text: "định kỳ 6 tháng, trước ngày 15/6 và 15/12", source: "chế độ báo cáo 6 tháng", rule: rec("half_yearly", "before", { month: 6, day: 15 }) },
  { text: "định kỳ hằng năm, trước ngày 31/01 của năm sau", source: "chế độ báo cáo năm", rule: rec("yearly", "before", { month: 1, day: 31, offset: 1 }) },
  { text: "hằng tháng, trước ngày 05", source: "chế độ báo cáo tháng", rule: rec("monthly", "before", { day: 5 }) },
  { text: "định kỳ hằng quý, trước ngày 20 của tháng cuối quý", source: "chế độ báo cáo quý", rule: rec("quarterly", "before", { month: 3, day: 20 }) },
  { text: "định kỳ hằng tháng, quý, năm", source: "chế độ báo cáo", reject: "phrase_contradiction", reason: "three frequencies in one phrase: one obligation each" },

  // ---------------------------------------------------------------- Thuế
  { text: "Chậm nhất là ngày thứ 20 của tháng tiếp theo tháng phát sinh nghĩa vụ thuế đối với trường hợp khai và nộp theo tháng", source: `${QLT}, Đ.44.1.a`, rule: rec("monthly", "by", { day: 20, offset: 1 }), wording: { base: "tháng phát sinh nghĩa vụ thuế", scope: "trường hợp khai và nộp theo tháng" } },
  { text: "Chậm nhất là ngày cuối cùng của tháng đầu của quý tiếp theo quý phát sinh nghĩa vụ thuế đối với trường hợp khai và nộp theo quý", source: `${QLT}, Đ.44.1.b`, rule: rec("quarterly", "by", { month: 1, day: "last", offset: 1 }) },
  { text: "chậm nhất là ngày cuối cùng của tháng đầu quý tiếp theo liền kề quý phát sinh nghĩa vụ thuế", source: `${QLT}, Đ.44.1.b (hướng dẫn hộ kinh doanh)`, rule: rec("quarterly", "by", { month: 1, day: "last", offset: 1 }) },
  { text: "Chậm nhất là ngày cuối cùng của tháng thứ 3 kể từ ngày kết thúc năm dương lịch hoặc năm tài chính đối với hồ sơ quyết toán thuế năm", source: `${QLT}, Đ.44.2.a`, rule: rec("yearly", "by", { month: 3, day: "last", offset: 1 }) },
  { text: "chậm nhất là ngày cuối cùng của tháng đầu tiên của năm dương lịch hoặc năm tài chính đối với hồ sơ khai thuế năm", source: `${QLT}, Đ.44.2.a`, rule: rec("yearly", "by", { month: 1, day: "last" }) },
  { text: "Chậm nhất là ngày cuối cùng của tháng thứ 4 kể từ ngày kết thúc năm dương lịch đối với hồ sơ quyết toán thuế thu nhập cá nhân của cá nhân trực tiếp quyết toán thuế", source: `${QLT}, Đ.44.2.b`, rule: rec("yearly", "by", { month: 4, day: "last", offset: 1 }) },
  { text: "Chậm nhất là ngày 15 tháng 12 của năm trước liền kề đối với hồ sơ khai thuế khoán", source: `${QLT}, Đ.44.2.c`, rule: rec("yearly", "by", { month: 12, day: 15, offset: -1 }) },
  { text: "Chậm nhất là ngày thứ 10 kể từ ngày phát sinh nghĩa vụ thuế đối với loại thuế khai và nộp theo từng lần phát sinh nghĩa vụ thuế", source: `${QLT}, Đ.44.3`, rule: rel(10, "day", "ngày phát sinh nghĩa vụ thuế"), wording: { ordinal: "ngày thứ" } },
  { text: "Chậm nhất là ngày thứ 45 kể từ ngày xảy ra sự kiện", source: `${QLT}, Đ.44.4`, rule: rel(45, "day", "ngày xảy ra sự kiện") },
  { text: "chậm nhất là ngày 30 của tháng đầu quý sau", source: `${QLT}, Đ.55.1 (tạm nộp thuế TNDN)`, rule: rec("quarterly", "by", { month: 1, day: 30, offset: 1 }) },
  { text: "chậm nhất là ngày thứ 20 của tháng tiếp theo", source: `${QLT}, Đ.44.1.a (rút gọn)`, rule: rec("monthly", "by", { day: 20, offset: 1 }) },
  { text: "chậm nhất là ngày cuối cùng của tháng đầu tiên của quý tiếp theo", source: `${QLT}, Đ.44.1.b (rút gọn)`, rule: rec("quarterly", "by", { month: 1, day: "last", offset: 1 }) },
  { text: "chậm nhất là ngày cuối cùng của tháng thứ 3 kể từ ngày kết thúc năm dương lịch", source: `${QLT}, Đ.44.2.a (rút gọn)`, rule: rec("yearly", "by", { month: 3, day: "last", offset: 1 }) },
  { text: "chậm nhất là ngày thứ hai mươi của tháng tiếp theo tháng phát sinh nghĩa vụ thuế", source: `${TT28}.a`, rule: rec("monthly", "by", { day: 20, offset: 1 }) },
  { text: "chậm nhất là ngày thứ ba mươi của quý tiếp theo quý phát sinh nghĩa vụ thuế", source: `${TT28}.b`, rule: rec("quarterly", "by", { month: 1, day: 30, offset: 1 }) },
  { text: "chậm nhất là ngày thứ ba mươi của tháng đầu tiên của năm dương lịch hoặc năm tài chính", source: `${TT28}.c`, rule: rec("yearly", "by", { month: 1, day: 30 }) },
  { text: "chậm nhất là ngày thứ mười, kể từ ngày phát sinh nghĩa vụ thuế", source: `${TT28}.d`, rule: rel(10, "day", "ngày phát sinh nghĩa vụ thuế") },
  { text: "chậm nhất là ngày thứ chín mươi, kể từ ngày kết thúc năm dương lịch hoặc năm tài chính", source: `${TT28}.e`, rule: rel(90, "day", "ngày kết thúc năm dương lịch hoặc năm tài chính") },
  { text: "Trước ngày 30 tháng 12 của năm trước năm tính thuế", source: "hướng dẫn khai thuế khoán (theo TT 28/2011)", rule: rec("yearly", "before", { month: 12, day: 30, offset: -1 }), wording: { base: "năm tính thuế" } },
  { text: "chậm nhất là ngày 30 tháng 01 hằng năm", source: "Nghị định 139/2016/NĐ-CP (sửa đổi bởi NĐ 22/2020), Đ.10 (lệ phí môn bài)", rule: rec("yearly", "by", { month: 1, day: 30 }) },
  { text: "là ngày cuối cùng của thời hạn nộp hồ sơ khai thuế", source: `${QLT}, Đ.55.1`, reject: "phrase_unrecognized_token", reason: "refers to another deadline: a plan links the two obligations" },
  { text: "cham nhat la ngay thu 20 cua thang tiep theo", source: `${QLT}, Đ.44.1.a (gõ không dấu)`, rule: rec("monthly", "by", { day: 20, offset: 1 }) },

  // ---------------------------------------------------------------- Bảo hiểm, ngân sách, kế toán, lao động
  { text: "chậm nhất đến ngày cuối cùng của tháng", source: "Luật Bảo hiểm xã hội 2024 (đóng hằng tháng)", rule: rec("monthly", "by", { day: "last" }), wording: { lead: "chậm nhất đến" } },
  { text: "chậm nhất đến ngày cuối cùng của tháng tiếp theo ngay sau chu kỳ đóng", source: "Luật Bảo hiểm xã hội 2024 (đóng 3 hoặc 6 tháng một lần)", rule: rec("monthly", "by", { day: "last", offset: 1 }) },
  { text: "Trước ngày 15 tháng 5 hằng năm", source: `${NSNN}, Đ.44.2`, rule: rec("yearly", "before", { month: 5, day: 15 }) },
  { text: "trước ngày 15 tháng 11 năm trước", source: `${NSNN}, Đ.45 (Quốc hội quyết định dự toán)`, rule: rec("yearly", "before", { month: 11, day: 15, offset: -1 }) },
  { text: "trước ngày 10 tháng 12 năm trước", source: `${NSNN}, Đ.49 (HĐND cấp tỉnh quyết định dự toán)`, rule: rec("yearly", "before", { month: 12, day: 10, offset: -1 }) },
  { text: "trước ngày 01 tháng 10 năm sau", source: `${NSNN} (quyết toán ngân sách)`, rule: rec("yearly", "before", { month: 10, day: 1, offset: 1 }) },
  { text: "chậm nhất là 18 tháng, kể từ khi kết thúc năm ngân sách", source: `${NSNN} (phê chuẩn quyết toán)`, rule: rel(18, "month", "khi kết thúc năm ngân sách") },
  { text: "trước ngày 20 tháng 7", source: `${NSNN} (xây dựng dự toán)`, rule: fixed([d(20, 7)], "before") },
  { text: "trong thời hạn 90 ngày, kể từ ngày kết thúc kỳ kế toán năm", source: "Luật Kế toán 2015, Đ.29 (nộp báo cáo tài chính)", rule: rel(90, "day", "ngày kết thúc kỳ kế toán năm") },
  { text: "chậm nhất là 45 ngày kể từ ngày kết thúc 6 tháng đầu năm tài chính", source: "quy định công bố thông tin tài chính (báo cáo bán niên)", rule: rel(45, "day", "ngày kết thúc 6 tháng đầu năm tài chính") },
  { text: "chậm nhất là 30 ngày, kể từ ngày kết thúc quý", source: "quy định công bố thông tin tài chính (báo cáo quý)", rule: rel(30, "day", "ngày kết thúc quý") },
  { text: "Trong thời hạn 14 ngày làm việc kể từ ngày chấm dứt hợp đồng lao động", source: "Bộ luật Lao động 2019, Đ.48.1", rule: rel(14, "working_day", "ngày chấm dứt hợp đồng lao động") },
  { text: "không được chậm quá 30 ngày", source: "Bộ luật Lao động 2019, Đ.97.4", rule: rel(30, "day"), wording: { lead: "không được chậm quá" } },
  { text: "báo trước ít nhất 45 ngày", source: "Bộ luật Lao động 2019, Đ.35.1.a", rule: back(45, "day", ""), wording: { predicate: "báo", lead: "ít nhất", order: "reference_first" } },
  { text: "trong thời hạn 15 ngày kể từ ngày nhận được yêu cầu hợp lệ", source: "Luật Tiếp cận thông tin 2016, Đ.29", rule: rel(15, "day", "ngày nhận được yêu cầu hợp lệ") },

  // ---------------------------------------------------------------- Họp, quy chế làm việc
  { text: "chậm nhất 05 ngày làm việc trước ngày họp", source: QCLV, rule: back(5, "working_day", "ngày họp") },
  { text: "ít nhất 03 ngày trước ngày tổ chức", source: QCLV, rule: back(3, "day", "ngày tổ chức"), wording: { lead: "ít nhất" } },
  { text: "chậm nhất 03 ngày làm việc trước ngày tổ chức phiên họp", source: QCLV, rule: back(3, "working_day", "ngày tổ chức phiên họp") },
  { text: "chậm nhất là 07 ngày trước ngày khai mạc kỳ họp", source: "Luật Tổ chức chính quyền địa phương (tài liệu kỳ họp HĐND)", rule: back(7, "day", "ngày khai mạc kỳ họp") },
  { text: "ít nhất 05 ngày làm việc trước ngày khai mạc kỳ họp", source: "quy chế hoạt động của HĐND tỉnh", rule: back(5, "working_day", "ngày khai mạc kỳ họp") },
  { text: "Chậm nhất sau 02 ngày làm việc kể từ ngày kết thúc cuộc họp", source: `${QCLV} (thông báo kết luận)`, rule: rel(2, "working_day", "ngày kết thúc cuộc họp"), wording: { lead: "chậm nhất sau" } },
  { text: "chậm nhất sau 03 ngày làm việc kể từ ngày nhận được văn bản", source: QCLV, rule: rel(3, "working_day", "ngày nhận được văn bản") },
  { text: "chậm nhất 02 ngày làm việc sau khi kết thúc phiên họp", source: "Quy chế làm việc của Chính phủ (biên bản phiên họp)", rule: rel(2, "working_day", "khi kết thúc phiên họp"), wording: { connector: "sau" } },
  { text: "sau 15 ngày kể từ ngày ký", source: "quyết định (hiệu lực sau ký)", rule: rel(15, "day", "ngày ký"), wording: { lead: "sau" } },
  { text: "trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản xin ý kiến", source: QCLV, rule: rel(5, "working_day", "ngày nhận được văn bản xin ý kiến") },
  { text: "Chậm nhất là 03 ngày làm việc, kể từ ngày nhận được đề nghị", source: QCLV, rule: rel(3, "working_day", "ngày nhận được đề nghị") },
  { text: "trong thời hạn 03 ngày làm việc kể từ khi nhận đủ hồ sơ", source: QCLV, rule: rel(3, "working_day", "khi nhận đủ hồ sơ") },
  { text: "trước ngày 20 của tháng cuối quý", source: `${QCLV} (báo cáo quý)`, rule: rec("quarterly", "before", { month: 3, day: 20 }) },
  { text: "trước ngày 25 hằng tháng", source: `${QCLV} (báo cáo tháng)`, rule: rec("monthly", "before", { day: 25 }) },
  { text: "trước ngày 05 của tháng tiếp theo", source: `${QCLV} (báo cáo tháng)`, rule: rec("monthly", "before", { day: 5, offset: 1 }) },
  { text: "chậm nhất ngày 05 tháng sau", source: CV, rule: rec("monthly", "by", { day: 5, offset: 1 }) },
  { text: "trước ngày 20 tháng đầu của quý sau", source: "chế độ báo cáo quý", rule: rec("quarterly", "before", { month: 1, day: 20, offset: 1 }) },
  { text: "trước ngày 15/01 năm sau", source: "chế độ báo cáo năm", rule: rec("yearly", "before", { month: 1, day: 15, offset: 1 }) },
  { text: "trong tháng tiếp theo", source: CV, rule: rec("monthly", "within", { offset: 1 }) },
  { text: "tháng tiếp theo", source: CV, rule: rec("monthly", "within", { offset: 1 }) },
  { text: "quý sau", source: KH, rule: rec("quarterly", "within", { offset: 1 }) },
  { text: "trong quý tiếp theo", source: KH, rule: rec("quarterly", "within", { offset: 1 }) },
  { text: "năm sau", source: KH, rule: rec("yearly", "within", { offset: 1 }) },
  { text: "trong năm tiếp theo", source: KH, rule: rec("yearly", "within", { offset: 1 }) },

  // ---------------------------------------------------------------- Giờ trong ngày
  { text: "trước 17 giờ", source: CV, rule: { kind: "same_day", nextWorkingDay: false, time: "17:00" } },
  { text: "trước 15h30", source: CV, rule: { kind: "same_day", nextWorkingDay: false, time: "15:30" } },
  { text: "trước 10 giờ ngày 15", source: CV, rule: rec("monthly", "by", { day: 15, time: "10:00" }) },
  { text: "trước 17 giờ hằng ngày", source: "chế độ báo cáo ngày", rule: rec("daily", "by", { time: "17:00" }) },
  { text: "trước 16 giờ thứ Năm hằng tuần", source: "chế độ báo cáo tuần", rule: rec("weekly", "by", { weekday: 4, time: "16:00" }) },
  { text: "trước 16 giờ 30 ngày 20/5/2025", source: CV, rule: fixed([d(20, 5, 2025)], "by", "16:30") },
  { text: "trước 17h00 ngày 25/4/2025", source: CV, rule: fixed([d(25, 4, 2025)], "by", "17:00") },
  { text: "chậm nhất 16h00 ngày 12/3/2025", source: CV, rule: fixed([d(12, 3, 2025)], "by", "16:00") },
  { text: "Gửi báo cáo trước 16 giờ 00 ngày 05/12/2025", source: CV, rule: fixed([d(5, 12, 2025)], "by", "16:00") },
  { text: "chậm nhất trước 17 giờ ngày 31/10/2025", source: CV, rule: fixed([d(31, 10, 2025)], "by", "17:00") },
  { text: "trước 14 giờ ngày 10/10/2025", source: CV, rule: fixed([d(10, 10, 2025)], "by", "14:00") },
  { text: "tối đa 30 phút", source: "quy chế tiếp công dân", reject: "phrase_unrecognized_token", reason: "minutes are not a unit of the language" },

  // ---------------------------------------------------------------- Công văn, kế hoạch
  { text: "trước ngày 15/12/2024", source: CV, rule: fixed([d(15, 12, 2024)], "before") },
  { text: "chậm nhất ngày 30/6/2025", source: CV, rule: fixed([d(30, 6, 2025)], "by") },
  { text: "chậm nhất không quá ngày 30/6/2020", source: "thông báo hoãn họp Đại hội đồng cổ đông", rule: fixed([d(30, 6, 2020)], "by"), wording: { lead: "chậm nhất không quá" } },
  { text: "chậm nhất là ngày 25/12/2025", source: CV, rule: fixed([d(25, 12, 2025)], "by") },
  { text: "Hạn: 25/11/2025", source: CV, rule: fixed([d(25, 11, 2025)], "by") },
  { text: "Hạn chót: 31/12/2025", source: CV, rule: fixed([d(31, 12, 2025)], "by") },
  { text: "hoàn thành trước ngày 31/12/2025", source: KH, rule: fixed([d(31, 12, 2025)], "before") },
  { text: "Báo cáo kết quả về Sở Nội vụ trước ngày 20/11/2025", source: CV, rule: fixed([d(20, 11, 2025)], "before"), wording: { predicate: "Báo cáo kết quả về Sở Nội vụ" } },
  { text: "trước ngày 03/3, 03/6, 03/9 năm 2024", source: CV, rule: fixed([d(3, 3, 2024), d(3, 6, 2024), d(3, 9, 2024)], "before") },
  { text: "trong tháng 6/2025", source: KH, rule: month(6, 2025) },
  { text: "trong quý III/2025", source: KH, rule: quarter(3, 2025) },
  { text: "trong quý IV năm 2025", source: KH, rule: quarter(4, 2025) },
  { text: "6 tháng đầu năm 2025", source: KH, rule: { kind: "period", period: { unit: "half_year", half: 1, year: 2025 } } },
  { text: "Thời gian hoàn thành: tháng 6/2025", source: KH, rule: month(6, 2025) },
  { text: "Thời gian thực hiện: Quý II/2025", source: KH, rule: quarter(2, 2025) },
  { text: "Thời gian thực hiện: năm 2025", source: KH, rule: { kind: "period", period: { unit: "year", year: 2025 } } },
  { text: "Thường xuyên", source: KH, reject: "phrase_not_deadline", reason: "an ongoing task has no time limit" },
  { text: "Hằng năm", source: KH, rule: rec("yearly", "within") },
  { text: "hàng quý", source: KH, rule: rec("quarterly", "within") },
  { text: "từ ngày 20/6/2024 đến ngày 19/7/2024", source: KH, rule: fixed([d(19, 7, 2024)], "by") },
  // a start with no end is the day something applies from: an entry into force with no role words
  { text: "kể từ ngày 01/7/2025", source: "điều khoản thi hành", rule: { ...fixed([d(1, 7, 2025)], "by"), role: "entry_into_force" }, wording: { lead: "kể từ", role: "" } },
  { text: "trước ngày 10 hằng tháng (lồng ghép trong báo cáo tháng)", source: CV, rule: rec("monthly", "before", { day: 10 }), wording: { remark: "lồng ghép trong báo cáo tháng" } },
  { text: "trong 05 ngày làm việc kể từ ngày nhận được văn bản này", source: CV, rule: rel(5, "working_day", "ngày nhận được văn bản này") },
  { text: "trong thời hạn 10 (mười) ngày kể từ ngày nhận được văn bản", source: CV, rule: rel(10, "day", "ngày nhận được văn bản") },
  { text: "trong thời hạn mười lăm ngày kể từ ngày nhận được", source: CV, rule: rel(15, "day", "ngày nhận được") },
  { text: "Trong thời hạn 05 (năm) ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", source: TTHC, rule: rel(5, "working_day", "ngày nhận đủ hồ sơ hợp lệ") },
  { text: "trong thời hạn năm ngày", source: "văn bản viết số bằng chữ", rule: rel(5, "day") },
  { text: "không quá mười lăm (15) ngày", source: "văn bản viết số bằng chữ, số trong ngoặc", rule: rel(15, "day"), wording: { lead: "không quá" } },
  { text: "ngày 20 hằng tháng", source: CV, rule: rec("monthly", "by", { day: 20 }) },
  { text: "vào ngày 25 hằng tháng", source: CV, rule: rec("monthly", "by", { day: 25 }) },
  { text: "trước thứ Sáu hằng tuần", source: CV, rule: rec("weekly", "before", { weekday: 5 }) },
  { text: "không thời hạn nhưng không được quá 90 ngày", source: "kế hoạch giao việc (việc không thời hạn)", rule: rel(90, "day") },
  { text: "chậm nhất 2 ngày trước thời hạn quy định", source: "quy chế nội bộ", rule: back(2, "day", "thời hạn quy định") },
  { text: "trong ngày nhận được văn bản", source: CV, rule: { kind: "same_day", nextWorkingDay: false, anchor: { text: "nhận được văn bản" } } },
  { text: "trong 24 giờ", source: CV, rule: rel(24, "hour") },
  { text: "trong vòng 48 giờ kể từ khi nhận được thông tin", source: CV, rule: rel(48, "hour", "khi nhận được thông tin") },
  { text: "không quá 02 giờ làm việc", source: TTHC, rule: rel(2, "working_hour") },
  { text: "khẩn", source: ND30, rule: { kind: "urgent", level: "khan" } },
  { text: "truoc ngay 15 thang 12 hang nam", source: "chế độ báo cáo năm (gõ không dấu)", rule: rec("yearly", "before", { month: 12, day: 15 }) },
  { text: "trong thời hạn 60 ngày, kể từ ngày kết thúc năm tài chính", source: "quy định báo cáo tài chính doanh nghiệp nhà nước", rule: rel(60, "day", "ngày kết thúc năm tài chính") },
  { text: "90 ngày kể từ ngày kết thúc quý", source: "quy định báo cáo quý của tổng công ty", rule: rel(90, "day", "ngày kết thúc quý") },
  // ---- forms of DESIGN §4 beyond the seeds: counted back from an event, NĐ 09/2019 reporting days,
  // windows with partial dates and hours, roles that are not deadlines, alternatives by case
  { text: "chậm nhất 21 ngày trước ngày khai mạc cuộc họp", source: `${DN}, Đ.143.1 (mời họp Đại hội đồng cổ đông)`, rule: back(21, "day", "ngày khai mạc cuộc họp") },
  { text: "chậm nhất là 40 ngày trước ngày bầu cử", source: "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND 2015, Đ.32 (niêm yết danh sách cử tri)", rule: back(40, "day", "ngày bầu cử"), wording: { lead: "chậm nhất là" } },
  { text: "chậm nhất là 07 ngày trước ngày khai mạc kỳ họp", source: "Luật Tổ chức chính quyền địa phương 2015 (gửi tài liệu kỳ họp HĐND)", rule: back(7, "day", "ngày khai mạc kỳ họp") },
  { text: "trước ngày khai mạc kỳ họp ít nhất 15 ngày", source: "quy chế hoạt động của HĐND (gửi dự thảo nghị quyết)", rule: back(15, "day", "ngày khai mạc kỳ họp"), wording: { lead: "ít nhất", order: "reference_first" } },
  { text: "trước ngày tổ chức đại hội ít nhất 05 ngày làm việc", source: "điều lệ hội (gửi tài liệu đại hội)", rule: back(5, "working_day", "ngày tổ chức đại hội"), wording: { order: "reference_first" } },
  { text: "trước phiên họp ít nhất 05 ngày làm việc", source: "quy chế làm việc của UBND (gửi tài liệu phiên họp)", rule: back(5, "working_day", "phiên họp"), wording: { lead: "ít nhất", order: "reference_first" } },
  { text: "trước kỳ họp thường lệ 20 ngày", source: "quy chế hoạt động của HĐND (gửi báo cáo trình kỳ họp)", rule: back(20, "day", "kỳ họp thường lệ"), wording: { order: "reference_first" } },
  { text: "trước khi hợp đồng hết hạn 30 ngày", source: "hợp đồng và văn bản hành chính (thông báo không gia hạn)", rule: back(30, "day", "khi hợp đồng hết hạn"), wording: { order: "reference_first" } },
  { text: "trước ngày hết hạn tạm trú ít nhất mười lăm ngày", source: "hướng dẫn thủ tục gia hạn tạm trú (viết số bằng chữ)", rule: back(15, "day", "ngày hết hạn tạm trú") },
  { text: "chậm nhất vào ngày 20 của tháng báo cáo", source: `${ND09}, Đ.12–13 (báo cáo tháng)`, rule: rec("monthly", "by", { day: 20, offset: 0 }) },
  { text: "trước ngày 15 của tháng báo cáo", source: "chế độ báo cáo thống kê của bộ, ngành (báo cáo tháng)", rule: rec("monthly", "before", { day: 15, offset: 0 }) },
  { text: "ngày 18 của tháng cuối quý", source: "chế độ báo cáo định kỳ của tỉnh (báo cáo quý)", rule: rec("quarterly", "by", { month: 3, day: 18 }) },
  { text: "chậm nhất vào ngày 20 của tháng cuối quý báo cáo", source: "chế độ báo cáo định kỳ của bộ (báo cáo quý)", rule: rec("quarterly", "by", { month: 3, day: 20 }), wording: { base: "báo cáo" } },
  { text: "ngày 18 của tháng cuối quý thuộc kỳ báo cáo", source: "chế độ báo cáo thống kê (báo cáo quý)", rule: rec("quarterly", "by", { month: 3, day: 18 }), wording: { base: "thuộc kỳ báo cáo" } },
  { text: "trước ngày 20 tháng 12 của năm báo cáo", source: "chế độ báo cáo định kỳ của tỉnh (báo cáo năm)", rule: rec("yearly", "before", { month: 12, day: 20, offset: 0 }) },
  { text: "trước ngày 20/01 của năm sau năm báo cáo", source: "chế độ báo cáo định kỳ của bộ (báo cáo năm)", rule: rec("yearly", "before", { month: 1, day: 20, offset: 1 }), wording: { base: "năm báo cáo" } },
  { text: "chậm nhất ngày 10 của tháng trước tháng diễn ra kỳ họp", source: "quy chế phối hợp chuẩn bị kỳ họp HĐND", rule: rec("monthly", "by", { day: 10, offset: -1 }), wording: { base: "tháng diễn ra kỳ họp" } },
  { text: "trước ngày 30.6.2025", source: "công văn (ngày viết bằng dấu chấm)", rule: fixed([d(30, 6, 2025)], "before") },
  { text: "chậm nhất ngày 15.12.2025", source: "kế hoạch (ngày viết bằng dấu chấm)", rule: fixed([d(15, 12, 2025)], "by") },
  { text: "từ ngày 05 đến 20-10-2025", source: "thông báo tiếp nhận hồ sơ (ngày đầu không ghi tháng)", rule: fixed([d(20, 10, 2025)], "by"), wording: { from: "05" } },
  { text: "từ ngày 15/9 đến 17 giờ ngày 30/9/2025", source: "thông báo tuyển dụng (hạn nhận hồ sơ có giờ)", rule: fixed([d(30, 9, 2025)], "by", "17:00"), wording: { from: "15/09" } },
  { text: "đến 16 giờ 30 ngày 12-11-2025", source: "giấy mời, thông báo nộp hồ sơ", rule: fixed([d(12, 11, 2025)], "by", "16:30"), wording: { lead: "đến" } },
  { text: "đến hết ngày 31/12/2025", source: CV, rule: fixed([d(31, 12, 2025)], "by"), wording: { lead: "đến hết" } },
  { text: "tới ngày 05/6/2025", source: "giấy mời (tới = đến)", rule: fixed([d(5, 6, 2025)], "by"), wording: { lead: "đến" } },
  { text: "có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025", source: "điều khoản thi hành của nghị định", rule: { ...fixed([d(1, 7, 2025)], "by"), role: "entry_into_force" }, wording: { role: "có hiệu lực thi hành", lead: "kể từ" } },
  { text: "có hiệu lực sau 15 ngày kể từ ngày ký ban hành", source: "điều khoản thi hành của quyết định của UBND cấp tỉnh", rule: { ...rel(15, "day", "ngày ký ban hành"), role: "entry_into_force" }, wording: { lead: "sau" } },
  { text: "có giá trị sử dụng trong thời hạn 06 tháng kể từ ngày cấp", source: "thủ tục hành chính (giấy tờ có thời hạn sử dụng)", rule: { ...rel(6, "month", "ngày cấp"), role: "validity" }, wording: { role: "có giá trị sử dụng" } },
  { text: "có thời hạn 05 năm", source: "thủ tục cấp giấy phép (thời hạn của giấy phép)", rule: { ...rel(5, "year"), role: "validity" } },
  { text: "có giá trị không quá 12 tháng", source: "thủ tục cấp giấy phép (thời hạn tối đa)", rule: { ...rel(12, "month"), role: "validity" }, wording: { lead: "không quá" } },
  { text: "có thời hạn sử dụng 24 tháng", source: "thủ tục cấp chứng chỉ (thời hạn sử dụng)", rule: { ...rel(24, "month"), role: "validity" }, wording: { role: "có thời hạn sử dụng" } },
  { text: "gia hạn thêm không quá 30 ngày", source: "thủ tục hành chính (gia hạn giải quyết)", rule: { ...rel(30, "day"), role: "extension_limit" }, wording: { role: "gia hạn thêm", lead: "không quá" } },
  { text: "niêm yết công khai trong thời hạn 30 ngày", source: `${DD} (niêm yết kết quả kiểm tra hồ sơ)`, rule: { ...rel(30, "day"), role: "minimum_notice" }, wording: { lead: "trong thời hạn" } },
  { text: "niêm yết công khai trong thời gian ít nhất 15 ngày", source: "thủ tục hành chính (niêm yết công khai tại trụ sở UBND cấp xã)", rule: { ...rel(15, "day"), role: "minimum_notice" }, wording: { lead: "trong thời gian ít nhất" } },
  { text: "thời gian niêm yết là 15 ngày", source: "thủ tục hành chính (thời gian niêm yết)", rule: { ...rel(15, "day"), role: "minimum_notice" }, wording: { lead: "là", role: "niêm yết" } },
  { text: "niêm yết ít nhất 10 ngày", source: "thủ tục chứng thực, đăng ký (niêm yết công khai)", rule: { ...rel(10, "day"), role: "minimum_notice" }, wording: { role: "niêm yết", lead: "ít nhất" } },
  { text: "có thể gia hạn nhưng tối đa không quá 15 ngày", source: "Luật Tiếp cận thông tin 2016 (gia hạn cung cấp thông tin)", rule: { ...rel(15, "day"), role: "extension_limit" }, wording: { role: "có thể gia hạn nhưng", lead: "tối đa không quá" } },
  { text: "được gia hạn một lần nhưng không quá 30 ngày", source: `${TC}, Đ.30.1 (rút gọn: bỏ tân ngữ "giải quyết tố cáo")`, rule: { ...rel(30, "day"), role: "extension_limit" }, wording: { role: "được gia hạn một lần nhưng" } },
  { text: "không quá 30 ngày, kể từ ngày thụ lý; trường hợp phức tạp thì không quá 45 ngày, kể từ ngày thụ lý", source: `${KN}, Đ.28 (rút gọn)`, rule: { ...rel(30, "day", "ngày thụ lý"), alternatives: [{ condition: "phức tạp", rule: { ...rel(45, "day", "ngày thụ lý"), notes: [{ code: "bare_day_unit" }], wording: { lead: "không quá" } } }] } },
  { text: "không quá 30 ngày, kể từ ngày thụ lý; đối với vụ việc phức tạp thì thời hạn giải quyết có thể kéo dài hơn nhưng không quá 45 ngày, kể từ ngày thụ lý", source: `${KN}, Đ.28 (khiếu nại lần đầu)`, rule: { ...rel(30, "day", "ngày thụ lý"), alternatives: [{ condition: "vụ việc phức tạp", rule: { ...rel(45, "day", "ngày thụ lý"), role: "extension_limit", notes: [{ code: "bare_day_unit" }], wording: { lead: "không quá", role: "có thể kéo dài hơn nhưng" } } }] } },
  { text: "trong thời hạn 10 ngày làm việc; trường hợp cần xác minh thì không quá 15 ngày làm việc kể từ ngày nhận đủ hồ sơ", source: "thủ tục hành chính (giải quyết có xác minh)", rule: { ...rel(10, "working_day", "ngày nhận đủ hồ sơ"), alternatives: [{ condition: "cần xác minh", rule: { ...rel(15, "working_day", "ngày nhận đủ hồ sơ"), wording: { lead: "không quá" } } }] } },
  { text: "ngay sau khi nhận được báo cáo", source: ND30 + " (văn bản khẩn: chuyển ngay)", rule: { kind: "same_day", nextWorkingDay: false, anchor: { text: "khi nhận được báo cáo" } } },
  { text: "trong ngày làm việc hoặc chậm nhất trong ngày làm việc tiếp theo", source: ND30 + ", Đ.14 (chuyển văn bản đến)", rule: { kind: "same_day", nextWorkingDay: true } },
];
