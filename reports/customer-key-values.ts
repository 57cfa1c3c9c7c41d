import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { customerKeyForms, customerKeysNamedIn } from "../fixtures/sse/customer-key-secrets.ts";

/**
 * The SSE-C keys a report folder shows next to a customer-key header name, in every form they could
 * take elsewhere in it. The run makes its keys as it goes, so the writer learns them from the folder.
 */
export function customerKeysIn(folder: string): string[] {
  const keys = new Set<string>();
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      for (const key of customerKeysIn(path)) keys.add(key);
      continue;
    }
    for (const value of customerKeysNamedIn(readFileSync(path, "latin1"))) for (const form of customerKeyForms(value)) keys.add(form);
  }
  return [...keys];
}
