import type { ExpectedAnswer, HeaderRule } from "../expected-answer.ts";
import { regexpLiteral } from "../encoding.ts";
import { ECHO_RULE } from "./encryption-echo.ts";
import { KMS_KEY_ID } from "./header-names.ts";

/**
 * The answer with the KMS key-id echo taken in either form: the id as the request sent it, or a key
 * ARN ending in it. AWS echoes the ARN (put-kms-key-id-echoed-as-arn), which the oracle holds a
 * store to as a SHOULD; naming the key at all is the echo's MUST, and so the rule this is judged by.
 */
export function withKeyIdInEitherForm(answer: ExpectedAnswer, keyId: string): ExpectedAnswer {
  const rule = answer.headers?.[KMS_KEY_ID];
  if (rule === undefined || rule === null) return answer;
  const bareId = keyId.startsWith("arn:") ? keyId.slice(keyId.lastIndexOf("/") + 1) : keyId;
  const either: HeaderRule = new RegExp(`^(?:${regexpLiteral(keyId)}|arn:[^:]+:kms:[^:]*:[^:]*:key/${regexpLiteral(bareId)})$`);
  return { ...answer, headers: { ...answer.headers, [KMS_KEY_ID]: either }, fieldRules: { ...answer.fieldRules, [KMS_KEY_ID]: ECHO_RULE["sse-kms"] } };
}
