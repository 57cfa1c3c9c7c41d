import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Answer } from "../../transport/answer.ts";
import { CaseRecord, runChecks } from "../../harness/case-record.ts";
import { expectAnswer } from "../../harness/expect-answer.ts";
import { signatureOf } from "../../harness/findings.ts";
import { PROXY_CREDENTIALS, ProxyRuns } from "../support/proxy-runs.ts";
import { runCli } from "../support/run-cli.ts";
import { shellWords } from "../support/shell-words.ts";

/**
 * A server error is a finding of its own: a 5xx answer is named `server.no-5xx` beside whatever status
 * the case expected, shrunk and replayed on its own, even in a case the store already fails.
 */
const SERVER_ERROR = "server.no-5xx status: not 5xx / 5xx";

describe("expectAnswer", () => {
  const answer = (status: number, code?: string): Answer => ({ status, headers: {}, body: Buffer.alloc(0), ...(code ? { error: { Code: code } } : {}) });
  const signatures = async (body: () => void) => {
    const scope = await runChecks(new CaseRecord(false), async () => body());
    return scope.differences.map(signatureOf);
  };

  test("records a 5xx as server.no-5xx beside the status difference it also is", async () => {
    expect(await signatures(() => expectAnswer(answer(500, "InternalError"), { rule: "read.range.malformed", status: 200 }, "GET"))).toEqual([
      SERVER_ERROR,
      "read.range.malformed status: 200 / 5xx InternalError",
    ]);
  });

  test("records a 5xx even where the expectation took the status as it came", async () => {
    expect(await signatures(() => expectAnswer(answer(503, "SlowDown"), { rule: "read.object.whole", status: 503 }, "HEAD"))).toEqual([SERVER_ERROR]);
  });

  test("leaves 501 NotImplemented and 4xx answers to the oracle's status", async () => {
    expect(await signatures(() => expectAnswer(answer(501, "NotImplemented"), { rule: "multipart.upload-part-copy.copied", status: 200 }, "PUT"))).toEqual([
      "multipart.upload-part-copy.copied status: 200 / 5xx NotImplemented",
    ]);
    expect(await signatures(() => expectAnswer(answer(400, "InvalidRange"), { rule: "read.range.malformed", status: 200 }, "GET"))).toEqual(["read.range.malformed status: 200 / 4xx InvalidRange"]);
  });
});

describe("a store that answers 500 to one malformed Range", () => {
  const runs = new ProxyRuns();
  const FILTERS = ["--filter", "s3.get-object.range", "--filter", "s3.head-object.range"];
  const IGNORED_FORMS = ["s3.get-object.range.ignored-forms", "s3.head-object.range.ignored-forms"];

  beforeAll(async () => {
    await runs.start({ baseline: {}, "500 on bytes=a-b": { serverErrorOnRange: /^bytes=a-b$/ } }, [...FILTERS, "--seed", "1", "--num-runs", "20"], 2);
  }, 300_000);

  afterAll(() => runs.stop());

  const caseOf = (variant: string, id: string) => runs.runs.get(variant)?.report?.cases.find((entry) => entry.id === id);

  test("is named by a server.no-5xx finding in exactly the cases that send the form, beside their other findings", () => {
    const baseline = runs.runs.get("baseline")?.report;
    expect(baseline?.cases.length).toBeGreaterThanOrEqual(8);
    expect(baseline?.cases.filter((entry) => entry.findings.some((finding) => finding.rule === "server.no-5xx")).map((entry) => entry.id)).toEqual([]);

    const deviant = runs.runs.get("500 on bytes=a-b")?.report;
    const named = deviant?.cases.filter((entry) => entry.findings.some((finding) => finding.signature === SERVER_ERROR)).map((entry) => entry.id);
    expect(named?.sort()).toEqual(IGNORED_FORMS);
    for (const id of IGNORED_FORMS) {
      const before = new Set(caseOf("baseline", id)?.findings.map((finding) => finding.signature));
      const after = caseOf("500 on bytes=a-b", id);
      expect(after?.status).toBe("failed");
      const server = after?.findings.find((finding) => finding.signature === SERVER_ERROR);
      expect(server?.requirement).toBe("MUST");
      expect(server?.example).toMatch(/500/);
      // The same answer is a status difference of the range rule too, and the case's other findings stay.
      expect(after?.findings.some((finding) => finding.rule !== "server.no-5xx" && finding.observed.startsWith("5xx"))).toBe(true);
      expect(after?.findings.filter((finding) => finding.rule !== "server.no-5xx" && !finding.observed.startsWith("5xx")).length).toBeGreaterThan(0);
      for (const signature of before) if (!signature.includes("status: 200 / ")) expect(after?.findings.map((finding) => finding.signature)).toContain(signature);
    }
  });

  test("the finding shrinks to the form that breaks the store, and its replay shows exactly it", async () => {
    const entry = caseOf("500 on bytes=a-b", IGNORED_FORMS[0]!);
    const finding = entry?.findings.find((each) => each.signature === SERVER_ERROR);
    expect(finding?.reproduced).toBe(true);
    expect(JSON.stringify(finding?.counterexample)).toContain("bytes=a-b");
    const replay = shellWords(finding?.replay ?? "");
    expect(replay).toContain("--finding");
    const again = await runCli([...replay.slice(1), "--out", "{out}"], PROXY_CREDENTIALS);
    expect(again.report?.cases.map((each) => [each.id, each.findings.map((found) => found.signature)])).toEqual([[IGNORED_FORMS[0], [SERVER_ERROR]]]);
  });
});
