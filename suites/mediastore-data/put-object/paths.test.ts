import fc from "fast-check";
import { expectMediaStore } from "../../../harness/expect-mediastore.ts";
import { putMediaObject, sha256Of } from "../../../fixtures/mediastore/operations.ts";
import { mediastoreConformance } from "../../../fixtures/mediastore/test.ts";
import { checkProperty } from "../../../harness/property.ts";
import { disallowedMediastoreName } from "../../../generators/disallowed-mediastore-name.ts";
import { mediastoreName } from "../../../generators/mediastore-name.ts";
import { MAX_FOLDER_DEPTH, MAX_PATH_LENGTH } from "../../../oracle/mediastore/limits.ts";
import { decideInvalidPath, decidePathPut } from "../../../oracle/mediastore/decide-mediastore.ts";

const PATH_NAMING = "aws-docs:https://docs.aws.amazon.com/goto/WebAPI/mediastore-data-2017-09-01/PutObject";
const BODY = Buffer.from("path-check");

mediastoreConformance(
  {
    id: "mediastore-data.put-object.key.disallowed-characters",
    protocol: "mediastore-data",
    operation: "PutObject",
    feature: "key",
    requirement: "MUST",
    source: PATH_NAMING,
    title: "A path with a character outside A-Za-z0-9_.-~ (space, punctuation, non-ASCII) is refused with a 4xx and stores nothing",
  },
  async ({ run, ms, rootPath }) => {
    const input = fc.tuple(fc.array(mediastoreName(8), { maxLength: 2 }), disallowedMediastoreName(), fc.boolean());
    await checkProperty({ run }, [input], async ([folders, bad, asFolder]) => {
      // At the root unless the draw puts the name in folders: refused either way.
      const path = rootPath([...folders, ...(asFolder ? [bad, "file.ts"] : [bad])].join("/"));
      expectMediaStore(await putMediaObject(ms, path, BODY), decidePathPut(path, sha256Of(BODY)), `PutObject ${JSON.stringify(path)}`);
      expectMediaStore(await ms.send({ method: "HEAD", path }), decideInvalidPath(path), `DescribeObject ${JSON.stringify(path)} after the refusal`);
    }, { maxRuns: 30 });
  },
);

/** A path of `folders` folders (the case's own counts as one) and a file, padded to `length` characters. */
function pathOf(caseFolder: string, folders: number, length?: number): string {
  const inner = Array.from({ length: folders - 1 }, (_, index) => `f${index}`);
  const base = [caseFolder, ...inner].join("/");
  const file = length === undefined ? "file.ts" : "x".repeat(Math.max(1, length - base.length - 1));
  return `${base}/${file}`;
}

mediastoreConformance(
  {
    id: "mediastore-data.put-object.key.max-folder-depth",
    protocol: "mediastore-data",
    operation: "PutObject",
    feature: "key",
    requirement: "MUST",
    source: PATH_NAMING,
    title: "A path of 10 folders is accepted (folders are created on demand); one of 11 folders is refused with a 4xx",
  },
  async ({ ms, folder }) => {
    const deepest = pathOf(folder, MAX_FOLDER_DEPTH);
    expectMediaStore(await putMediaObject(ms, deepest, BODY), decidePathPut(deepest, sha256Of(BODY)), `PutObject ${deepest}`);
    const tooDeep = pathOf(folder, MAX_FOLDER_DEPTH + 1);
    expectMediaStore(await putMediaObject(ms, tooDeep, BODY), decidePathPut(tooDeep, sha256Of(BODY)), `PutObject ${tooDeep}`);
    expectMediaStore(await ms.send({ method: "HEAD", path: tooDeep }), decideInvalidPath(tooDeep), "DescribeObject of the refused path");
  },
);

mediastoreConformance(
  {
    id: "mediastore-data.put-object.key.max-path-length",
    protocol: "mediastore-data",
    operation: "PutObject",
    feature: "key",
    requirement: "MUST",
    source: PATH_NAMING,
    title: "A path of 900 characters is accepted; one of 901 is refused with a 4xx and stores nothing",
  },
  async ({ ms, folder }) => {
    const longest = pathOf(folder, 2, MAX_PATH_LENGTH);
    expectMediaStore(await putMediaObject(ms, longest, BODY), decidePathPut(longest, sha256Of(BODY)), `PutObject of a ${longest.length}-character path`);
    const tooLong = pathOf(folder, 2, MAX_PATH_LENGTH + 1);
    expectMediaStore(await putMediaObject(ms, tooLong, BODY), decidePathPut(tooLong, sha256Of(BODY)), `PutObject of a ${tooLong.length}-character path`);
    expectMediaStore(await ms.send({ method: "HEAD", path: tooLong }), decideInvalidPath(tooLong), "DescribeObject of the refused path");
  },
);

