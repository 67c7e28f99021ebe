import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError, formatIssue } from "../../src/errors.js";
import { findDeadlines, formatDeadline, parseDeadline, safeParseDeadline, scanDeadlines, type UnreadFragment } from "../../src/phrase/index.js";
import { deadlinePhraseArb, deadlineRuleArb } from "../../src/testing/index.js";

/** Words that start no time expression: filler around an embedded phrase. */
const FILLER = ["đề", "nghị", "các", "đơn", "vị", "gửi", "báo", "cáo", "về", "Văn", "phòng", "Ban", "Quản", "lý", "để", "tổng", "hợp", "kết", "quả", "cơ", "quan", "thuế", "thông", "tin", "doanh", "nghiệp", "hồ", "sơ", "giải", "quyết", "Sở", "Nội", "vụ", "UBND", "thành", "phố"];
const fillerArb = fc.array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 12 }).map((w) => w.join(" "));

const only = (text: string) => findDeadlines(text).map((m) => ({ text: m.text, role: m.role, kind: m.rule.kind }));

describe("findDeadlines", () => {
  it("finds a date limit inside a request sentence and keeps the words before it out (the request is not the time limit)", () => {
    // Arrange
    const text = "đề nghị các đơn vị gửi báo cáo về Văn phòng trước ngày 20/12/2025";
    // Act
    const [match, ...rest] = findDeadlines(text);
    // Assert
    expect(rest).toEqual([]);
    expect(match).toEqual({
      index: 44,
      end: 65,
      text: "trước ngày 20/12/2025",
      role: "deadline",
      rule: parseDeadline("trước ngày 20/12/2025"),
    });
    expect(text.slice(match?.index, match?.end)).toBe(match?.text);
  });

  it("reads an amount with no lead word after 'Thời hạn giải quyết là' and keeps the anchor verbatim (NĐ 61/2018 wording)", () => {
    const [match] = findDeadlines("Thời hạn giải quyết là 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.");
    expect(match?.text).toBe("15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ");
    expect(match?.rule).toMatchObject({ kind: "relative", amount: 15, unit: "working_day", anchor: { text: "ngày nhận đủ hồ sơ hợp lệ" } });
  });

  it("ends an anchor before the comma that opens the main clause ('…, cơ quan thuế phải thông báo')", () => {
    const [match] = findDeadlines("Trong thời hạn 10 ngày kể từ ngày nhận được hồ sơ, cơ quan thuế phải thông báo cho người nộp thuế.");
    expect(match?.text).toBe("Trong thời hạn 10 ngày kể từ ngày nhận được hồ sơ");
    expect(match?.rule).toEqual(parseDeadline("Trong thời hạn 10 ngày kể từ ngày nhận được hồ sơ"));
  });

  it("keeps a comma inside an anchor when no main clause follows ('Kế hoạch, Chương trình hành động', seed 000 II.3)", () => {
    const [match] = findDeadlines("--> yêu cầu chậm nhất trong 10 ngày kể từ khi UBND TP ban hành Kế hoạch, Chương trình hành động");
    expect(match?.rule).toMatchObject({ kind: "relative", anchor: { text: "khi UBND TP ban hành Kế hoạch, Chương trình hành động" } });
  });

  it("trims a duration at the grammar's first objection ('trong thời hạn 05 ngày làm việc, …'), the anchor written before it included", () => {
    expect(only("Sau khi có kết quả thẩm định, trong thời hạn 05 ngày làm việc, cơ quan có thẩm quyền phải ban hành quyết định.")).toEqual([
      { text: "Sau khi có kết quả thẩm định, trong thời hạn 05 ngày làm việc", role: "deadline", kind: "relative" },
    ]);
  });

  it("reads alternatives by case as one expression, the shared anchor on both and each alternative with its condition ('trường hợp phức tạp')", () => {
    const text = "giải quyết không quá 20 ngày; trường hợp phức tạp không quá 40 ngày kể từ ngày nhận đơn";
    expect(only(text)).toEqual([{ text: "không quá 20 ngày; trường hợp phức tạp không quá 40 ngày kể từ ngày nhận đơn", role: "deadline", kind: "relative" }]);
    const [match] = findDeadlines(text);
    expect(match?.rule).toMatchObject({
      amount: 20,
      anchor: { text: "ngày nhận đơn" },
      alternatives: [{ condition: "phức tạp", rule: { kind: "relative", amount: 40, anchor: { text: "ngày nhận đơn" } } }],
    });
  });

  it("keeps a date list with its labels as one expression (KH 431/KH-BQL: quarterly and yearly reports)", () => {
    const text =
      "hoàn thành báo cáo về Văn phòng trước ngày 03/3, 03/6, 03/9 năm 2024 (đối với báo cáo quý I, II, III), trước ngày 03/11/2024 (đối với báo cáo năm) để tổng hợp kết quả";
    const [match] = findDeadlines(text);
    expect(match?.text).toBe("trước ngày 03/3, 03/6, 03/9 năm 2024 (đối với báo cáo quý I, II, III), trước ngày 03/11/2024 (đối với báo cáo năm)");
    expect(match?.rule.kind).toBe("fixed_date");
  });

  it("names the role from the role words it reads, or from the words before: entry into force, validity, extension limit, minimum notice (counted by the same rules)", () => {
    expect(only("Văn bản này có hiệu lực sau 45 ngày kể từ ngày ký.")).toEqual([{ text: "có hiệu lực sau 45 ngày kể từ ngày ký", role: "entry_into_force", kind: "relative" }]);
    expect(only("Giấy phép có thời hạn 12 tháng.")).toEqual([{ text: "có thời hạn 12 tháng", role: "validity", kind: "relative" }]);
    expect(only("có thể gia hạn một lần nhưng không quá 10 ngày làm việc")).toEqual([{ text: "có thể gia hạn một lần nhưng không quá 10 ngày làm việc", role: "extension_limit", kind: "relative" }]);
    expect(only("gửi giấy mời ít nhất 03 ngày trước ngày tổ chức hội nghị")).toEqual([{ text: "ít nhất 03 ngày trước ngày tổ chức hội nghị", role: "deadline", kind: "before_deadline" }]);
  });

  it("drops a clause after ';' that names a case with no time limit in it (NĐ 08/2020 Đ.7: '…; trường hợp từ chối phải thông báo' is not an alternative deadline)", () => {
    const text =
      "Trong thời hạn 30 ngày, kể từ ngày nhận đủ hồ sơ hợp lệ, Bộ trưởng Bộ Tư pháp ra quyết định công nhận; trường hợp từ chối phải thông báo bằng văn bản.";
    const [match, ...rest] = findDeadlines(text);
    expect(rest).toEqual([]);
    expect(match?.text.startsWith("Trong thời hạn 30 ngày, kể từ ngày nhận đủ hồ sơ hợp lệ")).toBe(true);
    expect(match?.text.includes(";")).toBe(false);
    expect(match?.rule).toEqual(parseDeadline(match?.text ?? ""));
    expect(match?.rule).toMatchObject({ kind: "relative", amount: 30, unit: "day" });
  });

  it("keeps a reporting day whose scope ends on a word written without diacritics that no time word folds to ('tháng tiếp theo', TT 34/2018 Đ.19: monthly report before day 5 of the next month)", () => {
    const text = "báo cáo Trung tâm Y tế huyện trước ngày 05 của tháng tiếp theo đối với báo cáo tháng, ngày 05 của tháng đầu tiên của quý tiếp theo đối với báo cáo quý";
    const [first] = findDeadlines(text);
    expect(first?.text.startsWith("trước ngày 05 của tháng tiếp theo")).toBe(true);
    expect(first?.rule).toMatchObject({ kind: "recurring", frequency: "monthly", day: 5, bound: "before", offset: 1 });
  });

  it("reads an entry into force from its role words, not from 'kể từ' (Luật 51/2014 Đ.132: in force from 01/01/2015)", () => {
    expect(only("Luật này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2015.")).toEqual([
      { text: "có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2015", role: "entry_into_force", kind: "fixed_date" },
    ]);
  });

  it("drops ', trừ trường hợp quy định tại …' (a reference, not an urgency exception) and keeps the time limit before it (Luật TNBTCNN 2017 Đ.42: 2 working days from receipt)", () => {
    const text =
      "Trong thời hạn 02 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ theo quy định tại Điều 41 của Luật này, cơ quan giải quyết bồi thường phải thụ lý hồ sơ và vào sổ thụ lý, trừ trường hợp quy định tại khoản 2 Điều này.";
    const [match] = findDeadlines(text);
    expect(match?.text.includes("trừ")).toBe(false);
    expect(match?.rule).toMatchObject({ kind: "relative", amount: 2, unit: "working_day" });
    expect(match?.rule).toEqual(parseDeadline(match?.text ?? ""));
  });

  it("calls a date named with no lead word a mention, not a deadline ('Ngày 09/01/2024, UBND thành phố đã ban hành …')", () => {
    expect(only("Ngày 09/01/2024, Ủy ban nhân dân thành phố đã ban hành Quyết định số 56/QĐ-UBND")).toEqual([
      { text: "Ngày 09/01/2024", role: "mention", kind: "fixed_date" },
    ]);
  });

  it("reads text typed without diacritics", () => {
    expect(only("gui bao cao trong 10 ngay ke tu ngay nhan duoc quyet dinh khen thuong")).toEqual([
      { text: "trong 10 ngay ke tu ngay nhan duoc quyet dinh khen thuong", role: "deadline", kind: "relative" },
    ]);
  });

  it("gives offsets in the NFC text when the input is NFD", () => {
    const nfd = "Báo cáo trước ngày 14/11/2023 để tổng hợp".normalize("NFD");
    const scan = scanDeadlines(nfd);
    const [match] = scan.matches;
    expect(scan.text).toBe(nfd.normalize("NFC"));
    expect(match?.text).toBe("trước ngày 14/11/2023");
    expect(scan.text.slice(match?.index, match?.end)).toBe("trước ngày 14/11/2023");
  });

  it("starts a new expression at a capitalised 'Trong thời hạn' right after a lower-case word (procedure steps joined without their full stop): each step keeps its own anchor", () => {
    const text = "Trong thời hạn 05 ngày làm việc, kể từ ngày nhận được hồ sơ, Cục thông báo kế hoạch kiểm tra cho tổ chức đề nghị Trong thời hạn 10 ngày làm việc, kể từ ngày thông báo kế hoạch kiểm tra, Cục tổ chức kiểm tra Trong thời hạn 03 ngày làm việc kể từ ngày kết thúc kiểm tra, Cục cấp Giấy chứng nhận";
    const found = findDeadlines(text);
    // a main clause after a comma with no clause word ("…, Cục tổ chức kiểm tra") stays in the anchor; the next step never does
    expect(found.map((m) => m.text)).toEqual([
      "Trong thời hạn 05 ngày làm việc, kể từ ngày nhận được hồ sơ, Cục thông báo kế hoạch kiểm tra cho tổ chức đề nghị",
      "Trong thời hạn 10 ngày làm việc, kể từ ngày thông báo kế hoạch kiểm tra, Cục tổ chức kiểm tra",
      "Trong thời hạn 03 ngày làm việc kể từ ngày kết thúc kiểm tra, Cục cấp Giấy chứng nhận",
    ]);
    for (const m of found) expect(m.rule).toEqual(parseDeadline(m.text));
    expect(found.map((m) => (m.rule.kind === "relative" ? m.rule.amount : 0))).toEqual([5, 10, 3]);
  });

  it("never crosses a table cell, a line or a sentence end", () => {
    expect(only("chậm nhất 3 ngày kể từ ngày ban hành\tTrung tâm DVVL-ĐT-XTĐT\tVăn phòng").map((m) => m.text)).toEqual(["chậm nhất 3 ngày kể từ ngày ban hành"]);
    expect(only("chậm nhất 3 ngày kể từ ngày ban hành. Văn phòng tổng hợp").map((m) => m.text)).toEqual(["chậm nhất 3 ngày kể từ ngày ban hành"]);
    expect(only("đăng tải chậm nhất 3 ngày kể từ ngày ban hành.</p>").map((m) => m.text)).toEqual(["chậm nhất 3 ngày kể từ ngày ban hành"]);
  });

  it("does not read a word the grammar could only read by folding it ('thời hạn quy định' is not 'thời hạn quý')", () => {
    expect(only("yêu cầu cập nhật đúng thời hạn quy định theo công văn của Sở Nội vụ")).toEqual([]);
  });

  it("finds nothing in text with no time expression, and leaves common words alone ('trong quá trình triển khai')", () => {
    expect(scanDeadlines("Trong quá trình triển khai thực hiện, nếu phát sinh vướng mắc các đơn vị phản ánh về Văn phòng.")).toMatchObject({ matches: [], unread: [] });
    expect(findDeadlines("")).toEqual([]);
  });

  it("throws InvalidInputError for a non-string", () => {
    expect(() => findDeadlines(42 as unknown as string)).toThrow(InvalidInputError);
  });
});

