const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
const LONG_DAYS = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH = `(${MONTHS.join("|")})`;
const TIME = "(\\d{2}):(\\d{2}):(\\d{2})";

/** `Sun, 06 Nov 1994 08:49:37 GMT` */
const IMF_FIXDATE = new RegExp(`^${DAYS}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`);
/** `Sunday, 06-Nov-94 08:49:37 GMT` */
const RFC_850 = new RegExp(`^${LONG_DAYS}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`);
/** `Sun Nov  6 08:49:37 1994` */
const ASCTIME = new RegExp(`^${DAYS} ${MONTH} ([ \\d]\\d) ${TIME} (\\d{4})$`);

/** The three forms of an HTTP-date (RFC 9110 5.6.7): IMF-fixdate and the obsolete RFC 850 and asctime. */
export type HttpDateForm = "imf-fixdate" | "rfc-850" | "asctime";

/**
 * Seconds since the epoch of an HTTP-date in any of the three forms RFC 9110 5.6.7 makes recipients
 * accept; undefined when the value is not one (such a condition is ignored). `now` (epoch seconds)
 * places an RFC 850 two-digit year.
 */
export function parseHttpDate(value: string, now: number): number | undefined {
  return readHttpDate(value, now)?.seconds;
}

/** An HTTP-date's instant and the form it was written in; undefined when the value is not one. `now` as for parseHttpDate. */
export function readHttpDate(value: string, now: number): { seconds: number; form: HttpDateForm } | undefined {
  const text = value.trim();
  const dated = (form: HttpDateForm, instant: number | undefined) => (instant === undefined ? undefined : { seconds: instant, form });
  let match = IMF_FIXDATE.exec(text);
  if (match) return dated("imf-fixdate", seconds(Number(match[4]), match[3], Number(match[2]), match.slice(5, 8)));
  match = RFC_850.exec(text);
  if (match) {
    // Two-digit years: RFC 9110 reads one more than 50 years ahead as the past century.
    const short = Number(match[4]);
    const thisYear = new Date(now * 1000).getUTCFullYear();
    let year = Math.floor(thisYear / 100) * 100 + short;
    if (year > thisYear + 50) year -= 100;
    return dated("rfc-850", seconds(year, match[3], Number(match[2]), match.slice(5, 8)));
  }
  match = ASCTIME.exec(text);
  if (match) return dated("asctime", seconds(Number(match[7]), match[2], Number(match[3]?.trim()), match.slice(4, 7)));
  return undefined;
}

function seconds(year: number, month: string | undefined, day: number, time: Array<string | undefined>): number | undefined {
  const monthIndex = MONTHS.indexOf(month ?? "");
  const [hours, minutes, secs] = time.map(Number) as [number, number, number];
  const millis = Date.UTC(year, monthIndex, day, hours, minutes, secs);
  const check = new Date(millis);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== monthIndex || hours > 23 || minutes > 59 || secs > 60) return undefined;
  return Math.floor(millis / 1000);
}

/** The three forms of one instant, for generating conditions. */
export function formatHttpDate(epochSeconds: number, form: HttpDateForm): string {
  const date = new Date(epochSeconds * 1000);
  const two = (n: number) => String(n).padStart(2, "0");
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  const month = MONTHS[date.getUTCMonth()];
  const longDay = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][date.getUTCDay()];
  switch (form) {
    case "imf-fixdate":
      return date.toUTCString();
    case "rfc-850":
      return `${longDay}, ${two(date.getUTCDate())}-${month}-${two(date.getUTCFullYear() % 100)} ${time} GMT`;
    case "asctime":
      return `${longDay?.slice(0, 3)} ${month} ${String(date.getUTCDate()).padStart(2, " ")} ${time} ${date.getUTCFullYear()}`;
  }
}
