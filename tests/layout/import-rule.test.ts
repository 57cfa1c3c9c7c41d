// The dependency rule between top-level folders (tests/layout/import-rule.ts), checked from the imports
// of every source file; and the checker itself, on small trees held in memory, naming exactly the
// references that break the rule.
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { readModuleReferences } from "./module-references.ts";
import { readProjectSources } from "./project-sources.ts";
import { ruleViolations } from "./rule-violations.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

const violationsOf = (files: Record<string, string>): string[] => ruleViolations(readModuleReferences(new Map(Object.entries(files))));

test("every import of the project follows the dependency rule between its top-level folders", () => {
  const sources = readProjectSources(PROJECT_ROOT);
  const references = readModuleReferences(sources);
  expect(references.length).toBeGreaterThan(sources.size); // the parser saw the imports
  expect(ruleViolations(references)).toEqual([]);
});

test("an oracle file importing the harness and a report importing a harness value are named, type imports and look-alikes are not", () => {
  const violations = violationsOf({
    "oracle/x.ts": `import { y } from "../harness/y.ts";\nimport { rule } from "./rules.ts";\nexport const x = [y, rule];\n`,
    "reports/z.ts": [
      `import { w } from "../harness/w.ts";`,
      `import type { V } from "../harness/v.ts";`,
      `import { type U, type T } from "../harness/u.ts";`,
      `export type { S } from "../harness/s.ts";`,
      `// import { q } from "../harness/q.ts";`,
      `const text = 'import { r } from "../harness/r.ts"';`,
      `export const z: V | U | T = [w, text];`,
    ].join("\n"),
    "targets/t.ts": `import type { Config } from "../harness/config.ts";\nimport { send } from "../transport/send.ts";\nexport const t = (c: Config) => send(c);\n`,
  });
  expect(violations).toEqual([
    "oracle/x.ts → harness/y.ts (rule: oracle may import only oracle)",
    "reports/z.ts → harness/w.ts (rule: reports may import reports, harness (types only))",
  ]);
});

test("re-exports, dynamic imports, computed specifiers, import types, new URL of the module and folders outside the rule are checked too", () => {
  const violations = violationsOf({
    "generators/g.ts": `export { o } from "../oracle/o.ts";\nexport * as all from "../oracle/all.ts";\nexport type { H } from "../harness/h.ts";\n`,
    "transport/a.ts": `export const load = () => import("../harness/m.ts");\nexport const any = (path: string) => import(path);\n`,
    "cli/c.ts": `export type Suite = typeof import("../suites/s.test.ts");\nexport const root = new URL("..", import.meta.url);\n`,
    "images/i.ts": `export const bin = new URL("../cli/bin.js", import.meta.url);\nexport const other = new URL("../cli/bin.js", "file:///elsewhere/");\n`,
    "benchmarks/b.ts": `import "../tests/support/run-cli.ts";\nimport "../tests/layout/import-rule.ts";\n`,
    "tests/anything.ts": `import "../suites/s.test.ts";\nimport "../../shared/outside.ts";\nexport const any = (path: string) => import(path);\n`,
    "stray/s.ts": `import "../oracle/o.ts";\n`,
  });
  expect(violations).toEqual([
    "generators/g.ts → harness/h.ts (rule: generators may import generators, oracle)",
    "transport/a.ts → harness/m.ts (rule: transport may import only transport)",
    "transport/a.ts → a computed specifier (rule: the import rule cannot check it)",
    "cli/c.ts → suites/s.test.ts (rule: cli may import anything but suites, tests)",
    "images/i.ts → cli/bin.js (rule: images may import images, targets)",
    "benchmarks/b.ts → tests/layout/import-rule.ts (rule: benchmarks may import benchmarks, cli, targets, tests/support)",
    "stray/s.ts → oracle/o.ts (rule: stray is not in the import rule)",
  ]);
});
