import type { ExpectedAnswer, HeaderRule } from "../../../oracle/expected-answer.ts";
import { objectHeaderRules } from "../../../oracle/read/object-headers.ts";
import type { RecordedAnswer } from "../aws-observed-rows.ts";
import type { RecordedDestination } from "./recorded-destinations.ts";
import type { CopiedObject } from "../../../oracle/copy/decide-copy.ts";
import { valueDifference } from "../../../harness/comparison.ts";

/** Whether a header rule holds for a value AWS gave. */
const accepts = (rule: HeaderRule, value: string): boolean => valueDifference(rule, value) === undefined;

/** `CopyObjectResult ETag "…"`, `CopyObjectResult with ETag "…", LastModified…` */
const RESULT_ETAG = /\bETag ("[^"]*")/;

/** Error elements whose recorded text is our paraphrase of a message (README: never compare messages). */
const PARAPHRASED_FIELDS = ["additionalMessage"];

/** The recorded answer without the error elements that hold paraphrases. */
export function withoutParaphrases(recorded: RecordedAnswer): RecordedAnswer {
  if (typeof recorded.body === "string") return recorded;
  const errorFields = Object.fromEntries(Object.entries(recorded.body.errorFields).filter(([name]) => !PARAPHRASED_FIELDS.includes(name)));
  return { ...recorded, body: { ...recorded.body, errorFields } };
}

/** Where the CopyObjectResult ETag the row records contradicts the oracle's rule; nothing when the row records none. */
export function resultEtagDifferences(recorded: RecordedAnswer, expected: ExpectedAnswer): string[] {
  const etag = typeof recorded.body === "string" ? RESULT_ETAG.exec(recorded.body)?.[1] : undefined;
  if (etag === undefined) return [];
  const rule = expected.result?.fields.ETag;
  if (rule === undefined) return [`CopyObjectResult ETag: AWS ${etag}, oracle names no result`];
  return accepts(rule, etag) ? [] : [`CopyObjectResult ETag: AWS ${etag}, oracle ${String(rule)}`];
}

/** Where what a later read of the destination showed contradicts what the oracle says the copy stored. */
export function destinationDifferences(recorded: RecordedDestination | undefined, stored: CopiedObject | undefined): string[] {
  if (!recorded) return [];
  if (!stored) return ["destination: AWS stored a copy, oracle none"];
  const differences: string[] = [];
  const rules = objectHeaderRules(stored);
  for (const [name, value] of Object.entries(recorded.headers ?? {})) {
    if (rules[name] !== value) differences.push(`destination ${name}: AWS ${JSON.stringify(value)}, oracle ${JSON.stringify(rules[name])}`);
  }
  if (recorded.metadata && JSON.stringify(sorted(recorded.metadata)) !== JSON.stringify(sorted(stored.metadata))) {
    differences.push(`destination metadata: AWS ${JSON.stringify(recorded.metadata)}, oracle ${JSON.stringify(stored.metadata)}`);
  }
  if (recorded.storageClass !== undefined && recorded.storageClass !== stored.storageClass) {
    differences.push(`destination storage class: AWS ${recorded.storageClass}, oracle ${stored.storageClass}`);
  }
  if (recorded.encryption !== undefined && recorded.encryption !== stored.encryption) {
    differences.push(`destination encryption: AWS ${recorded.encryption}, oracle ${stored.encryption}`);
  }
  return differences;
}

function sorted(record: Record<string, string>): Array<[string, string]> {
  return Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
}
