/**
 * Sixth held-out batch: sentences and table rows collected on 2026-12-06/07 after heldout4.ts and
 * heldout5.ts had been used to tune the parser, from documents that none of real.ts, heldout.ts,
 * heldout2.ts, heldout3.ts, heldout4.ts, heldout5.ts, the older phrase corpus and the seeds use,
 * and not from the examples of DESIGN §4. Same shape and rules as heldout3.ts: each wording is kept
 * as the source writes it (NFC), the mix of forms is the documents' own, the expected last day is
 * computed by hand under the BLDS 2015 defaults (DESIGN §3) and the civil-service calendar, with
 * `reading` where an interpretation was chosen. Nobody tunes the parser on this file, and no entry
 * was chosen by running the library on it: the library was not run on any entry while the batch
 * was collected.
 *
 * measured: … (to be filled in once, on the merged library, with `npm run corpus`, seventh table)
 *
 * Anchors of relative limits are the working day the other corpora use (Wednesday 08/10/2025)
 * unless the text gives one; named days ("trước ngày X") are points and do not roll; entry into
 * force does not roll; dates written without a year take the year of the document or report.
 */
import type { SentenceEntry } from "./types.js";

/** The sixth held-out batch: never used to tune the parser. */
export const HELDOUT6: readonly SentenceEntry[] = [
  // Công văn 456/UBDT-DTTS (Ủy ban Dân tộc, 23/4/2021) về báo cáo sơ kết Quyết định 1898/QĐ-TTg
  { id: "ubdt456-2021-01", sentence: "Báo cáo sơ kết đánh giá tình hình, kết quả tổ chức triển khai thực hiện Đề án “Hỗ trợ hoạt động bình đẳng giới vùng dân tộc thiểu số giai đoạn 2018-2025” gửi về Ủy ban Dân tộc trước ngày 15 tháng 5 năm 2021 (file mềm gửi qua địa chỉ email: vudantocthieuso@cema.gov.vn) để tổng hợp báo cáo Thủ tướng Chính phủ theo quy định.", phrase: "trước ngày 15 tháng 5 năm 2021", source: { doc: "Công văn 456/UBDT-DTTS (Ủy ban Dân tộc, 2021)", article: "đoạn 3" }, form: "fixed", role: "deadline", lastDay: "2021-05-14", reading: "\"trước ngày X\" is strictly before: last day X−1, a Friday (DESIGN §3)" },
  // Tin: Thủ tướng yêu cầu báo cáo tình hình Tết Mậu Tý (Báo Pháp Luật TP. Hồ Chí Minh, 2008)
  { id: "plo-tet2008-01", sentence: "Các bộ, ngành, địa phương tổng hợp, báo cáo ngắn gọn tình hình Tết về Văn phòng Chính phủ trước ngày 12-2 (mùng 6 Tết Mậu Tý).", phrase: "trước ngày 12-2 (mùng 6 Tết Mậu Tý)", source: { doc: "Tin báo cáo tình hình Tết Mậu Tý (Báo Pháp Luật TP. Hồ Chí Minh, 2008)", article: "đoạn 1" }, form: "fixed", role: "deadline", year: 2008, lastDay: "2008-02-11", reading: "the year is that of Tết Mậu Tý (mùng 1 = 07/02/2008, so mùng 6 = 12/02/2008, which the gloss confirms); strictly before: 11/02/2008" },
  { id: "plo-tet2008-02", sentence: "Riêng các bộ Công an, Quốc phòng, Công thương, Tài chính, Giao thông Vận tải, Y tế, Ngoại giao, Lao động-Thương binh và Xã hội; UBND TP Hà Nội, UBND TP.HCM, Thủ tướng yêu cầu có báo cáo hỏa tốc về Văn phòng Chính phủ vào mùng 2 Tết Mậu Tý (8-2) để tổng hợp tình hình ba ngày Tết, sau đó gửi tiếp báo cáo đầy đủ.", phrase: "vào mùng 2 Tết Mậu Tý (8-2)", source: { doc: "Tin báo cáo tình hình Tết Mậu Tý (Báo Pháp Luật TP. Hồ Chí Minh, 2008)", article: "đoạn 4" }, form: "fixed", role: "deadline", year: 2008, lastDay: "2008-02-08", reading: "mùng 2 Tết Mậu Tý is 08/02/2008, as the gloss says; a named day inside Tết does not roll" },
  // Tin: Văn bản 1277/BGDĐT-QLCL hướng dẫn Kỳ thi tốt nghiệp THPT 2024 (tóm tắt đăng lại, 2024)
  { id: "tin1277-2024-01", sentence: "Thời gian công bố kết quả thi dự kiến vào 8 giờ 00 ngày 17/7/2024.", phrase: "vào 8 giờ 00 ngày 17/7/2024", source: { doc: "Tin Văn bản 1277/BGDĐT-QLCL hướng dẫn Kỳ thi tốt nghiệp THPT 2024", article: "tóm tắt" }, form: "fixed", role: "deadline", lastDay: "2024-07-17", reading: "the day the results are due; the hour does not change the day" },
  { id: "tin1277-2024-02", sentence: "Theo đó, Kỳ thi tốt nghiệp trung học phổ thông (THPT) năm 2024 được tổ chức vào các ngày 26, 27, 28, 29/6/2024.", phrase: "vào các ngày 26, 27, 28, 29/6/2024", source: { doc: "Tin Văn bản 1277/BGDĐT-QLCL hướng dẫn Kỳ thi tốt nghiệp THPT 2024", article: "tóm tắt" }, form: "window", role: "deadline", expect: "reject", reason: "the four days of an exam listed one by one: the days of an event, not a limit by which something is due" },
  // Tin: kỳ họp thứ 4 HĐND TP.HCM khóa X (2021)
  { id: "hdndhcm-2021-01", sentence: "Từ ngày 7 đến ngày 9-12, HĐND TP.HCM khóa X sẽ tổ chức kỳ họp lần thứ 4.", phrase: "Từ ngày 7 đến ngày 9-12", source: { doc: "Tin kỳ họp thứ 4 HĐND TP.HCM khóa X (2021)", article: "đoạn 1" }, form: "window", role: "deadline", year: 2021, lastDay: "2021-12-09", reading: "the start's month is taken from the end (December); the year is that of the report (2021); the window's last day" },
  { id: "hdndhcm-2021-02", sentence: "Phiên chất vấn Chủ tịch UBND TP.HCM Phan Văn Mãi dự kiến sẽ diễn ra vào chiều 8-12, sẽ được truyền hình và phát thanh trực tiếp.", phrase: "vào chiều 8-12", source: { doc: "Tin kỳ họp thứ 4 HĐND TP.HCM khóa X (2021)", article: "đoạn 3" }, form: "fixed", role: "deadline", year: 2021, lastDay: "2021-12-08", reading: "a day written day-month with a hyphen, the afternoon of it; the year of the report" },
  // Tin: UBND tỉnh chỉ đạo xử lý dự án đầu tư chậm triển khai theo Chỉ thị 20 (trang tin quy hoạch)
  { id: "tinct20-01", sentence: "UBND tỉnh cũng đề nghị các đơn vị định kỳ 6 tháng, hàng năm báo cáo kết quả thực hiện Chỉ thị số 20 về UBND tỉnh.", phrase: "định kỳ 6 tháng, hàng năm", source: { doc: "Tin xử lý dự án đầu tư chậm triển khai theo Chỉ thị 20 (UBND tỉnh)", article: "đoạn 2" }, form: "recurring", role: "deadline", expect: "reject", reason: "a frequency with no day of the period: no single last day" },
  // Quyết định 65/2025/QĐ-UBND (UBND thành phố Cần Thơ, 31/12/2025) ban hành Quy chế làm việc
  { id: "ctho65-2025-01", sentence: "1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026.", phrase: "có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026", source: { doc: "Quyết định 65/2025/QĐ-UBND (Cần Thơ)", article: "Đ.2.1" }, form: "entry_into_force", role: "entry_into_force", lastDay: "2026-01-01", reading: "the first day in force is the named day, a public holiday; entry into force does not roll" },
  // Thông báo của Văn phòng UBND tỉnh Bình Dương về tiếp công dân định kỳ tháng 12/2024
  { id: "bduong-tcd-2024-01", sentence: "Theo Lịch tiếp công dân, vào ngày 17/12/2024, Chủ tịch UBND tỉnh chủ trì cùng lãnh đạo các ngành, đơn vị chức năng tiếp công dân định kỳ tại Trụ sở Tiếp công dân tỉnh; tuy nhiên, do phát sinh chương trình công tác đột xuất, nên việc tiếp công dân định kỳ tháng 12/2024 không thể diễn ra theo kế hoạch.", phrase: "vào ngày 17/12/2024", source: { doc: "Thông báo tiếp công dân định kỳ tháng 12/2024 (Văn phòng UBND tỉnh Bình Dương)", article: "toàn văn" }, form: "fixed", role: "deadline", lastDay: "2024-12-17", reading: "the scheduled reception day, a Tuesday" },
];
