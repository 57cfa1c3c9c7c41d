import { expect, test } from "vitest";
import { loadProfiles, parseProfile, ProfileFileError } from "../../cli/load-profiles.ts";
import { evaluateProfiles } from "../../reports/profiles/evaluate-profile.ts";
import { renderProfileBadge } from "../../reports/profiles/profile-badge.ts";
import { profilesMarkdown } from "../../reports/profiles/profiles-markdown.ts";
import { renderSummary } from "../../reports/summary-markdown.ts";
import { validateReport } from "../../reports/validate-report.ts";
import { sampleReport } from "./sample-results.ts";

const problemOf = (path: string, text: string): string => {
  try {
    parseProfile(path, text);
  } catch (error) {
    expect(error).toBeInstanceOf(ProfileFileError);
    return (error as Error).message;
  }
  throw new Error("the profile was accepted");
};

test("every shipped profile loads", () => {
  expect(loadProfiles().map((profile) => profile.id)).toEqual(["mediastore-data", "s3-core", "s3-encryption"]);
});

test("a bad profile file is refused with one line naming the file and the problem", () => {
  const good = { id: "p", title: "P", select: { protocols: ["s3"] } };
  const cases: [string, string, RegExp][] = [
    ["p.json", "{ nope", /^p\.json: not JSON/],
    ["p.json", JSON.stringify({ ...good, select: { features: ["sse-x"] } }), /^p\.json: select\.features\.0 "sse-x" is not one of acl, body/],
    ["p.json", JSON.stringify({ ...good, select: { protocols: ["ftp"] } }), /^p\.json: select\.protocols\.0 "ftp" is not one of s3, mediastore-data$/],
    ["p.json", JSON.stringify({ ...good, extra: 1 }), /^p\.json: the profile has an unknown key "extra"$/],
    ["p.json", JSON.stringify({ id: "p", select: {} }), /^p\.json: the profile must have required property 'title'$/],
    ["q.json", JSON.stringify(good), /^q\.json: id "p" must be the file's name, "q"$/],
    ["p.json", JSON.stringify({ ...good, select: { excludeFeatures: ["sse-c"] }, optionalFeatures: ["sse-c"] }), /^p\.json: optional feature "sse-c" is also excluded/],
  ];
  for (const [path, text, problem] of cases) {
    const message = problemOf(path, text);
    expect(message).toMatch(problem);
    expect(message.split("\n")).toHaveLength(1);
  }
});

test("a report with profile verdicts validates, and summary.md opens with them after the header", () => {
  const report = sampleReport();
  report.profiles = evaluateProfiles(loadProfiles(), report.cases);
  expect(validateReport(JSON.parse(JSON.stringify(report)))).toEqual([]);
  const sections = renderSummary(report).split(/\n(?=## )/).map((section) => section.split("\n")[0]);
  expect(sections.slice(0, 3)).toEqual(["# sample-store (embedded) at http://127.0.0.1:4568", "## Certification profiles", "## Findings by rule"]);
  const lines = profilesMarkdown(report.profiles);
  expect(lines.find((line) => line.includes("`s3-core`") && line.startsWith("|"))).toMatch(/✗ not conformant \(2 MUST\) +\| ✗ not conformant \(3 MUST, 1 SHOULD\)/);
  expect(lines).toContain("- `s3-encryption`: lacks optional feature sse-c (1 of 1 cases unsupported; does not block)");
  expect(lines.some((line) => line.startsWith("- `s3-core` strict also blocked by: `read.precondition.if-match-failed"))).toBe(true);
});

test("a badge is a self-contained SVG naming the profile and both verdicts in words", () => {
  const report = sampleReport();
  const [, core] = evaluateProfiles(loadProfiles(), report.cases);
  const svg = renderProfileBadge(core!);
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="20"/);
  expect(svg).toContain(">s3-core</text>");
  expect(svg).toContain(">aws: not conformant</text>");
  expect(svg).toContain(">strict: not conformant</text>");
  expect(svg).toContain("<title>");
  expect(svg).not.toMatch(/href|url\(|<image|@import/);
});
