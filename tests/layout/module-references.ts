// Every relative module reference of a set of source files, read with TypeScript's own parser (the
// typescript 7 API, which runs the bundled tsgo on an in-memory copy of the files): a comment or a
// string that merely looks like an import is never taken for one, and `type` markers are exact. The
// API is "unstable": package.json pins typescript to the exact version this was written against.
import {
  SyntaxKind,
  isCallExpression,
  isExportDeclaration,
  isIdentifier,
  isImportDeclaration,
  isImportTypeNode,
  isLiteralTypeNode,
  isMetaProperty,
  isNamedExports,
  isNamedImports,
  isNewExpression,
  isNoSubstitutionTemplateLiteral,
  isPropertyAccessExpression,
  isStringLiteral,
  type ImportClause,
  type Node,
  type SourceFile,
} from "typescript/unstable/ast";
import { createVirtualFileSystem } from "typescript/unstable/fs";
import { API } from "typescript/unstable/sync";

export interface ModuleReference {
  /** The importing file, relative to the project root, with "/" separators. */
  readonly importer: string;
  /** The specifier as written ("../harness/findings.ts", "./schema/report-v2.json"). */
  readonly specifier: string;
  /** Erased when compiled: `import type`, `export type`, `type` on every name, `import("…")` in a type. */
  readonly typeOnly: boolean;
  /** A dynamic import or `new URL(…, import.meta.url)` whose specifier is computed, not written out. */
  readonly computed?: true;
}

const ROOT = "/project";

/** The relative references of `sources` (project-relative path → text). */
export function readModuleReferences(sources: ReadonlyMap<string, string>): ModuleReference[] {
  const files = Object.fromEntries([...sources].map(([path, text]) => [`${ROOT}/${path}`, text]));
  const config = { compilerOptions: { allowJs: true, noResolve: true, noLib: true, types: [] }, files: Object.keys(files) };
  files[`${ROOT}/tsconfig.json`] = JSON.stringify(config);
  const api = new API({ cwd: ROOT, fs: createVirtualFileSystem(files) });
  try {
    const program = api.updateSnapshot({ openProject: `${ROOT}/tsconfig.json` }).getProjects()[0]!.program;
    return [...sources.keys()].flatMap((path) => referencesOf(path, program.getSourceFile(`${ROOT}/${path}`)!));
  } finally {
    api.close();
  }
}

function referencesOf(importer: string, file: SourceFile): ModuleReference[] {
  const found: ModuleReference[] = [];
  const visit = (node: Node): void => {
    const reference = referenceAt(node);
    if (reference !== undefined && (reference.computed || reference.specifier.startsWith("."))) found.push({ importer, ...reference });
    node.forEachChild(visit);
  };
  visit(file);
  return found;
}

type Reference = Omit<ModuleReference, "importer">;

function referenceAt(node: Node): Reference | undefined {
  if (isImportDeclaration(node)) return literal(node.moduleSpecifier, node.importClause !== undefined && isTypeOnlyClause(node.importClause));
  if (isExportDeclaration(node)) {
    const names = node.exportClause !== undefined && isNamedExports(node.exportClause) ? node.exportClause.elements : [];
    const everyNameTyped = names.length > 0 && names.every((name) => name.isTypeOnly);
    return node.moduleSpecifier === undefined ? undefined : literal(node.moduleSpecifier, node.isTypeOnly || everyNameTyped);
  }
  if (isImportTypeNode(node)) return isLiteralTypeNode(node.argument) ? literal(node.argument.literal, true) : undefined;
  if (isCallExpression(node)) {
    const dynamicImport = node.expression.kind === SyntaxKind.ImportKeyword || isImportMeta(node.expression, "resolve");
    return dynamicImport && node.arguments[0] !== undefined ? literalOrComputed(node.arguments[0]) : undefined;
  }
  if (isNewExpression(node)) {
    const [path, base] = node.arguments ?? [];
    const urlOfThisModule = isIdentifier(node.expression) && node.expression.text === "URL" && base !== undefined && isImportMeta(base, "url");
    return urlOfThisModule && path !== undefined ? literalOrComputed(path) : undefined;
  }
  return undefined;
}

/** `import type …`, or `import { type A, type B }` (no default, no namespace, every name typed). */
function isTypeOnlyClause(clause: ImportClause): boolean {
  if (clause.phaseModifier === SyntaxKind.TypeKeyword) return true;
  const names = clause.namedBindings !== undefined && isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : [];
  return clause.name === undefined && names.length > 0 && names.every((name) => name.isTypeOnly);
}

function literal(node: Node, typeOnly: boolean): Reference | undefined {
  return isStringLiteral(node) || isNoSubstitutionTemplateLiteral(node) ? { specifier: node.text, typeOnly } : undefined;
}

/** A runtime reference: its written specifier, or a computed one the rule must hear about. */
function literalOrComputed(node: Node): Reference {
  return literal(node, false) ?? { specifier: "", typeOnly: false, computed: true };
}

/** `import.meta.<property>` */
function isImportMeta(node: Node, property: string): boolean {
  return isPropertyAccessExpression(node) && isMetaProperty(node.expression) && isIdentifier(node.name) && node.name.text === property;
}
