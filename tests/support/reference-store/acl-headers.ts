import { errorReply, type Refusal } from "./replies.ts";
import type { StoreBucket } from "./store-bucket.ts";

/** The canonical user id of the one account the store serves. */
export const OWNER_ID = "75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a";

const CANNED = ["private", "public-read", "public-read-write", "authenticated-read", "aws-exec-read", "bucket-owner-read", "bucket-owner-full-control"];
const GRANTS = ["x-amz-grant-read", "x-amz-grant-read-acp", "x-amz-grant-write-acp", "x-amz-grant-full-control"];
const GRANTEE = /^\s*(id|uri|emailAddress)="([^"]*)"\s*$/;

/**
 * Refuses the ACL headers of a write, or accepts them (the store keeps no ACLs). A bucket with ACLs
 * off (Object Ownership BucketOwnerEnforced) takes none but `bucket-owner-full-control`
 * (AccessControlListNotSupported, S3 user guide "Controlling ownership of objects"); otherwise a
 * canned ACL must be one S3 defines and a grantee `id="…"` must be the owner (both 400 InvalidArgument).
 */
export function refusedAcl(headers: Record<string, string>, bucket: StoreBucket): Refusal | undefined {
  const canned = headers["x-amz-acl"];
  const grants = GRANTS.filter((name) => headers[name] !== undefined);
  if (canned === undefined && grants.length === 0) return undefined;
  if (bucket.ownership === "BucketOwnerEnforced" && (grants.length > 0 || canned !== "bucket-owner-full-control")) {
    return errorReply(400, "AccessControlListNotSupported");
  }
  if (canned !== undefined && !CANNED.includes(canned)) return errorReply(400, "InvalidArgument", { ArgumentName: "x-amz-acl", ArgumentValue: canned });
  for (const name of grants) {
    for (const grantee of (headers[name] ?? "").split(",")) {
      const match = GRANTEE.exec(grantee);
      if (!match || (match[1] === "id" && match[2] !== OWNER_ID)) return errorReply(400, "InvalidArgument", { ArgumentName: name, ArgumentValue: headers[name] ?? "" });
    }
  }
  return undefined;
}
