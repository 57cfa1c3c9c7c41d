import fc from "fast-check";
import { addDifferences, currentRecord, runChecks, type CaseRecord, type SignatureGroups } from "./case-record.ts";
import type { CheckScope } from "./check-scope.ts";
import { isServerError } from "./comparison.ts";
import { signatureOf, type Difference } from "./findings.ts";
import { STALLED } from "./outcome.ts";

export interface PropertyOptions {
  /** Upper bound for this property's runs (large bodies want fewer); the run's `--num-runs` still caps it. */
  maxRuns?: number;
  /** Inputs every run tries first, before the generated ones (fast-check `examples`). */
  examples?: unknown[][];
  /** State the inputs were made against (the stored object): reported beside each counterexample. */
  state?: unknown;
  /**
   * False leaves informational `<Error>` elements (`<Condition>`, `<Key>`…) to the cases about them:
   * a property that reaches many answers by chance (command sequences) would otherwise report them
   * only when the draw happens to reach them.
   */
  errorElements?: boolean;
  /**
   * A seed of the property's own instead of the run's: a fixed corpus of inputs, the same on every
   * run. For properties whose inputs reach findings only by chance (command sequences), so that a
   * nightly comparison does not hang on the draw.
   */
  seed?: number;
}

/** The run settings a property needs: the seed, the runs, and the one finding to replay, if any. */
export interface PropertyContext {
  run: { seed: number; numRuns: number };
}

type Arbitraries<Ts extends unknown[]> = { [K in keyof Ts]: fc.Arbitrary<Ts[K]> };

/** Checks a shrinking may make per finding: past it the smallest input found so far stands. */
const SHRINK_CHECKS = 80;
/** Distinct first-seen signatures a property shrinks; more are reported as seen, unshrunk. */
const SHRUNK_PER_PROPERTY = 12;

interface Settings {
  seed: number;
  numRuns: number;
  examples?: never;
}

type Run = (values: unknown[]) => Promise<CheckScope>;

/**
 * Runs a property against the target with the run's seed, over its whole budget (the examples first,
 * then the generated inputs), recording every input's differences. Then each distinct difference is
 * shrunk on its own, and named by its shrunk input: a wrong status by the first status difference of
 * the same observed class in the smallest input that still shows one, anything else by its own
 * signature. Which rule decided a generated input with several conditions depends on the draw; the
 * smallest input that still fails names the condition the store gets wrong, whatever the seed.
 * A replay (`--finding`) runs the same, and the case keeps only the finding asked for: a finding named
 * by its shrunk input is found again only by shrinking again.
 */
export async function checkProperty<Ts extends [unknown, ...unknown[]]>(
  context: PropertyContext,
  arbitraries: Arbitraries<Ts>,
  predicate: (...values: Ts) => Promise<void>,
  options: PropertyOptions = {},
): Promise<void> {
  const record = currentRecord();
  if (!record) throw new Error("checkProperty runs inside a conformance case");
  const numRuns = Math.max(1, Math.min(context.run.numRuns, options.maxRuns ?? Number.POSITIVE_INFINITY));
  const seed = options.seed ?? context.run.seed;
  const settings: Settings = {
    seed,
    // fast-check counts the examples among the runs: add them, so the generated inputs still run.
    numRuns: numRuns + (options.examples?.length ?? 0),
    ...(options.examples ? { examples: options.examples as never } : {}),
  };
  record.property = { seed, numRuns };
  const arbitrary = arbitraries as unknown as [fc.Arbitrary<unknown>];
  const run: Run = (values) => runChecks(record, () => predicate(...(values as Ts)), options.errorElements ?? true);

  const seen: SignatureGroups = new Map();
  const firstIndex = new Map<string, number>();
  let index = 0;
  // A case-ending error (no target, a harness bug) stops the remaining inputs at once and is thrown after.
  let ended: unknown;
  // A request the target never answered cost its whole timeout: the remaining inputs and the shrinking
  // would each wait as long again, so the property stops there and names its findings by their inputs.
  let stalled = false;
  await fc.check(
    fc.asyncProperty(...arbitrary, async (...values: unknown[]) => {
      const at = index++;
      if (ended !== undefined || stalled) return;
      try {
        const scope = await run(values);
        for (const difference of scope.differences) if (!firstIndex.has(signatureOf(difference))) firstIndex.set(signatureOf(difference), at);
        record.absorb(scope, values, seen);
        stalled = scope.differences.some(isStall);
      } catch (error) {
        // `fc.pre` skips an input: fast-check must see it.
        if (fc.PreconditionFailure.isFailure(error)) throw error;
        ended = error;
      }
    }),
    settings,
  );
  if (ended !== undefined) {
    // What was seen before the case ended (a store that reset a request and then died) is still named,
    // with the input that showed it: shrinking would ask a store that is gone.
    for (const [signature, entry] of seen) name(record, signature, entry.differences, undefined, options.state, settings.seed, entry.input);
    throw ended;
  }

  let shrinks = 0;
  for (const [signature, entry] of seen) {
    const first = entry.differences[0]!;
    const shrunk = !stalled && shrinks++ < SHRUNK_PER_PROPERTY ? await shrink(arbitrary, run, { ...settings, path: String(firstIndex.get(signature) ?? 0) }, sameDeviation(first)) : undefined;
    if (!shrunk) {
      name(record, signature, entry.differences, undefined, options.state, settings.seed, entry.input);
      continue;
    }
    name(record, signatureOf(shrunk.difference), [shrunk.difference, ...entry.differences.slice(1)], shrunk, options.state, settings.seed);
  }
}

