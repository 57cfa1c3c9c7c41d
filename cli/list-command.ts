import { join } from "node:path";
import { createVitest } from "vitest/node";
import type { CaseMeta } from "../harness/case-meta.ts";
import { caseFilter } from "./case-filter.ts";
import { PACKAGE_ROOT } from "./package-info.ts";

/** Every declared case, sorted by id, without starting a target or sending a request. */
export async function collectCases(filter?: string[]): Promise<CaseMeta[]> {
  const vitest = await createVitest(
    { root: PACKAGE_ROOT, config: join(PACKAGE_ROOT, "vitest.config.ts"), project: ["conformance"], watch: false, reporters: [] },
  );
  try {
    const { testModules } = await vitest.collect(undefined, { staticParse: false });
    const { selects } = caseFilter(filter);
    return testModules
      .flatMap((module) => [...module.children.allTests()])
      .flatMap((testCase) => {
        const meta = testCase.meta().conformance;
        return meta && selects(meta.id) ? [meta] : [];
      })
      .sort((a, b) => a.id.localeCompare(b.id));
  } finally {
    await vitest.close();
  }
}

/** `s3-conformance list`: one case a line (id, requirement, what it requires, title), or the metadata as JSON. */
export async function listCommand(options: { json?: boolean; filter?: string[] }): Promise<number> {
  const cases = await collectCases(options.filter);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(cases, null, 2)}\n`);
  } else {
    for (const meta of cases) {
      const requires = meta.requires?.length ? `  [requires ${meta.requires.join(", ")}]` : "";
      process.stdout.write(`${meta.id}  ${meta.requirement}${requires}  ${meta.title}\n`);
    }
  }
  return 0;
}
