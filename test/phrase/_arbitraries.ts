/**
 * fast-check arbitraries for deadline rules in the form `parseDeadline` returns them. The
 * implementation is the public one of `thoihan/testing` (src/testing/rules.ts); this file keeps
 * the names the phrase tests use.
 */
import fc from "fast-check";
import type { DeadlineRule } from "../../src/deadline/types.js";
import { deadlineRuleArb as deadlineRuleArbOf } from "../../src/testing/index.js";

export { anchorTextArb } from "../../src/testing/rules.js";

/** Every kind of {@link DeadlineRule}, in normal form (see `deadlineRuleArb` in src/testing). */
export const deadlineRuleArb: fc.Arbitrary<DeadlineRule> = deadlineRuleArbOf();

/** Phrases of every new form, with their parts drawn at random. */
export const newFormPhraseArb: fc.Arbitrary<string> = fc.oneof(
  // a window of every month
  fc
    .record({ lead: fc.constantFrom("từ", "kể từ", "tính từ"), from: fc.integer({ min: 1, max: 20 }), span: fc.integer({ min: 0, max: 8 }), to: fc.constantFrom("đến ngày", "đến", "tới ngày"), every: fc.constantFrom("hằng", "hàng") })
    .map(({ lead, from, span, to, every }) => `${lead} ngày ${from} ${to} ${from + span} ${every} tháng`),
  // dates without a year, of every year
  fc
    .record({
      lead: fc.constantFrom("trước", "chậm nhất", "chậm nhất là"),
      dates: fc.uniqueArray(fc.record({ day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }) }), { minLength: 2, maxLength: 4, selector: (d) => `${d.day}/${d.month}` }),
      joiner: fc.constantFrom(" và ", ", ", " và ngày "),
      every: fc.constantFrom("hằng năm", "hàng năm"),
    })
    .map(({ lead, dates, joiner, every }) => `${lead} ngày ${dates.map((d) => `${d.day}/${d.month}`).join(joiner)} ${every}`),
  // the first N days of the next period
  fc
    .record({
      lead: fc.constantFrom("trong ", "trong thời hạn ", "chậm nhất trong ", ""),
      day: fc.integer({ min: 1, max: 28 }),
      first: fc.constantFrom(" đầu", ""),
      of: fc.constantFrom(" của", ""),
      period: fc.constantFrom("tháng", "quý", "năm"),
      next: fc.constantFrom("tiếp theo", "kế tiếp", "sau"),
    })
    .filter(({ first, of }) => first !== "" || of !== "")
    .map(({ lead, day, first, of, period, next }) => `${lead}${day} ngày${first}${of} ${period} ${next}`),
  // entry into force on the event's day, or valid from it until a day named; a minimum duration; a validity with the amount in words
  fc
    .record({
      role: fc.constantFrom("có hiệu lực", "có hiệu lực thi hành", "Quyết định có hiệu lực"),
      from: fc.constantFrom("kể từ", "từ", "tính từ"),
      event: fc.constantFrom("ngày ký", "ngày ban hành", "ngày ký ban hành", "ngày được cấp"),
      until: fc.option(fc.constantFrom(" đến hết ngày 31 tháng 12 năm 2027", " đến ngày 30/6/2026"), { nil: "" }),
    })
    .map(({ role, from, event, until }) => `${role === "Quyết định có hiệu lực" ? "Quyết định này có hiệu lực" : role} ${from} ${event}${until}`),
  // entry into force on a named day ("vào ngày", "chính thức …"); a window between two numeric dates; "ít nhất là" before a count back
  fc
    .record({ role: fc.constantFrom("có hiệu lực", "chính thức có hiệu lực", "chính thức có hiệu lực thi hành", "Quyết định này có hiệu lực", "Thông tư này có hiệu lực thi hành"), at: fc.constantFrom("vào", "từ", "kể từ"), day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }), year: fc.integer({ min: 2019, max: 2026 }) })
    .map(({ role, at, day, month, year }) => `${role} ${at} ngày ${day}/${month}/${year}`),
  fc
    .record({ from: fc.integer({ min: 1, max: 14 }), to: fc.integer({ min: 15, max: 28 }), month: fc.integer({ min: 1, max: 12 }), sep: fc.constantFrom("/", ".", "-"), join: fc.constantFrom(" đến ngày ", " đến ", " - ", " – "), year: fc.integer({ min: 2019, max: 2026 }) })
    // (a hyphenated start before a dash, "1-1 - 15-1-2019", is not read: docs/phrases.md)
    .map(({ from, to, month, sep, join, year }) => `${from}${sep}${month}${sep === "-" && join.trim() !== "đến" && join.trim() !== "đến ngày" ? " đến " : join}${to}${sep}${month}${sep}${year}`),
  fc
    .record({ from: fc.integer({ min: 1, max: 14 }), to: fc.integer({ min: 15, max: 28 }), month: fc.integer({ min: 1, max: 12 }), year: fc.integer({ min: 2019, max: 2026 }), dash: fc.boolean() })
    .map(({ from, to, month, year, dash }) => `trong thời gian từ ngày ${from}${dash ? " - " : " đến ngày "}${to}/${month}/${year}`),
  fc
    .record({ lead: fc.constantFrom("ít nhất là", "tối thiểu là"), amount: fc.integer({ min: 1, max: 60 }), unit: fc.constantFrom("ngày", "ngày làm việc"), reference: fc.constantFrom("ngày mở cuộc đấu giá", "ngày họp", "ngày bầu cử") })
    .map(({ lead, amount, unit, reference }) => `${lead} ${amount} ${unit} trước ${reference}`),
  fc
    .record({ lead: fc.constantFrom("ít nhất", "ít nhất là", "tối thiểu", "tối thiểu là"), amount: fc.integer({ min: 1, max: 90 }), unit: fc.constantFrom("ngày", "ngày làm việc", "tháng"), from: fc.constantFrom("kể từ", "từ", "tính từ") })
    .map(({ lead, amount, unit, from }) => `${lead} ${amount} ${unit} ${from} ngày niêm yết`),
  fc
    .record({ amount: fc.constantFrom([2, "hai"], [5, "năm"], [10, "mười"], [15, "mười lăm"]), unit: fc.constantFrom("năm", "tháng", "ngày") })
    .map(({ amount, unit }) => `có hiệu lực ${amount[0]} ${unit} (${amount[1]} ${unit}) kể từ ngày cấp`),
  // an hour with the part of the day, a comma before its day, or "ngày" before a weekday
  fc
    .record({
      lead: fc.constantFrom("trước ", "vào lúc ", "chậm nhất ", "lúc "),
      hour: fc.integer({ min: 1, max: 11 }),
      part: fc.constantFrom("sáng", "chiều", "trưa"),
      comma: fc.constantFrom("", ","),
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 12 }),
      year: fc.integer({ min: 2020, max: 2030 }),
    })
    .map(({ lead, hour, part, comma, day, month, year }) => `${lead}${hour} giờ ${part}${comma} ngày ${day}/${month}/${year}`),
  fc
    .record({ hour: fc.integer({ min: 7, max: 17 }), weekday: fc.constantFrom("thứ hai", "thứ sáu", "chủ nhật"), every: fc.constantFrom("hằng", "hàng") })
    .map(({ hour, weekday, every }) => `trước ${hour} giờ ngày ${weekday} ${every} tuần`),
  // "vào ngày thứ Tư hằng tuần": "ngày" before a weekday of every week
  fc
    .record({ lead: fc.constantFrom("vào ", "trước ", ""), weekday: fc.constantFrom("thứ Hai", "thứ Tư", "thứ tư", "thứ 5", "thứ Bảy", "Chủ nhật"), every: fc.constantFrom("hằng", "hàng") })
    .map(({ lead, weekday, every }) => `${lead}ngày ${weekday} ${every} tuần`),
  // a window of every year, or of the year after
  fc
    .record({
      lead: fc.constantFrom("từ", "kể từ", "tính từ"),
      from: fc.integer({ min: 1, max: 28 }),
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 12 }),
      to: fc.constantFrom("đến ngày", "đến"),
      year: fc.constantFrom("hằng năm", "hàng năm", "năm sau", "của năm tiếp theo", "năm nay"),
    })
    .map(({ lead, from, day, month, to, year }) => `${lead} ngày ${from}/${month} ${to} ${day}/${month} ${year}`),
  // a day of the plan year
  fc
    .record({ lead: fc.constantFrom("trước ", "chậm nhất ", "chậm nhất vào "), day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }) })
    .map(({ lead, day, month }) => `${lead}ngày ${day} tháng ${month} năm kế hoạch`),
  fc
    .record({ lead: fc.constantFrom("đến hết ", "trước ", "chậm nhất "), day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }) })
    .map(({ lead, day, month }) => `${lead}ngày ${day}/${month} năm nay`),
  // the day of each period in brackets after the every-clause
  fc
    .record({
      periodic: fc.constantFrom("", "Định kỳ ", "định kỳ "),
      every: fc.constantFrom("hằng", "hàng"),
      clause: fc.constantFrom(
        "tháng (chậm nhất vào ngày 10 của tháng tiếp theo)",
        "tháng (trước ngày 05 của tháng tiếp theo)",
        "quý (trước ngày 30 của tháng đầu quý sau)",
        "quý (chậm nhất ngày 20 của tháng cuối quý)",
        "năm (trước ngày 01 tháng 10)",
        "năm (chậm nhất vào ngày 31 tháng 01 của năm tiếp theo)",
        "tháng (chậm nhất vào ngày 05 (năm) của tháng tiếp theo tháng báo cáo)",
        "quý (chậm nhất vào ngày 20 (hai mươi) của tháng đầu tiên quý tiếp theo quý báo cáo)",
      ),
    })
    .map(({ periodic, every, clause }) => `${periodic}${every} ${clause}`),
  // an extension limit with the words that name what is extended, before or after the role words
  fc
    .record({
      subject: fc.constantFrom("", "Thời gian ", "Thời hạn mỗi lần ", "thời gian tối đa ", "Việc ", "thời hạn thẩm tra, xác minh "),
      role: fc.constantFrom("gia hạn", "được gia hạn", "có thể được gia hạn", "có thể kéo dài"),
      object: fc.constantFrom("", " việc phân phối chứng khoán", " để sửa chữa, hoàn thiện hồ sơ", " trong trường hợp này", " giải quyết tố cáo"),
      count: fc.constantFrom("", " một lần", " 01 lần,", " 01 lần và", " một lần với thời hạn"),
      lead: fc.constantFrom(" không quá", " nhưng không quá", " nhưng tối đa không quá", " tối đa"),
      amount: fc.integer({ min: 1, max: 90 }),
      unit: fc.constantFrom("ngày", "ngày làm việc", "tháng", "năm"),
      anchor: fc.constantFrom("", " kể từ ngày hết hạn", ", kể từ ngày có kết luận của Hội đồng"),
    })
    .map(({ subject, role, object, count, lead, amount, unit, anchor }) => `${subject}${role}${object}${count}${lead} ${amount} ${unit}${anchor}`),
  fc
    .record({
      role: fc.constantFrom("có hiệu lực", "có hiệu lực thi hành", "có thời hạn", "có giá trị", "có giá trị sử dụng", "niêm yết công khai", "niêm yết", "gia hạn", "có thể gia hạn một lần nhưng", "được kéo dài hơn nhưng"),
      lead: fc.constantFrom("", "trong ", "không quá ", "ít nhất ", "sau ", "trong thời hạn "),
      amount: fc.integer({ min: 1, max: 400 }),
      unit: fc.constantFrom("ngày", "ngày làm việc", "tháng", "năm"),
      anchor: fc.constantFrom("", " kể từ ngày ký", " kể từ ngày cấp", " từ ngày nhận được quyết định"),
    })
    .map(({ role, lead, amount, unit, anchor }) => `${role} ${lead}${amount} ${unit}${anchor}`),
  fc
    .record({
      reference: fc.constantFrom("ngày khai mạc kỳ họp", "ngày bầu cử", "khi giấy phép hết hạn", "ngày tổ chức hội nghị"),
      lead: fc.constantFrom("", "ít nhất ", "chậm nhất ", "tối thiểu "),
      amount: fc.integer({ min: 1, max: 120 }),
      unit: fc.constantFrom("ngày", "ngày làm việc"),
    })
    .map(({ reference, lead, amount, unit }) => `trước ${reference} ${lead}${amount} ${unit}`),
  fc
    .record({ lead: fc.constantFrom("", "chậm nhất ", "chậm nhất vào ", "trước "), day: fc.integer({ min: 1, max: 28 }), of: fc.constantFrom("của ", "") })
    .map(({ lead, day, of }) => `${lead}ngày ${day} ${of}tháng báo cáo`),
  fc
    .record({
      a: fc.integer({ min: 1, max: 28 }),
      b: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 12 }),
      year: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: undefined }),
      open: fc.option(fc.constantFrom("9h", "8 giờ 30", "07:30"), { nil: undefined }),
      time: fc.option(fc.constantFrom("17 giờ", "16 giờ 30", "08:00"), { nil: undefined }),
      sep: fc.constantFrom("/", "-", "."),
      dash: fc.boolean(),
    })
    .map(({ a, b, month, year, open, time, sep, dash }) => {
      // the start takes the end's month: it is not after the end
      const from = Math.min(a, b);
      const day = Math.max(a, b);
      const end = `${day}${sep}${month}${year === undefined ? "" : `${sep}${year}`}`;
      // "từ ngày 5-15/2/2026": a range of days written with a dash
      if (dash && open === undefined && time === undefined && sep !== "-") return `từ ngày ${from}-${end}`;
      return `từ ${open === undefined ? "" : `${open} `}ngày ${from} đến ${time === undefined ? "" : `${time} `}ngày ${end}`;
    }),
  fc
    .record({
      lead: fc.constantFrom("không quá", "trong", "trong thời hạn"),
      a: fc.integer({ min: 1, max: 60 }),
      b: fc.integer({ min: 1, max: 90 }),
      condition: fc.constantFrom("phức tạp", "cần xác minh", "vụ việc có nhiều tình tiết phức tạp", "phải lấy ý kiến"),
      sep: fc.constantFrom(";", ","),
      then: fc.constantFrom("", "thì "),
      anchor: fc.constantFrom("", " kể từ ngày nhận đơn", " kể từ ngày thụ lý"),
    })
    .map(({ lead, a, b, condition, sep, then, anchor }) => `${lead} ${a} ngày${sep} trường hợp ${condition} ${then}không quá ${b} ngày${anchor}`),
  // a label, a condition or an article's heading before a limit; a remark between the count and its anchor
  fc
    .record({
      label: fc.constantFrom("Hoàn chỉnh hồ sơ:", "Trực tiếp -", "Qua dịch vụ bưu chính –", "chưa đủ hồ sơ hợp lệ,", "Hẹn lần 1:", "Hẹn lần 2:", "Điều 2."),
      lead: fc.constantFrom("Trong thời hạn", "trong vòng", "không quá", "chậm nhất"),
      amount: fc.integer({ min: 1, max: 45 }),
      unit: fc.constantFrom("ngày", "ngày làm việc"),
      remark: fc.option(fc.constantFrom("(cắt giảm 01 ngày làm việc)", "(cắt giảm 02/05 ngày làm việc, tỷ lệ 40%)", "(24 giờ làm việc)"), { nil: undefined }),
      anchor: fc.constantFrom("", " kể từ ngày nhận hồ sơ", " kể từ ngày nhận đủ hồ sơ hợp lệ"),
    })
    .map(({ label, lead, amount, unit, remark, anchor }) => `${label} ${lead} ${amount} ${unit}${remark !== undefined && anchor !== "" ? ` ${remark}` : ""}${anchor}`),
  // a day coming, and the year after the reporting year
  fc
    .record({ lead: fc.constantFrom("trước ngày", "chậm nhất ngày", "chậm nhất là ngày"), day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }), coming: fc.constantFrom("tới đây", "sắp tới", "tới") })
    .map(({ lead, day, month, coming }) => `${lead} ${day}/${month} ${coming}`),
  fc
    .record({ lead: fc.constantFrom("chậm nhất là ngày", "trước ngày"), day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }) })
    .map(({ lead, day, month }) => `${lead} ${day}/${String(month).padStart(2, "0")} năm kế tiếp của năm báo cáo`),
  // a count back with its event right after it; words run together
  fc
    .record({ lead: fc.constantFrom("", "ít nhất ", "tối thiểu "), amount: fc.integer({ min: 1, max: 60 }), unit: fc.constantFrom("ngày", "ngày làm việc", "tháng"), event: fc.constantFrom("bắt đầu phiên họp", "khai mạc kỳ họp", "hết hạn giấy phép", "tổ chức hội nghị") })
    .map(({ lead, amount, unit, event }) => `Trước ${lead}${String(amount).padStart(2, "0")} ${unit} ${event}`),
  fc
    .record({ amount: fc.integer({ min: 1, max: 30 }), glued: fc.constantFrom("ngàylàm việc kể từ ngày nhận hồ sơ", "ngày làm việc kể từngày nhận hồ sơ", "ngày kểtừ ngày ký") })
    .map(({ amount, glued }) => `trong ${amount} ${glued}`),
);
