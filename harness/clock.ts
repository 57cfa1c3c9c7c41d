/** The "now" a case hands the oracle, in epoch seconds: the oracle itself reads no clock. */
export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
