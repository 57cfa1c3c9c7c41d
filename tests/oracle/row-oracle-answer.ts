import type { ExpectedAnswer } from "../../oracle/expected-answer.ts";
import type { AwsObservedRow } from "./aws-observed-rows.ts";
import { REQUEST_TIME } from "./row-clock.ts";
import { deleteMarkerBefore } from "./row-delete-marker.ts";
import { readRequestOf } from "./row-read-request.ts";
import { readableObjectBefore } from "./row-readable-object.ts";
import { rowRequest } from "./row-request.ts";
import { objectStoredBy, putBodyOf } from "./row-stored-object.ts";
import { decidePut, decidePutWithContentMd5 } from "../../oracle/put/decide-put.ts";
import { decideDeleteMarkerRead, decideNoSuchBucket, decideNoSuchKey, decideRead } from "../../oracle/read/decide-read.ts";

/** What the oracle answers to a row's request in the row's setup. Throws when the row needs what it does not model. */
export function oracleAnswerFor(row: AwsObservedRow, rows: AwsObservedRow[]): ExpectedAnswer {
  const request = rowRequest(row);
  switch (row.operation) {
    case "PutObject": {
      if (Object.keys(request.query).length > 0) throw new Error(`${row.id}: query parameters are not modelled`);
      objectStoredBy(row); // refuses request headers the oracle does not model
      const contentMd5 = request.headers["content-md5"];
      const body = putBodyOf(row);
      return contentMd5 === undefined ? decidePut(body) : decidePutWithContentMd5(body, contentMd5, true);
    }
    case "GetObject":
    case "HeadObject": {
      const method = row.operation === "GetObject" ? "GET" : "HEAD";
      if (row.setup.bucket === "does not exist") return decideNoSuchBucket(request.bucket, method);
      const marker = deleteMarkerBefore(row);
      if (marker) return decideDeleteMarkerRead(marker, readRequestOf(row, undefined, REQUEST_TIME));
      const object = readableObjectBefore(row, rows);
      const read = readRequestOf(row, object, REQUEST_TIME); // refuses what the read oracle does not model
      if (!object) return decideNoSuchKey(request.key, method);
      return decideRead(object, read, REQUEST_TIME);
    }
    default:
      throw new Error(`${row.id}: operation ${row.operation} is not modelled`);
  }
}