describe("scanDeadlines", () => {
  it("reports a strong lead followed by wording it cannot read, with the grammar's reason — never a guess ('trước ngày khai trương')", () => {
    const scan = scanDeadlines("Hồ sơ nộp trước ngày khai trương.");
    expect(scan.matches).toEqual([]);
    expect(scan.unread).toEqual([
      {
        index: 10,
        end: 25,
        text: "trước ngày khai",
        lead: "trước ngày",
        reason: "phrase_unrecognized_token",
        at: 21,
        token: "khai",
        expected: ["ngày dd/mm/yyyy", "số (number)", "… N ngày"],
        role: "deadline",
        issue: {
          code: "phrase_unrecognized_token",
          path: [],
          params: { index: 11, text: "trước ngày khai", token: "khai", expected: ["ngày dd/mm/yyyy", "số (number)", "… N ngày"] },
        },
      },
    ]);
    expect(formatIssue((scan.unread[0] as UnreadFragment).issue, "en")).toContain('Word "khai" at index 11 of "trước ngày khai" is not understood');
  });

  it("an unread fragment carries the grammar's issue, worded for a person in both languages: '10 - 15 ngày làm việc' is a range the plan must choose from (count_range), not its last count", () => {
    const [range] = scanDeadlines("Thời gian giải quyết: 10 - 15 ngày làm việc.").unread;
    expect(range).toMatchObject({ text: "10 - 15 ngày", reason: "phrase_unsupported", issue: { code: "phrase_unsupported", params: { reason: "count_range", from: 10, to: 15, text: "10 - 15 ngày", index: 0 } } });
    expect(formatIssue((range as UnreadFragment).issue, "vi")).toContain("khoảng thời hạn từ 10 đến 15 ngày tùy trường hợp không cho một ngày cuối");
    expect(formatIssue((range as UnreadFragment).issue, "en")).toContain('a range of 10 to 15 ("10 - 15 ngày") depends on the case');
  });

  it("an unread fragment's issue follows the fragment when it grows over the piece after it: its text is the fragment's", () => {
    for (const text of ["Hồ sơ nộp trước ngày khai trương.", "Thời hạn: từ ngày 23/1/2020 đến hết thứ Năm ngày 29/1/2020.", "chậm nhất ngày 28 và 30 hàng tháng", "Thời gian 10 - 15 ngày làm việc", "báo cáo định kỳ tại Sở"]) {
      const { unread } = scanDeadlines(text);
      expect(unread.length).toBeGreaterThan(0);
      for (const u of unread) expect([u.issue.code, u.issue.params["text"], u.issue.params["index"]]).toEqual([u.reason, u.text, u.at - u.index]);
    }
  });

  it("finds a count back written after its reference ('trước khi hợp đồng hết hạn 30 ngày') whole, never 'hạn 30 ngày' as a time limit of its own; 'Trước khi ký hợp đồng' with no count is no candidate", () => {
    expect(only("Chủ đầu tư phải gửi hồ sơ trước khi hợp đồng hết hạn 30 ngày.")).toEqual([{ text: "trước khi hợp đồng hết hạn 30 ngày", role: "deadline", kind: "before_deadline" }]);
    const scan = scanDeadlines("Trước khi ký hợp đồng, các bên phải thỏa thuận.");
    expect([scan.matches, scan.unread]).toEqual([[], []]);
  });

  it("finds 'có hiệu lực kể từ ngày ký ban hành' as an entry into force on the event's day, and the validity window of 'có hiệu lực thi hành kể từ ngày ký đến hết ngày …' as one match", () => {
    const scan = scanDeadlines("Nghị định này có hiệu lực kể từ ngày ký ban hành.");
    expect(scan.unread).toEqual([]);
    expect(scan.matches.map((m) => [m.text, m.role, m.rule.kind])).toEqual([["có hiệu lực kể từ ngày ký ban hành", "entry_into_force", "same_day"]]);
    const window = scanDeadlines("Thông tư có hiệu lực thi hành kể từ ngày ký đến hết ngày 31 tháng 12 năm 2022.");
    expect(window.matches.map((m) => [m.text, m.role])).toEqual([["có hiệu lực thi hành kể từ ngày ký đến hết ngày 31 tháng 12 năm 2022", "validity"]]);
  });

  it("reports a referral to another document's deadline as unread ('trước ngày...', seed 000 II.2)", () => {
    const scan = scanDeadlines('lưu ý thời hạn ghi "nộp trước ngày... " thì đúng hạn là trước ngày ghi trong VB');
    expect(scan.unread.map((u) => [u.text, u.reason, u.token])).toEqual([
      ["trước ngày...", "phrase_unrecognized_token", "..."],
      ["trước ngày ghi", "phrase_unrecognized_token", "ghi"],
    ]);
  });

  it("lists a quota apart: it is not a time limit ('tối thiểu 1 ngày 1 văn bản', seed 000 I.3)", () => {
    const scan = scanDeadlines("--> yêu cầu đăng tải định kỳ tối thiểu 1 ngày 1 văn bản");
    expect(scan.matches).toEqual([]);
    expect(scan.quotas.map((q) => [q.text, q.quota.count, q.quota.per])).toEqual([["định kỳ tối thiểu 1 ngày 1 văn bản", 1, "day"]]);
  });

  it("reports a form the grammar recognises and refuses even after a weak lead ('ngày 31/02/2024' is a contradiction)", () => {
    const scan = scanDeadlines("nộp hồ sơ vào ngày 31/02/2024");
    expect(scan.matches).toEqual([]);
    expect(scan.unread.map((u) => u.reason)).toEqual(["phrase_contradiction"]);
  });
});

