// What each top-level folder may import, as data: the README's dependency rule mirrors this table.
// A folder may always import itself. `values` may be imported for anything; `types` only with
// `import type` (or `export type`, or `type` on every name); `data` only as non-code files (JSON,
// a folder read at run time). A path like "tests/support" names that sub-folder alone.

export interface FolderRule {
  /** The importing folder; "." holds the root files (vitest.config.ts). */
  readonly folder: string;
  readonly values?: readonly string[];
  readonly types?: readonly string[];
  readonly data?: readonly string[];
  /** Everything may be imported but these folders. */
  readonly anythingBut?: readonly string[];
}

/**
 * Files whose dynamic import takes a computed specifier, which the rule cannot check, and why it is
 * safe: every other such import is a violation, as an import the rule cannot see could break it.
 */
export const COMPUTED_IMPORTS: ReadonlyMap<string, string> = new Map([
  ["cli/bin.js", "imports the type-stripping hook beside it (cli/loader/) by a URL it builds when installed"],
]);

export const IMPORT_RULE: readonly FolderRule[] = [
  { folder: "oracle" },
  { folder: "generators", values: ["oracle"] },
  { folder: "transport" },
  { folder: "harness", values: ["oracle", "transport"] },
  { folder: "targets", values: ["transport"], types: ["harness"] },
  { folder: "fixtures", values: ["harness", "transport", "targets", "oracle", "generators"] },
  { folder: "checks", values: ["fixtures", "harness", "transport", "oracle", "generators"] },
  { folder: "suites", values: ["checks", "fixtures", "harness", "transport", "oracle", "generators"] },
  { folder: "reports", types: ["harness"] },
  { folder: "cli", anythingBut: ["suites", "tests"] },
  { folder: "images", values: ["targets"] },
  { folder: "benchmarks", values: ["cli", "targets", "tests/support"] },
  { folder: "tests", anythingBut: [] },
  { folder: ".", anythingBut: [] },
];

/** One line for a violation message: "reports may import reports, harness (types only)". */
export function describeRule(rule: FolderRule): string {
  if (rule.anythingBut !== undefined) return `${rule.folder} may import anything but ${rule.anythingBut.join(", ")}`;
  const allowed = [
    rule.folder,
    ...(rule.values ?? []),
    ...(rule.types ?? []).map((folder) => `${folder} (types only)`),
    ...(rule.data ?? []).map((folder) => `${folder} (data only)`),
  ];
  return allowed.length === 1 ? `${rule.folder} may import only ${rule.folder}` : `${rule.folder} may import ${allowed.join(", ")}`;
}
