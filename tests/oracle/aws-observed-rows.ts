import { readFileSync } from "node:fs";

/** An `<Error>` body as recorded: the exact child elements, and a paraphrase of the message. */
export interface RecordedErrorBody {
  errorFields: Record<string, string>;
  messageGist: string;
}

/** What AWS answered. Header values: exact text, `"<present>"` or another `<…>` placeholder, or null for absent. */
export interface RecordedAnswer {
  status: number;
  /** `<Code>`; null for a success or an error without a body (HEAD, 304). */
  errorCode: string | null;
  headers: Record<string, string | null>;
  /** Success bodies are described in words (`"empty"`, a quoted text); errors give their fields. */
  body: string | RecordedErrorBody;
}

export interface RecordedRequest {
  path?: string;
  headers?: Record<string, string>;
  query?: Record<string, string | number>;
  body?: string;
  transport?: string;
}

/** One request and its answer, recorded on real AWS S3 (see ../shared/aws-observed/README.md). */
export interface AwsObservedRow {
  id: string;
  operation: string;
  feature: string;
  /** State before the request, in words and small values; the keys vary by feature. */
  setup: Record<string, unknown>;
  request: RecordedRequest;
  expect: RecordedAnswer;
  notes?: string;
}

const ROWS_FILE = new URL("../../../shared/aws-observed/aws-observed.json", import.meta.url);

export function loadAwsObservedRows(): AwsObservedRow[] {
  return JSON.parse(readFileSync(ROWS_FILE, "utf8")) as AwsObservedRow[];
}
