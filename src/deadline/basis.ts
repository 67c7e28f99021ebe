/**
 * Legal bases cited by deadline trace steps (căn cứ pháp lý). Data only.
 * @internal
 * @module
 */
import type { LegalBasis } from "./types.js";

const BLDS = "Bộ luật Dân sự 2015 (91/2015/QH13)";

/** @internal */
export const BASIS = Object.freeze({
  /** Periods counted on the solar calendar; the Code applies unless agreed or legislated otherwise. */
  blds145: Object.freeze({ doc: BLDS, article: "Điều 145" }),
  /** Đầu/giữa/cuối tháng (Đ.146.2). */
  blds146_2: Object.freeze({ doc: BLDS, article: "Điều 146 khoản 2" }),
  /** Đầu/giữa/cuối năm (Đ.146.3). */
  blds146_3: Object.freeze({ doc: BLDS, article: "Điều 146 khoản 3" }),
  /** Minutes and hours run from the stated moment (Đ.147.1). */
  blds147_1: Object.freeze({ doc: BLDS, article: "Điều 147 khoản 1" }),
  /** The first day / event day is not counted (Đ.147.2–3). */
  blds147_2: Object.freeze({ doc: BLDS, article: "Điều 147 khoản 2 và 3" }),
  /** A period of days ends at the end of its last day (Đ.148.1). */
  blds148_1: Object.freeze({ doc: BLDS, article: "Điều 148 khoản 1" }),
  /** Weeks end on the corresponding weekday (Đ.148.2). */
  blds148_2: Object.freeze({ doc: BLDS, article: "Điều 148 khoản 2" }),
  /** Months end on the corresponding day, else the month's last day (Đ.148.3). */
  blds148_3: Object.freeze({ doc: BLDS, article: "Điều 148 khoản 3" }),
  /** Years end on the corresponding day and month (Đ.148.4). */
  blds148_4: Object.freeze({ doc: BLDS, article: "Điều 148 khoản 4" }),
  /** A last day on a weekly rest day or holiday rolls to the next working day (Đ.148.5). */
  blds148_5: Object.freeze({ doc: BLDS, article: "Điều 148 khoản 5" }),
  /** The last day ends at 24:00 (Đ.148.6). */
  blds148_6: Object.freeze({ doc: BLDS, article: "Điều 148 khoản 6" }),
  /** Urgency marks and the same-or-next-working-day rule. */
  nd30: Object.freeze({ doc: "Nghị định 30/2020/NĐ-CP", article: "Điều 4 khoản 2 điểm c" }),
  /** Data cut-off windows of periodic reports. */
  nd09: Object.freeze({ doc: "Nghị định 09/2019/NĐ-CP", article: "Điều 12" }),
  /** Dossiers received after 15:00 are forwarded at the start of the next working day. */
  nd61: Object.freeze({ doc: "Nghị định 61/2018/NĐ-CP", article: "Điều 18 khoản 2" }),
  /** The 40-hour, 5-day civil-service week (8 office hours a day). */
  qd188: Object.freeze({ doc: "Quyết định 188/1999/QĐ-TTg", article: "Điều 1" }),
} satisfies Record<string, LegalBasis>);
