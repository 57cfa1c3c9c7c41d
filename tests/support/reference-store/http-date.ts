const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

type DateParts = [year: number, month: string, day: number, time: string];

/** The three HTTP-date forms recipients must accept (RFC 9110 5.6.7), each with how to read its fields. */
const FORMS: Array<[RegExp, (match: RegExpExecArray) => DateParts]> = [
  [/^[A-Z][a-z]{2}, (\d\d) ([A-Z][a-z]{2}) (\d{4}) (\d\d:\d\d:\d\d) GMT$/, (m) => [Number(m[3]), m[2] ?? "", Number(m[1]), m[4] ?? ""]],
  [/^[A-Z][a-z]+day, (\d\d)-([A-Z][a-z]{2})-(\d\d) (\d\d:\d\d:\d\d) GMT$/, (m) => [twoDigitYear(Number(m[3])), m[2] ?? "", Number(m[1]), m[4] ?? ""]],
  [/^[A-Z][a-z]{2} ([A-Z][a-z]{2}) ([ \d]\d) (\d\d:\d\d:\d\d) (\d{4})$/, (m) => [Number(m[4]), m[1] ?? "", Number(m[2]?.trim()), m[3] ?? ""]],
];

/** Seconds since the epoch of an HTTP-date in IMF-fixdate, RFC 850 or asctime form; null for anything else. */
export function httpDateSeconds(text: string): number | null {
  for (const [pattern, fields] of FORMS) {
    const match = pattern.exec(text.trim());
    if (!match) continue;
    const [year, monthName, day, time] = fields(match);
    const month = MONTHS.indexOf(monthName);
    const [hours, minutes, seconds] = time.split(":").map(Number) as [number, number, number];
    if (month < 0 || hours > 23 || minutes > 59 || seconds > 59) return null;
    const ms = Date.UTC(year, month, day, hours, minutes, seconds);
    if (new Date(ms).getUTCDate() !== day) return null;
    return ms / 1000;
  }
  return null;
}

/** RFC 9110: a two-digit year more than 50 years ahead names the past century. */
function twoDigitYear(short: number): number {
  const thisYear = new Date().getUTCFullYear();
  const year = Math.floor(thisYear / 100) * 100 + short;
  return year > thisYear + 50 ? year - 100 : year;
}
