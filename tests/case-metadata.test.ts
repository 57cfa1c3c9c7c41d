import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, expect, test } from "vitest";
import { CAPABILITIES, CASE_ID_PATTERN, FEATURES, PROTOCOLS, REQUIREMENTS, SOURCE_PATTERN, type CaseMeta } from "../harness/case-meta.ts";
import { runCli } from "./support/run-cli.ts";

let cases: CaseMeta[] = [];
const observedRowIds = new Set(
  (JSON.parse(readFileSync(new URL("../../shared/aws-observed/aws-observed.json", import.meta.url), "utf8")) as Array<{ id: string }>).map((row) => row.id),
);

beforeAll(async () => {
  const run = await runCli(["list", "--json"]);
  expect(run.exitCode).toBe(0);
  cases = JSON.parse(run.stdout) as CaseMeta[];
});

test("every case id is unique and of the form <protocol>.<operation>.<feature>.<behaviour>", () => {
  expect(cases.length).toBeGreaterThan(20);
  const ids = cases.map((meta) => meta.id);
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  expect(ids.filter((id) => !CASE_ID_PATTERN.test(id))).toEqual([]);
});

test("an id names its own protocol, operation and feature, never its title or position", () => {
  const kebab = (text: string) => text.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase();
  const mismatched = cases.filter((meta) => !meta.id.startsWith(`${meta.protocol}.${kebab(meta.operation)}.${meta.feature}.`));
  expect(mismatched.map((meta) => meta.id)).toEqual([]);
  const titleSlugs = cases.filter((meta) => meta.id.endsWith(kebab(meta.title).replace(/[^a-z0-9]+/g, "-")));
  expect(titleSlugs.map((meta) => meta.id)).toEqual([]);
});

test("protocol, feature and requirement come from the closed vocabularies", () => {
  const outside = cases.filter(
    (meta) =>
      !(PROTOCOLS as readonly string[]).includes(meta.protocol) ||
      !(FEATURES as readonly string[]).includes(meta.feature) ||
      !(REQUIREMENTS as readonly string[]).includes(meta.requirement),
  );
  expect(outside.map((meta) => meta.id)).toEqual([]);
});

test("requirements come from the capabilities vocabulary, and every MediaStore Data case requires a container", () => {
  const unknown = cases.filter((meta) => (meta.requires ?? []).some((capability) => !(CAPABILITIES as readonly string[]).includes(capability)));
  expect(unknown.map((meta) => `${meta.id}: ${meta.requires?.join(", ")}`)).toEqual([]);
  const twice = cases.filter((meta) => new Set(meta.requires ?? []).size !== (meta.requires ?? []).length);
  expect(twice.map((meta) => meta.id)).toEqual([]);
  expect(cases.filter((meta) => meta.protocol === "mediastore-data" && !meta.requires?.includes("mediastore-data")).map((meta) => meta.id)).toEqual([]);
  expect(cases.filter((meta) => meta.requires?.includes("sse-c")).length).toBeGreaterThan(10);
  expect(cases.filter((meta) => meta.requires?.includes("kms-key")).length).toBeGreaterThan(5);
});

test("every source is an AWS documentation page, an RFC section, or an existing aws-observed row", () => {
  expect(cases.filter((meta) => !SOURCE_PATTERN.test(meta.source)).map((meta) => `${meta.id}: ${meta.source}`)).toEqual([]);
  const missingRows = cases
    .filter((meta) => meta.source.startsWith("aws-observed:") && !observedRowIds.has(meta.source.slice("aws-observed:".length)))
    .map((meta) => `${meta.id}: ${meta.source}`);
  expect(missingRows).toEqual([]);
  expect(cases.filter((meta) => meta.title.trim().length < 10).map((meta) => meta.id)).toEqual([]);
});

test("every expectations file names only cases that exist, each finding with a specific reason, every case without findings with one", () => {
  const folder = new URL("../expectations/", import.meta.url);
  const known = new Set(cases.map((meta) => meta.id));
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".json"))) {
    const expectations = JSON.parse(readFileSync(new URL(file, folder), "utf8")) as { cases: Record<string, { reason?: string; findings?: Array<{ signature: string; reason?: string }> }> };
    expect(Object.keys(expectations.cases).filter((id) => !known.has(id)), file).toEqual([]);
    const entries = Object.entries(expectations.cases);
    expect(entries.filter(([, entry]) => !entry.findings?.length && !entry.reason?.trim()).map(([id]) => id), file).toEqual([]);
    const findings = entries.flatMap(([id, entry]) => (entry.findings ?? []).map((finding) => ({ id, ...finding })));
    expect(findings.filter((finding) => !finding.reason?.trim()).map((finding) => `${finding.id}: ${finding.signature}`), file).toEqual([]);
    // A reason says what was observed against what, never that it "depends on the seed".
    expect(entries.filter(([, entry]) => JSON.stringify(entry).includes("depends on the seed")).map(([id]) => id), file).toEqual([]);
  }
});
