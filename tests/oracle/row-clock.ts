// The rows give times relative to NOW, the wall clock when the request was sent; any instant will do.

/** NOW, in epoch seconds. */
export const REQUEST_TIME = Date.UTC(2026, 1, 21, 0, 30, 0) / 1000;

/** The precondition rows wrote the object about 3 s before NOW; every replayed object gets that date. */
export const WRITTEN_AT = REQUEST_TIME - 3;
