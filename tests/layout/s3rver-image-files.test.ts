// images/build copies into the s3rver image the files of targets/ it names (S3RVER_TARGET_FILES) and
// hashes them to decide a rebuild; a file the image's entry reaches but the list leaves out would make
// an image that fails only when its container starts.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { importClosure } from "./import-closure.ts";
import { readModuleReferences } from "./module-references.ts";
import { readProjectSources } from "./project-sources.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The targets/ files images/build copies, as its S3RVER_TARGET_FILES array names them. */
function copiedTargetFiles(): string[] {
  const build = readFileSync(`${PROJECT_ROOT}images/build`, "utf8");
  const list = /^S3RVER_TARGET_FILES=\(([^)]*)\)$/m.exec(build)?.[1];
  if (list === undefined) throw new Error("images/build has no S3RVER_TARGET_FILES=(…) line");
  return list.trim().split(/\s+/).map((name) => `targets/${name}`).sort();
}

/** What the image's own files reach outside images/s3rver/. */
function reachedOutsideImage(sources: ReadonlyMap<string, string>): string[] {
  const entries = [...sources.keys()].filter((path) => path.startsWith("images/s3rver/"));
  return [...importClosure(readModuleReferences(sources), entries)].filter((path) => !path.startsWith("images/s3rver/")).sort();
}

test("the s3rver image gets every project file its entry reaches, and no other", () => {
  const reached = reachedOutsideImage(readProjectSources(PROJECT_ROOT));
  expect(reached.length).toBeGreaterThan(0);
  expect(reached).toEqual(copiedTargetFiles());
});

test("a file the supervisor would newly reach shows up in the closure", () => {
  const reached = reachedOutsideImage(
    new Map([
      ["images/s3rver/serve.ts", `import { S } from "../../targets/supervisor.ts";\nS();\n`],
      ["targets/supervisor.ts", `const entry = new URL("./child.ts", import.meta.url);\nexport const S = () => entry;\n`],
      ["targets/child.ts", `import { patch } from "./patch.ts";\nimport { helper } from "../transport/helper.ts";\npatch(helper);\n`],
      ["targets/patch.ts", `export const patch = (x: unknown) => x;\n`],
      ["transport/helper.ts", `export const helper = 1;\n`],
      ["targets/unrelated.ts", `export const u = 1;\n`],
    ]),
  );
  expect(reached).toEqual(["targets/child.ts", "targets/patch.ts", "targets/supervisor.ts", "transport/helper.ts"]);
});