describe("scanDeadlines: decimal counts", () => {
  it("does not match '2,5 ngày' in part as '5 ngày': the count is reported unread with its reason, after a lead or alone", () => {
    // Arrange, Act
    const led = scanDeadlines("Thời hạn giải quyết 2,5 ngày kể từ ngày nhận hồ sơ.");
    const bare = scanDeadlines("hoàn thành 2,5 ngày.");
    // Assert
    expect(led.matches.filter((m) => /\d/.test(m.text))).toEqual([]);
    expect(led.unread[0]).toMatchObject({ text: "Thời hạn giải quyết 2,5 ngày", reason: "phrase_unsupported", token: "2,5" });
    expect(bare.matches).toEqual([]);
    expect(bare.unread.map((u) => [u.text, u.reason, u.token])).toEqual([["2,5 ngày", "phrase_unsupported", "2,5"]]);
  });

  it("still reads a list of days written with a comma and no space ('ngày 03/3,03/6'): only a count before a unit is a decimal", () => {
    expect(only("gửi trước ngày 03/3,03/6")).toEqual([{ text: "trước ngày 03/3,03/6", role: "deadline", kind: "fixed_date" }]);
    expect(scanDeadlines("chậm nhất ngày 5,6 tháng 3").unread.map((u) => u.reason)).not.toContain("phrase_unsupported");
  });
});

