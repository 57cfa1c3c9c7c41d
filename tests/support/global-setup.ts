import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Folder for the report folders of the runs the self tests start; removed at the end. */
    selfTmp: string;
  }
}

export default function setup(project: TestProject): () => void {
  const folder = mkdtempSync(join(tmpdir(), "s3c-self-"));
  project.provide("selfTmp", folder);
  return () => rmSync(folder, { recursive: true, force: true });
}
