import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test, type TestContext } from "vitest";
import { renderCompareHtml } from "../../reports/compare/compare-html.ts";
import { compareReports } from "../../reports/compare/compare-reports.ts";
import { evaluateProfiles } from "../../reports/profiles/evaluate-profile.ts";
import { loadProfiles } from "../../cli/load-profiles.ts";
import { ExactSecrets } from "../../harness/customer-key-secrets.ts";
import type { Report } from "../../reports/report-types.ts";
import { writeOutputFiles } from "../../reports/write-output-files.ts";
import { writeReportFiles } from "../../reports/write-report-files.ts";
import { RANGE_RULE, SAMPLE_RESULTS, sampleFinding, sampleReport } from "../reports/sample-results.ts";

// report.html and compare.html in a real browser (Debian's chromium, driven by playwright-core; `.ci/install-chromium`
// installs it): opened from disk they fetch nothing, the filters hide cases, a permalink shows its case.

const CHROMIUM = "/usr/bin/chromium";
const PASSED = "s3.get-object.range.suffix-range";
const FAILED = "s3.get-object.conditional.evaluation-order";
const NON_STRICT = "s3.get-object.conditional.not-modified-etag";

const profiles = loadProfiles();
let browser: Browser | undefined;
let root: string;
let reportFile: string;
let compareFile: string;
let secondReportFile: string;

beforeAll(async () => {
  root = mkdtempSync(join(inject("selfTmp"), "browser-"));
  const first = withProfiles(sampleReport());
  // A second store that fails the suffix range and lacks one case: the comparison has differences to show.
  const second = withProfiles(
    sampleReport(
      SAMPLE_RESULTS.filter((result) => result.id !== "s3.put-object.body.empty").map((result) =>
        result.id === PASSED ? { ...result, status: "failed", findings: [sampleFinding(RANGE_RULE, "header content-range", "value", "absent")] } : result,
      ),
    ),
  );
  second.target.name = "other-store";
  reportFile = writeRun("first", first);
  secondReportFile = writeRun("second", second);
  const compareDir = join(root, "compare");
  const comparison = compareReports(
    [
      { path: join(root, "first", "report.json"), report: first },
      { path: join(root, "second", "report.json"), report: second },
    ],
    profiles,
    compareDir,
  );
  writeOutputFiles(compareDir, { "compare.html": renderCompareHtml(comparison) });
  compareFile = join(compareDir, "compare.html");
  if (existsSync(CHROMIUM)) {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }
});

afterAll(async () => {
  await browser?.close();
});

function withProfiles(report: Report): Report {
  report.profiles = evaluateProfiles(profiles, report.cases);
  return report;
}

/** Writes a run's report folder as `run` does (report.html, summary, badges, JUnit, Allure); returns report.html's path. */
function writeRun(name: string, report: Report): string {
  const folder = join(root, name);
  mkdirSync(folder);
  writeReportFiles(folder, report, new ExactSecrets());
  return join(folder, "report.html");
}

/** The browser, or a skip saying why there is none; under CI a missing chromium fails. */
function browserOrSkip(context: TestContext): Browser {
  if (browser) return browser;
  const reason = `${CHROMIUM} is missing (.ci/install-chromium installs Debian's chromium)`;
  if (process.env.CI) throw new Error(reason);
  return context.skip(reason);
}

interface OpenedPage {
  page: Page;
  /** Every URL the page asked for, the page itself included. */
  requests: string[];
  /** Console errors (a Content-Security-Policy refusal among them) and uncaught exceptions. */
  problems: string[];
}

