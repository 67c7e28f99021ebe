/**
 * iCalendar (RFC 5545) writing: text escaping, content lines folded at 75 octets, dates and
 * date-times, and the VTIMEZONE of Asia/Ho_Chi_Minh (UTC+7, no daylight saving time since 1975).
 * @module
 * @see RFC 5545 §3.1 (content lines, folding), §3.3.11 (TEXT escaping), §3.6.1 (VEVENT), §3.6.6 (VALARM)
 */

/** Escapes a TEXT value: backslash, semicolon, comma, and line breaks as `\n` (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/**
 * Folds one content line so that no physical line exceeds 75 octets of UTF-8, never splitting a
 * character: continuation lines start with a space (RFC 5545 §3.1).
 *
 * @example
 * foldLine("DESCRIPTION:" + "a".repeat(80)).split("\r\n").map((l) => l.length) //=> [75, 18]
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74; // the leading space takes one octet
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** `YYYYMMDD` of an ISO date. */
export function icsDate(date: string): string {
  return date.slice(0, 10).replace(/-/g, "");
}

/** `YYYYMMDDTHHmmss` local time of an instant written by thoihan (`…+07:00`). */
export function icsLocalDateTime(instant: string): string {
  return `${icsDate(instant)}T${instant.slice(11, 19).replace(/:/g, "")}`;
}

/** `YYYYMMDDTHHmmssZ` (UTC) of any ISO instant with an offset; used for DTSTAMP. */
export function icsUtcDateTime(instant: string): string {
  const iso = new Date(instant).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** The time zone of every timed event: Vietnam, UTC+7 without daylight saving time. */
export const VIETNAM_TZID = "Asia/Ho_Chi_Minh";

/** The VTIMEZONE component of {@link VIETNAM_TZID}. */
export const VIETNAM_VTIMEZONE: readonly string[] = Object.freeze([
  "BEGIN:VTIMEZONE",
  `TZID:${VIETNAM_TZID}`,
  "BEGIN:STANDARD",
  "DTSTART:19750613T000000",
  "TZOFFSETFROM:+0700",
  "TZOFFSETTO:+0700",
  "TZNAME:ICT",
  "END:STANDARD",
  "END:VTIMEZONE",
]);

/**
 * A whole VCALENDAR text: the header (PRODID, VERSION, CALSCALE, METHOD, calendar name), the
 * components' lines, every line folded and ended by CRLF.
 *
 * @param name - The calendar's name (X-WR-CALNAME, shown by Outlook and Google Calendar).
 * @param components - The lines of the components (VTIMEZONE, VEVENTs), unfolded.
 */
export function icsCalendar(name: string, components: readonly string[]): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//thoihan//thoihan report//VI",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${VIETNAM_TZID}`,
    ...components,
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

/**
 * A UID that stays the same for the same thing across exports, so that re-importing updates the
 * event instead of duplicating it: the parts percent-encoded (ASCII only) and joined by `/`.
 *
 * @example
 * stableUid(["heza-2024", "I.1:56/TB-BQL"], "thoihan") //=> "heza-2024/I.1%3A56%2FTB-BQL@thoihan"
 */
export function stableUid(parts: readonly string[], domain: string): string {
  return `${parts.map((p) => encodeURIComponent(p)).join("/")}@${domain}`;
}
