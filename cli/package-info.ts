import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The project's root folder (where vitest.config.ts lives), whatever the working directory. */
export const PACKAGE_ROOT = fileURLToPath(new URL("..", import.meta.url));

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { name: string; version: string };
export const TOOL = { name: manifest.name, version: manifest.version };