async function open(context: TestContext, file: string, hash = ""): Promise<OpenedPage> {
  const page = await browserOrSkip(context).newPage({ viewport: { width: 1280, height: 800 } });
  context.onTestFinished(() => page.close());
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${pathToFileURL(file).href}${hash}`, { waitUntil: "load" });
  return { page, requests, problems };
}

/** The article of a case (ids hold dots, so not a `#id` selector). */
function caseElement(page: Page, id: string) {
  return page.locator(`article.case[id="${id}"]`);
}

/**
 * Whether a case's heading (its permalink) can be seen: inside the viewport and the topmost element
 * there, not under the sticky filters bar.
 */
async function headingShown(page: Page, id: string): Promise<boolean> {
  return page.evaluate((caseId) => {
    const link = document.getElementById(caseId)!.querySelector("h3 a")!;
    const box = link.getBoundingClientRect();
    if (box.height === 0 || box.top < 0 || box.bottom > window.innerHeight) return false;
    const hit = document.elementFromPoint(box.left + Math.min(box.width / 2, 20), box.top + box.height / 2);
    return hit !== null && link.contains(hit);
  }, id);
}

test("report.html opened from disk requests nothing but itself, runs its script without error, and is saved as report.png", async (context) => {
  const { page, requests, problems } = await open(context, reportFile);
  await expect.poll(() => page.locator("#shown-count").textContent()).toBe(`${SAMPLE_RESULTS.length} of ${SAMPLE_RESULTS.length} cases shown`);
  await page.locator("#profiles").waitFor();
  expect(await page.locator("article.case").count()).toBe(SAMPLE_RESULTS.length);
  await page.screenshot({ path: join(root, "first", "report.png"), fullPage: true });
  expect(requests).toEqual([pathToFileURL(reportFile).href]);
  expect(problems).toEqual([]);
  expect(existsSync(join(root, "first", "report.png"))).toBe(true);
});

test("choosing an outcome in the filter hides the passed cases; Show all brings them back", async (context) => {
  const { page, requests, problems } = await open(context, reportFile);
  expect(await caseElement(page, PASSED).isVisible()).toBe(true);
  await page.locator('form#filters select[name="status"]').selectOption("failed");
  await expect.poll(() => caseElement(page, PASSED).isVisible()).toBe(false);
  expect(await caseElement(page, FAILED).isVisible()).toBe(true);
  expect(await caseElement(page, NON_STRICT).isVisible()).toBe(false);
  const failed = SAMPLE_RESULTS.filter((result) => result.status === "failed").length;
  expect(await page.locator("#shown-count").textContent()).toBe(`${failed} of ${SAMPLE_RESULTS.length} cases shown`);

  await page.locator('form#filters input[name="search"]').fill("evaluation-order");
  await expect.poll(() => page.locator("article.case:visible").count()).toBe(1);

  await page.locator('form#filters button[type="reset"]').click();
  await expect.poll(() => caseElement(page, PASSED).isVisible()).toBe(true);
  expect(await page.locator("article.case:visible").count()).toBe(SAMPLE_RESULTS.length);
  expect(requests).toEqual([pathToFileURL(reportFile).href]);
  expect(problems).toEqual([]);
});

test("report.html#<case id> shows that case highlighted and scrolled into view, whatever the filters say", async (context) => {
  // A case in the middle of the page: the browser scrolls it to the top, where the filters bar sticks.
  const target = NON_STRICT;
  const { page, requests, problems } = await open(context, reportFile, `#${target}`);
  const element = caseElement(page, target);
  expect(await element.isVisible()).toBe(true);
  await expect.poll(() => element.evaluate((node) => node.classList.contains("pinned"))).toBe(true);
  await expect.poll(() => headingShown(page, target)).toBe(true);
  expect(await headingShown(page, "s3.get-object.conditional.evaluation-order")).toBe(false);
  expect(await element.evaluate((node) => getComputedStyle(node).outlineStyle)).toBe("solid");

  // A filter that excludes the pinned case leaves it shown.
  await page.locator('form#filters select[name="status"]').selectOption("failed");
  await expect.poll(() => caseElement(page, PASSED).isVisible()).toBe(false);
  expect(await element.isVisible()).toBe(true);

  // Following another case's permalink pins that one instead.
  await page.evaluate((id) => (location.hash = `#${id}`), FAILED);
  await expect.poll(() => caseElement(page, FAILED).evaluate((node) => node.classList.contains("pinned"))).toBe(true);
  await expect.poll(() => headingShown(page, FAILED)).toBe(true);
  expect(await element.isVisible()).toBe(false);
  expect(requests).toEqual([pathToFileURL(reportFile).href]);
  expect(problems).toEqual([]);
});

test("compare.html opened from disk requests nothing but itself, is saved as compare.png, and its cells lead to the case in that target's report", async (context) => {
  const { page, requests, problems } = await open(context, compareFile);
  await page.locator("#differing").waitFor();
  expect(await page.locator("#differing").textContent()).toContain(PASSED);
  await page.screenshot({ path: join(root, "compare", "compare.png"), fullPage: true });
  expect(existsSync(join(root, "compare", "compare.png"))).toBe(true);
  expect(requests).toEqual([pathToFileURL(compareFile).href]);
  expect(problems).toEqual([]);

  // The second target's cell of the suffix-range case opens that report at that case.
  await page.locator(`#differing a[href="../second/report.html#${PASSED}"]`).click();
  await page.waitForURL(`${pathToFileURL(secondReportFile).href}#${PASSED}`);
  await expect.poll(() => caseElement(page, PASSED).evaluate((node) => node.classList.contains("pinned"))).toBe(true);
  expect(await headingShown(page, PASSED)).toBe(true);
  expect(requests).toEqual([pathToFileURL(compareFile).href, pathToFileURL(secondReportFile).href]);
  expect(problems).toEqual([]);
});
