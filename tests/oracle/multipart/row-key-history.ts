import type { AwsObservedRow } from "../aws-observed-rows.ts";
import { singlePartEtag } from "../../../oracle/entity-tags.ts";
import type { KeyHistory } from "../../../oracle/multipart/decide-multipart.ts";

/**
 * The ETag of the key TestS3ObjectWritePrecondition writes before an upload: the MD5 of "test", as
 * complete-im-simple-object-etag and complete-im-old-etag-put-during-upload record it.
 */
const KEY_ETAG = singlePartEtag(Buffer.from("test"));
/** An overwrite whose ETag the row does not record: any other ETag will do. */
const OTHER_ETAG = singlePartEtag(Buffer.from("an overwrite the row does not record"));
const QUOTED_ETAG = /"([0-9a-f]{32}(?:-\d+)?)"/;

/** Descriptions of the key a CompleteMultipartUpload row writes, and the history each gives it. */
const HISTORIES: Array<{ form: RegExp; history: (recordedEtag: string | undefined) => KeyHistory }> = [
  { form: /^absent$/, history: () => ({ atCreate: null, writesSinceCreate: [] }) },
  {
    form: /^(?:exists before CreateMultipartUpload|written before CreateMultipartUpload, untouched since|simple object, ETag "|(?:now a )?multipart object \(ETag ")/,
    history: (etag) => ({ atCreate: etag ?? KEY_ETAG, writesSinceCreate: [] }),
  },
  {
    form: /^(?:existed at CreateMultipartUpload, then DeleteObject while upload in progress|existed at create, deleted during upload)$/,
    history: () => ({ atCreate: KEY_ETAG, writesSinceCreate: [{ kind: "delete" }] }),
  },
  {
    form: /^absent at CreateMultipartUpload; PutObject\(If-None-Match:\*\) succeeded during the upload$/,
    history: () => ({ atCreate: null, writesSinceCreate: [{ kind: "put", etag: KEY_ETAG }] }),
  },
  {
    form: /^(?:ETag E1 at create; overwritten during upload \(new ETag E2\)|overwritten during upload \(current ETag E2 ")/,
    history: (etag) => ({ atCreate: KEY_ETAG, writesSinceCreate: [{ kind: "put", etag: etag ?? OTHER_ETAG }] }),
  },
  {
    form: /^overwritten during upload with IDENTICAL bytes \(ETag unchanged "/,
    history: (etag) => ({ atCreate: etag ?? KEY_ETAG, writesSinceCreate: [{ kind: "put", etag: etag ?? KEY_ETAG }] }),
  },
  {
    form: /^deleted and re-PUT during upload \(same bytes\)$/,
    history: () => ({ atCreate: KEY_ETAG, writesSinceCreate: [{ kind: "delete" }, { kind: "put", etag: KEY_ETAG }] }),
  },
];

/**
 * The history of the key a CompleteMultipartUpload row completes. Rows that say nothing of the key
 * send no condition, which alone looks at it: absent and untouched will do.
 */
export function keyHistoryOf(row: AwsObservedRow): KeyHistory {
  const text = row.setup.key;
  if (text === undefined) return { atCreate: null, writesSinceCreate: [] };
  if (typeof text !== "string") throw new Error(`${row.id}: key ${JSON.stringify(text)} is not understood`);
  const recordedEtag = QUOTED_ETAG.exec(text)?.[1];
  const form = HISTORIES.find((candidate) => candidate.form.test(text));
  if (!form) throw new Error(`${row.id}: key ${JSON.stringify(text)} is not understood`);
  return form.history(recordedEtag === undefined ? undefined : `"${recordedEtag}"`);
}