describe("findDeadlines (properties)", () => {
  it("a phrase the parser accepts, between sentences of filler, is found whole with the same rule", () => {
    fc.assert(
      fc.property(deadlinePhraseArb(), fillerArb, fillerArb, ({ text: phrase }, before, after) => {
        // Arrange
        const nfc = phrase.normalize("NFC");
        const text = `${before}. ${phrase}. ${after}`;
        // Act
        const matches = findDeadlines(text);
        // Assert
        expect(matches.map((m) => m.text)).toEqual([nfc]);
        expect(matches[0]?.rule).toEqual(parseDeadline(nfc));
        expect(matches[0]?.index).toBe(before.length + 2);
      }),
    );
  });

  it("every canonical phrase of every rule kind, in a table cell between other cells, is found with the same rule", () => {
    fc.assert(
      fc.property(deadlineRuleArb(), fillerArb, (rule, cell) => {
        // Arrange
        const phrase = formatDeadline(rule, { locale: "vi" });
        fc.pre(safeParseDeadline(phrase).success);
        // words before the lead ("khai giảng ngày 5/9") are a phrase's own start: in text the match starts at the lead (test/phrase/forms6.test.ts)
        fc.pre(rule.wording?.predicate === undefined);
        // Act
        const matches = findDeadlines(`${cell}\t--> yêu cầu ${phrase}\t${cell}`);
        // Assert
        expect(matches.map((m) => m.text)).toEqual([phrase.normalize("NFC")]);
        expect(matches[0]?.rule).toEqual(parseDeadline(phrase));
      }),
    );
  });

  it("the rule of every match is parseDeadline of its text, and matches are in order without overlap, in any text", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fillerArb, deadlinePhraseArb().map((p) => p.text), fc.constantFrom(", ", "; ", ". ", "\t", " (", ") ")), { maxLength: 12 }), (parts) => {
        const text = parts.join(" ");
        const scan = scanDeadlines(text);
        let last = 0;
        for (const m of scan.matches) {
          expect(m.index).toBeGreaterThanOrEqual(last);
          expect(scan.text.slice(m.index, m.end)).toBe(m.text);
          expect(m.rule).toEqual(parseDeadline(m.text));
          last = m.end;
        }
      }),
    );
  });
});
