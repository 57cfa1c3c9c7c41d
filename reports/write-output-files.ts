import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Writes each named text into a folder, created if needed; returns the paths written. */
export function writeOutputFiles(outDir: string, files: Record<string, string>): string[] {
  mkdirSync(outDir, { recursive: true });
  return Object.entries(files).map(([name, text]) => {
    const path = join(outDir, name);
    writeFileSync(path, text);
    return path;
  });
}
