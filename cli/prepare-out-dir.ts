import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { SHARD_BLOB_FOLDER } from "./shard-option.ts";
import { UsageError } from "./usage-error.ts";

/**
 * Creates the report folder one level at a time (a recursive mkdir under /proc never ends) and
 * proves it writable; any problem is a usage error naming the folder.
 */
export function prepareOutDir(outDir: string): void {
  const missing: string[] = [];
  let existing = outDir;
  while (!existsSync(existing)) {
    missing.unshift(existing);
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  if (existsSync(existing) && !statSync(existing).isDirectory()) throw new UsageError(`--out ${outDir}: ${existing} is a file, not a folder`);
  try {
    for (const folder of missing) mkdirSync(folder);
    const probe = join(outDir, `.s3-conformance-${process.pid}`);
    writeFileSync(probe, "");
    rmSync(probe);
    rmSync(join(outDir, "allure-results"), { recursive: true, force: true });
    rmSync(join(outDir, SHARD_BLOB_FOLDER), { recursive: true, force: true });
  } catch (error) {
    throw new UsageError(`--out ${outDir}: cannot write there (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
