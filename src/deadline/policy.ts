/**
 * Counting policies (chính sách tính thời hạn): the defaults of Bộ luật Dân sự 2015 Đ.144–148
 * and how overrides are layered (plan < obligation < call).
 * @module
 */
import type { Policy } from "./types.js";
import { parsePolicy } from "./ruleCheck.js";

/**
 * The default counting policy (chính sách mặc định), following Bộ luật Dân sự 2015 Đ.144–148
 * where the law speaks and documented conventions where it does not:
 *
 * - `bareDayUnit: "calendar_day"`: a bare "N ngày" is calendar days (BLDS Đ.145–147);
 * - `excludeStartDay: true`: the start day / event day is not counted (Đ.147.2–3);
 * - `endOfDay: "midnight"`: the last day ends at 24:00 Asia/Ho_Chi_Minh (Đ.148.1, 148.6);
 * - `rollForward: true`: a last day of a day, week, month or year period on a non-working day
 *   rolls to the next working day (Đ.148.5);
 * - `beforeDate: "strict"`: "trước ngày X" means by X−1 (X 00:00 is late);
 * - `rollBackward: true`: a target counted back from a deadline ("chậm nhất 2 ngày trước thời hạn")
 *   that lands on a non-working day moves to the previous working day (BLDS is silent);
 * - `monthOverflow: "clamp"`: "N tháng" from the 31st ends on the month's last day (Đ.148.3);
 * - `rollFixedDates: false`: a named date ("chậm nhất ngày X") is a point, not a period: no roll;
 * - `lateReceiptCutoff: null`: no cut-off hour (NĐ 61/2018 Đ.18.2 governs forwarding only);
 * - `lateReceiptAtCutoff: false`: with a cut-off, a receipt at the cut-off itself is not late ("sau 15 giờ");
 * - `workingDays: "whole_days"`: "N ngày làm việc" ends 24:00 of the Nth working day;
 * - `urgency`: hỏa tốc → 24 giờ, thượng khẩn → 1 ngày làm việc, khẩn → 2 ngày làm việc. NĐ 30/2020
 *   Đ.4.2.c names the marks but sets **no numbers**; these are local conventions (agencies' quy chế
 *   làm việc) chosen as a middle ground, to be overridden per plan;
 * - `reportingWindow: { fromDay: 15, toDay: 14 }`: data cut-off of NĐ 09/2019 Đ.12;
 * - `require: "any"`: every data status is accepted (results may be `provisional`);
 * - `snapNonWorkingDays: true`: an office-hour count starting on a non-working day starts at the next opening.
 *
 * The object and its nested values are frozen.
 *
 * @example
 * DEFAULT_POLICY.beforeDate //=> "strict"
 * DEFAULT_POLICY.urgency.hoa_toc //=> { amount: 24, unit: "hour" }
 * @see Bộ luật Dân sự 2015, Điều 144–148; NĐ 30/2020/NĐ-CP Điều 4.2.c; NĐ 09/2019/NĐ-CP Điều 12
 * @remarks Since 0.1.0
 */
export const DEFAULT_POLICY: Policy = Object.freeze({
  bareDayUnit: "calendar_day",
  excludeStartDay: true,
  endOfDay: "midnight",
  rollForward: true,
  beforeDate: "strict",
  rollBackward: true,
  monthOverflow: "clamp",
  rollFixedDates: false,
  lateReceiptCutoff: null,
  lateReceiptAtCutoff: false,
  workingDays: "whole_days",
  urgency: Object.freeze({
    hoa_toc: Object.freeze({ amount: 24, unit: "hour" }),
    thuong_khan: Object.freeze({ amount: 1, unit: "working_day" }),
    khan: Object.freeze({ amount: 2, unit: "working_day" }),
  }),
  reportingWindow: Object.freeze({ fromDay: 15, toDay: 14 }),
  require: "any",
  snapNonWorkingDays: true,
} as const);

/**
 * Layers policy overrides on {@link DEFAULT_POLICY}: later layers win (plan < obligation < call).
 * `undefined` layers are skipped. Each layer is validated; nested objects (`urgency`,
 * `reportingWindow`) are replaced as a whole, as their types require every field.
 *
 * @param layers - Overrides from the least to the most specific.
 * @returns A complete, frozen {@link Policy}.
 * @throws {@link InvalidInputError} `invalid_option` for an unknown field or a bad value (the issue
 *   path starts with the layer's index).
 * @example
 * resolvePolicy({ beforeDate: "inclusive" }, undefined, { rollForward: false }).beforeDate //=> "inclusive"
 * resolvePolicy({ rollForward: false }, { rollForward: true }).rollForward //=> true
 * @see Bộ luật Dân sự 2015, Điều 145.1 (the Code's rules apply unless agreed or legislated otherwise)
 * @remarks Since 0.1.0
 */
export function resolvePolicy(...layers: (Partial<Policy> | undefined)[]): Policy {
  if (layers.every((l) => l === undefined)) return DEFAULT_POLICY;
  const merged: Record<string, unknown> = { ...DEFAULT_POLICY };
  layers.forEach((layer, index) => {
    if (layer === undefined) return;
    Object.assign(merged, parsePolicy(layer, [index]));
  });
  const policy = merged as unknown as Policy;
  return Object.freeze({
    ...policy,
    urgency: Object.freeze({ ...policy.urgency }),
    reportingWindow: Object.freeze({ ...policy.reportingWindow }),
  });
}
