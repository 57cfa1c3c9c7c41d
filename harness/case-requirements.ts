import type { Capability } from "./case-meta.ts";
import type { TargetInfo } from "./target-info.ts";

/** Why the target cannot run a case that requires `capability`, or undefined when it can. */
function unmet(capability: Capability, target: TargetInfo): string | undefined {
  switch (capability) {
    case "sse-c":
      if (new URL(target.s3.endpoint).protocol === "https:" || target.capabilities.sseCOverHttp) return undefined;
      return `needs https: ${target.s3.endpoint} is plain HTTP and the target does not declare --sse-c-over-http`;
    case "kms-key":
      return target.capabilities.kmsKeyIds.length > 0 ? undefined : "no KMS key configured (pass --kms-key-id ID)";
    case "mediastore-data":
      return target.capabilities.mediastoreEndpoint ? undefined : "the target serves no MediaStore Data container (pass --mediastore-endpoint URL)";
    case "missing-container-endpoint":
      return target.capabilities.mediastoreMissingContainerEndpoint ? undefined : "needs the endpoint of a container that does not exist (the embedded emulator provides one)";
  }
}

/** The reason to skip a case whose declared requirements the target does not meet, or undefined. */
export function unmetRequirement(requires: readonly Capability[] | undefined, target: TargetInfo): string | undefined {
  for (const capability of requires ?? []) {
    const reason = unmet(capability, target);
    if (reason !== undefined) return reason;
  }
  return undefined;
}
