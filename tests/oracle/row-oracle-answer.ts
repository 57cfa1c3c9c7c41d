import { expectedPutWithContentMd5 } from "../../oracle/content-md5.ts";
import type { ExpectedAnswer } from "../../oracle/expected-answer.ts";
import { expectedNoSuchBucket, expectedNoSuchKey } from "../../oracle/not-found.ts";
import { expectedGetAnswer, expectedHeadAnswer, expectedPutAnswer } from "../../oracle/object-answer.ts";
import type { AwsObservedRow } from "./aws-observed-rows.ts";
import { rowRequest } from "./row-request.ts";
import { objectBefore, objectStoredBy, putBodyOf } from "./row-stored-object.ts";

/** What the oracle answers to a row's request in the row's setup. Throws when the row needs what it does not model. */
export function oracleAnswerFor(row: AwsObservedRow, rows: AwsObservedRow[]): ExpectedAnswer {
  const request = rowRequest(row);
  if (Object.keys(request.query).length > 0) throw new Error(`${row.id}: query parameters are not modelled`);
  switch (row.operation) {
    case "PutObject": {
      objectStoredBy(row); // refuses request headers the oracle does not model
      const contentMd5 = request.headers["content-md5"];
      const body = putBodyOf(row);
      return contentMd5 === undefined ? expectedPutAnswer(body) : expectedPutWithContentMd5(body, contentMd5, true);
    }
    case "GetObject":
    case "HeadObject": {
      const method = row.operation === "GetObject" ? "GET" : "HEAD";
      const unmodelled = Object.keys(request.headers);
      if (unmodelled.length > 0) throw new Error(`${row.id}: request headers ${unmodelled.join(", ")} are not modelled`);
      if (row.setup.bucket === "does not exist") return expectedNoSuchBucket(request.bucket, method);
      const object = objectBefore(row, rows);
      if (!object) return expectedNoSuchKey(request.key, method);
      return method === "GET" ? expectedGetAnswer(object) : expectedHeadAnswer(object);
    }
    default:
      throw new Error(`${row.id}: operation ${row.operation} is not modelled`);
  }
}
