import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ErrorObject } from "ajv/dist/2020.js";
import { FEATURES, PROTOCOLS } from "../harness/case-meta.ts";
import type { Profile } from "../reports/profiles/profile-types.ts";

/** The profiles shipped with the tool. */
export const PROFILES_DIR = fileURLToPath(new URL("../profiles/", import.meta.url));

/** A profile file that cannot be used; the message is one line naming the file and the problem. */
export class ProfileFileError extends Error {
  override name = "ProfileFileError";
}

const names = { type: "array", items: { type: "string", minLength: 1 }, minItems: 1, uniqueItems: true };
const features = { ...names, items: { enum: FEATURES } };
const PROFILE_SCHEMA = {
  type: "object",
  required: ["id", "title", "select"],
  additionalProperties: false,
  properties: {
    id: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" },
    title: { type: "string", minLength: 1 },
    select: {
      type: "object",
      additionalProperties: false,
      properties: { protocols: { ...names, items: { enum: PROTOCOLS } }, operations: names, features, excludeFeatures: features },
    },
    optionalFeatures: features,
  },
};

const validate = new Ajv2020({ allErrors: false }).compile<Profile>(PROFILE_SCHEMA);

/** Every `*.json` of a folder, sorted by file name, each checked; the first problem throws. */
export function loadProfiles(folder: string = PROFILES_DIR): Profile[] {
  const files = readdirSync(folder).filter((name) => name.endsWith(".json")).sort();
  return files.map((name) => parseProfile(join(folder, name), readFileSync(join(folder, name), "utf8")));
}

/** One profile file's text, checked: the shape, known protocols and features, and an id that is the file's name. */
export function parseProfile(path: string, text: string): Profile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ProfileFileError(`${path}: not JSON (${(error as Error).message.split("\n")[0]})`);
  }
  if (!validate(value)) throw new ProfileFileError(`${path}: ${problemOf(validate.errors?.[0], value)}`);
  const expectedId = basename(path, ".json");
  if (value.id !== expectedId) throw new ProfileFileError(`${path}: id ${JSON.stringify(value.id)} must be the file's name, ${JSON.stringify(expectedId)}`);
  const optional = value.optionalFeatures ?? [];
  const excluded = optional.find((feature) => value.select.excludeFeatures?.includes(feature));
  if (excluded !== undefined) throw new ProfileFileError(`${path}: optional feature ${JSON.stringify(excluded)} is also excluded by select.excludeFeatures`);
  return value;
}

function problemOf(error: ErrorObject | undefined, value: unknown): string {
  if (error === undefined) return "is not a profile";
  const where = error.instancePath === "" ? "the profile" : error.instancePath.slice(1).replaceAll("/", ".");
  const params = error.params as Record<string, unknown>;
  if (Array.isArray(params.allowedValues)) return `${where} ${JSON.stringify(valueAt(value, error.instancePath))} is not one of ${params.allowedValues.join(", ")}`;
  if (typeof params.additionalProperty === "string") return `${where} has an unknown key ${JSON.stringify(params.additionalProperty)}`;
  return `${where} ${error.message ?? "is invalid"}`;
}

function valueAt(value: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .reduce<unknown>((current, key) => (current !== null && typeof current === "object" ? (current as Record<string, unknown>)[key] : undefined), value);
}
