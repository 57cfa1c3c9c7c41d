import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";

const SCHEMA_URL = new URL("./schema/report-v2.json", import.meta.url);

let compiled: ValidateFunction | undefined;

/** Checks a value against reports/schema/report-v2.json; returns one line per problem, none when valid. */
export function validateReport(value: unknown): string[] {
  compiled ??= new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(SCHEMA_URL, "utf8")) as object);
  if (compiled(value)) return [];
  return (compiled.errors ?? []).map((error) => problemOf(error, value));
}

function problemOf(error: ErrorObject, report: unknown): string {
  const where = error.instancePath === "" ? "report" : `report${error.instancePath}`;
  return `${where}${caseIdAt(error.instancePath, report)} ${error.message ?? "is invalid"}${detailOf(error)}`;
}

/** Names the case, so a problem deep in `cases` can be found without counting. */
function caseIdAt(instancePath: string, report: unknown): string {
  const index = /^\/cases\/(\d+)/.exec(instancePath)?.[1];
  if (index === undefined) return "";
  const id = (report as { cases?: { id?: unknown }[] }).cases?.[Number(index)]?.id;
  return typeof id === "string" ? ` (case ${JSON.stringify(id)})` : "";
}

function detailOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (Array.isArray(params.allowedValues)) return `: ${params.allowedValues.join(", ")}`;
  if (params.allowedValue !== undefined) return `: ${JSON.stringify(params.allowedValue)}`;
  if (typeof params.additionalProperty === "string") return `: ${JSON.stringify(params.additionalProperty)}`;
  return "";
}