function isStall(difference: Difference): boolean {
  return difference.rule === "server.answers-request" && difference.observed === STALLED;
}

/**
 * What a shrinking replay keeps failing on: a status difference of the oracle's with the same observed
 * class, else the same signature (a `server.no-5xx` finding among them: it shrinks on its own).
 */
function sameDeviation(first: Difference): (scope: CheckScope) => Difference | undefined {
  const oracleStatus = (difference: Difference) => difference.field === "status" && !isServerError(difference);
  if (oracleStatus(first)) return (scope) => scope.differences.find((difference) => oracleStatus(difference) && difference.observed === first.observed);
  const signature = signatureOf(first);
  return (scope) => scope.differences.find((difference) => signatureOf(difference) === signature);
}

interface Shrunk {
  difference: Difference;
  counterexample: unknown[];
  seed: number;
  path?: string;
  shrinks: number;
}

/**
 * Replays the property failing only where `shows` finds a difference, so fast-check shrinks a
 * counterexample for it alone; from `path` when given (straight to the input phase one saw it in),
 * from the start when that input no longer shows it.
 */
async function shrink(arbitrary: [fc.Arbitrary<unknown>], run: Run, settings: Settings & { path?: string }, shows: (scope: CheckScope) => Difference | undefined): Promise<Shrunk | undefined> {
  let checks = 0;
  let last: Difference | undefined;
  let ended: unknown;
  const details = await fc.check(
    fc.asyncProperty(...arbitrary, async (...values: unknown[]) => {
      if (ended !== undefined || checks >= SHRINK_CHECKS) return;
      checks += 1;
      let scope: CheckScope;
      try {
        scope = await run(values);
      } catch (error) {
        if (fc.PreconditionFailure.isFailure(error)) throw error;
        ended = error;
        return;
      }
      const found = shows(scope);
      if (!found) return;
      last = found;
      throw new Error(signatureOf(found));
    }),
    settings,
  );
  if (ended !== undefined) throw ended;
  if (!details.failed || !last) {
    if (settings.path === undefined) return undefined;
    const { path: _, ...fromStart } = settings;
    return shrink(arbitrary, run, fromStart, shows);
  }
  return {
    difference: last,
    counterexample: details.counterexample ?? [],
    seed: details.seed,
    shrinks: details.numShrinks,
    ...(details.counterexamplePath ? { path: details.counterexamplePath } : {}),
  };
}

/** Records a finding of the case under its name, with its shrunk counterexample (or the first input that showed it). */
function name(record: CaseRecord, signature: string, differences: Difference[], shrunk: Shrunk | undefined, state: unknown, seed: number, input?: unknown[]): void {
  addDifferences(record.bySignature, signature, differences);
  if (record.shrunk.has(signature)) return;
  if (!shrunk) {
    if (input) record.shrunk.set(signature, { counterexample: withState(toJson(input), state), seed, reproduced: false });
    return;
  }
  record.shrunk.set(signature, {
    counterexample: withState(toJson(shrunk.counterexample), state),
    seed: shrunk.seed,
    shrinks: shrunk.shrinks,
    reproduced: true,
    ...(shrunk.path ? { path: shrunk.path } : {}),
  });
}

function withState(input: unknown, state: unknown): unknown {
  return state === undefined ? input : { state: toJson(state), input };
}

/** A JSON-safe copy of a counterexample (Buffers and dates become readable strings). */
export function toJson(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, function (this: unknown, _key, item: unknown) {
      if (item && typeof item === "object" && (item as { type?: string }).type === "Buffer") {
        const data = (item as { data: number[] }).data;
        return `<${data.length} bytes>`;
      }
      if (typeof item === "bigint") return item.toString();
      // A command sequence prints as the commands that ran, as fast-check reports it.
      if (isCommandSequence(item)) return String(item);
      return item;
    }) ?? "null",
  );
}

/** fast-check's command sequences are iterables with a toString of their own listing the commands that ran. */
function isCommandSequence(item: unknown): boolean {
  return typeof item === "object" && item !== null && !Array.isArray(item) && Symbol.iterator in item && item.toString !== Object.prototype.toString;
}
