import fc from "fast-check";

/** An IMF-fixdate (RFC 9110 5.6.7) between 1995 and 2099, whole seconds, as S3 echoes it. */
export function httpDate(): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date("1995-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true })
    .map((date) => new Date(Math.floor(date.getTime() / 1000) * 1000).toUTCString());
}
