import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { expect, inject, test } from "vitest";
import { customerKeyForms, ExactSecrets, REDACTED } from "../../harness/customer-key-secrets.ts";
import { CustomerKey } from "../../oracle/sse/customer-key.ts";
import { customerKeysSent } from "../../harness/customer-keys-heard.ts";
import { scrubSecrets } from "../../reports/write-report-files.ts";

const KEY = new CustomerKey(Buffer.from("0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff", "hex"));
/** A multipart ETag: 32 hex digits, the shape of a 16-byte key's hex form. */
const ETAG = '"9b2cf535f27731c974343645a3985328-1"';
/** A body as a report quotes it: base64 text of the shape of a key header's value. */
const BODY = "c2VjcmV0IGRhdGEgb2YgdGhlIG9iamVjdCwgbm90IGEga2V5IQ==";

/** A report line as a case writes it: the key's header, and beside it generated values that only look like keys. */
function reportText(key: string, hex = KEY.raw.toString("hex")): string {
  return JSON.stringify({
    counterexample: { "x-amz-server-side-encryption-customer-key": key, "x-amz-server-side-encryption-customer-key-md5": KEY.keyMd5 },
    // A header name next to a value that is not a key the run sent (a store echoing the ETag there).
    observed: { "x-amz-server-side-encryption-customer-key": ETAG.slice(1, 33), etag: ETAG },
    body: BODY,
    hex,
  });
}

test("every form of a sent key is scrubbed; an ETag, a body and the key-MD5 survive", () => {
  const secrets = new ExactSecrets(customerKeyForms(KEY.base64));
  const scrubbed = secrets.replaceIn(reportText(KEY.base64));
  for (const form of customerKeyForms(KEY.base64)) expect(scrubbed).not.toContain(form);
  expect(scrubbed.split(REDACTED)).toHaveLength(3);
  expect(scrubbed).toContain(`"etag":${JSON.stringify(ETAG)}`);
  expect(scrubbed).toContain(BODY);
  expect(scrubbed).toContain(KEY.keyMd5);
  expect(scrubbed).toContain(`"x-amz-server-side-encryption-customer-key":"${ETAG.slice(1, 33)}"`);
});

test("a short credential is scrubbed as a word, not inside a longer one; a long one anywhere", () => {
  const secrets = new ExactSecrets(["test", "AKSELFTESTDISTINCT7Q"]);
  expect(secrets.replaceIn("Credential=test/20250101 latest tests test")).toBe(`Credential=${REDACTED}/20250101 latest tests ${REDACTED}`);
  expect(secrets.replaceIn("xAKSELFTESTDISTINCT7Qx")).toBe(`x${REDACTED}x`);
  expect(new ExactSecrets(["abc"]).replaceIn("abc")).toBe("abc");
});

test("the report folder's scrub replaces the sent key and nothing else", () => {
  const folder = mkdtempSync(join(inject("selfTmp"), "redaction-"));
  mkdirSync(join(folder, "allure-results"));
  const files = [join(folder, "report.json"), join(folder, "allure-results", "case.json")];
  for (const file of files) writeFileSync(file, reportText(KEY.base64));

  scrubSecrets(folder, new ExactSecrets(["deviant-secret", ...customerKeyForms(KEY.base64)]));
  for (const file of files) expect(readFileSync(file, "utf8")).toBe(reportText(REDACTED, REDACTED));
});

test("a key sent from a worker thread is known, exactly, to the main thread's report writer", async () => {
  const key = new CustomerKey(Buffer.alloc(32, 7));
  const secrets = new URL("../../harness/customer-key-secrets.ts", import.meta.url).href;
  const code = `import(${JSON.stringify(secrets)}).then((m) => m.rememberCustomerKeys({ "x-amz-server-side-encryption-customer-key": ${JSON.stringify(key.base64)} }))`;
  const worker = new Worker(code, { eval: true });
  await new Promise<void>((resolve, reject) => worker.on("exit", () => resolve()).on("error", reject));
  await expect.poll(() => customerKeysSent()).toEqual(expect.arrayContaining(customerKeyForms(key.base64)));
  expect(customerKeysSent()).not.toContain(key.keyMd5);
});
