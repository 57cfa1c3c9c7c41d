import fc from "fast-check";
import type { ObjectState } from "../oracle/stored-object.ts";
import { objectBody, type ObjectBodyConstraints } from "./object-body.ts";
import { objectKey, type ObjectKeyConstraints } from "./object-key.ts";
import { storedHeaders } from "./stored-headers.ts";
import { userMetadata } from "./user-metadata.ts";

export interface StoredObjectConstraints {
  key?: ObjectKeyConstraints;
  body?: ObjectBodyConstraints;
}

/** An object to write: key, body, stored headers and user metadata. */
export function storedObject(constraints: StoredObjectConstraints = {}): fc.Arbitrary<ObjectState> {
  return fc.record({
    key: objectKey(constraints.key),
    body: objectBody(constraints.body),
    headers: storedHeaders(),
    metadata: userMetadata(),
  });
}
