import fc from "fast-check";
import { expect, test } from "vitest";
import type { CaseMeta } from "../../harness/case-meta.ts";
import { runCase } from "../../harness/case.ts";
import { checkProperty } from "../../harness/property.ts";
import { exchangeErrorOf } from "../../transport/exchange-error.ts";

const META: CaseMeta = { id: "s3.get-object.range.satisfiable", protocol: "s3", operation: "GetObject", feature: "range", requirement: "MUST", source: "rfc:9110#14.2", title: "a case whose store dies in the middle" };

function transportError(code: string): Error {
  return Object.assign(new Error(`${code} from the store`), { code });
}

/** Runs a property whose first input meets `first` and every later one `then`, and returns the verdict. */
async function verdictOf(first: string, then: string) {
  const task = { meta: {} as Record<string, unknown> };
  let inputs = 0;
  await runCase(META, { task: task as never, skip: (() => undefined) as never, run: {} }, () =>
    checkProperty({ run: { seed: 1, numRuns: 5 } }, [fc.nat()], async () => {
      throw exchangeErrorOf(transportError(inputs++ === 0 ? first : then), "GET /bucket/key");
    }),
  ).catch(() => undefined);
  return task.meta.verdict as { outcome: string; findings: { signature: string }[]; reason?: string };
}

test("a store that drops a request and then refuses connections fails the case with the dropped request's finding", async () => {
  const verdict = await verdictOf("ECONNRESET", "ECONNREFUSED");
  expect(verdict.outcome).toBe("failed");
  expect(verdict.findings.map((finding) => finding.signature)).toEqual(["server.answers-request connection: an answer / connection closed"]);
  expect(verdict.reason).toMatch(/stopped answering during the case: target unreachable during GET \/bucket\/key: ECONNREFUSED/);
});

test("a store that refuses every connection from the start leaves the case errored, with no finding", async () => {
  const verdict = await verdictOf("ECONNREFUSED", "ECONNREFUSED");
  expect(verdict.outcome).toBe("errored");
  expect(verdict.findings).toEqual([]);
});
