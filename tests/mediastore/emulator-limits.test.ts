import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { expect, test } from "vitest";
import { EMULATOR_LIMITS, emulatorAcceptsPath } from "../../targets/emulator/emulator-limits.ts";
import { isValidPath, MAX_FOLDER_DEPTH, MAX_LIST_RESULTS, MAX_PATH_LENGTH, MIN_LIST_RESULTS, STANDARD_UPLOAD_LIMIT, STREAMING_UPLOAD_LIMIT } from "../../oracle/mediastore/limits.ts";

// The emulator keeps its own limits so it cannot pass by construction; here the two are shown to agree.
test("the emulator's limits are the oracle's", () => {
  expect(EMULATOR_LIMITS).toEqual({
    standardUploadBytes: STANDARD_UPLOAD_LIMIT,
    streamingUploadBytes: STREAMING_UPLOAD_LIMIT,
    maxPathCharacters: MAX_PATH_LENGTH,
    maxFolders: MAX_FOLDER_DEPTH,
    minListResults: MIN_LIST_RESULTS,
    maxListResults: MAX_LIST_RESULTS,
  });
});

test("the emulator takes exactly the paths the oracle calls valid", () => {
  const name = fc.string({ unit: fc.constantFrom("a", "Z", "0", "_", ".", "-", "~", " ", "!", "é", "=", ":"), minLength: 0, maxLength: 6 });
  const path = fc.oneof(
    fc.array(name, { minLength: 1, maxLength: 13 }).map((names) => names.join("/")),
    fc.integer({ min: 890, max: 910 }).map((length) => `f/${"x".repeat(length - 2)}`),
  );
  fc.assert(fc.property(path, (candidate) => emulatorAcceptsPath(candidate) === isValidPath(candidate)), { numRuns: 3000 });
});

test("the emulator does not read its limits from the oracle", () => {
  const folder = new URL("../../transport/", import.meta.url);
  const importing = readdirSync(folder).filter((file) => /from "[^"]*oracle\//.test(readFileSync(new URL(file, folder), "utf8")));
  // The comparison of answers (expect-mediastore.ts) reads the oracle's types; the emulator's files do not.
  expect(importing.filter((file) => /emulator|container-store|rest-json-error|sigv4-check/.test(file))).toEqual([]);
});
