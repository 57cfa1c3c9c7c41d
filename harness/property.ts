import fc from "fast-check";
import { currentRecord, runChecks, type CaseRecord } from "./case-record.ts";
import { signatureOf } from "./findings.ts";

export interface PropertyOptions {
  /** Upper bound for this property's runs (large bodies want fewer); the run's `--num-runs` still caps it. */
  maxRuns?: number;
  /** Inputs every run tries first, before the generated ones (fast-check `examples`). */
  examples?: unknown[][];
  /** State the inputs were made against (the stored object): reported beside each counterexample. */
  state?: unknown;
}

/** The run settings a property needs: the seed, the runs, and the one finding to replay, if any. */
export interface PropertyContext {
  run: { seed: number; numRuns: number; finding?: string };
}

type Arbitraries<Ts extends unknown[]> = { [K in keyof Ts]: fc.Arbitrary<Ts[K]> };

/** Checks a shrinking step may make per finding: shrinking past it keeps the smallest input found so far. */
const SHRINK_CHECKS = 120;

/**
 * Runs a property against the target with the run's seed, over its whole budget (the examples first,
 * then the generated inputs): every input's differences are recorded, grouped by signature. Then each
 * distinct signature (up to the cap) is shrunk on its own, with a replay that fails only on it, so one
 * deviation never hides another. With `--finding`, only that signature's shrinking replay runs.
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
  const settings = {
    seed: context.run.seed,
    // fast-check counts the examples among the runs: add them, so the generated inputs still run.
    numRuns: numRuns + (options.examples?.length ?? 0),
    ...(options.examples ? { examples: options.examples as never } : {}),
  };
  record.property = { seed: context.run.seed, numRuns };
  const arbitrary = arbitraries as unknown as [fc.Arbitrary<unknown>];
  const run = (values: unknown[]) => runChecks(record, () => predicate(...(values as Ts)));

  const wanted = context.run.finding;
  if (wanted === undefined) {
    // A case-ending error (no target, a harness bug) stops the remaining inputs at once and is thrown after.
    let ended: unknown;
    await fc.check(fc.asyncProperty(...arbitrary, async (...values: unknown[]) => {
      if (ended !== undefined) return;
      try {
        record.absorb(await run(values), values);
      } catch (error) {
        // `fc.pre` skips an input: fast-check must see it.
        if (fc.PreconditionFailure.isFailure(error)) throw error;
        ended = error;
      }
    }), settings);
    if (ended !== undefined) throw ended;
  }
  const signatures = wanted === undefined ? [...record.bySignature.keys()].slice(0, 8) : [wanted];
  for (const signature of signatures) {
    if (record.shrunk.has(signature)) continue;
    await shrinkFinding(record, signature, arbitrary, run, settings, options.state, wanted !== undefined);
  }
}

/** Replays the property failing only on `signature`, so fast-check shrinks a counterexample for it alone. */
async function shrinkFinding(
  record: CaseRecord,
  signature: string,
  arbitrary: [fc.Arbitrary<unknown>],
  run: (values: unknown[]) => Promise<import("./check-scope.ts").CheckScope>,
  settings: { seed: number; numRuns: number },
  state: unknown,
  replaying: boolean,
): Promise<void> {
  let checks = 0;
  let ended: unknown;
  const details = await fc.check(fc.asyncProperty(...arbitrary, async (...values: unknown[]) => {
    if (ended !== undefined || checks >= SHRINK_CHECKS) return;
    checks += 1;
    let scope;
    try {
      scope = await run(values);
    } catch (error) {
      if (fc.PreconditionFailure.isFailure(error)) throw error;
      ended = error;
      return;
    }
    const found = scope.differences.some((difference) => signatureOf(difference) === signature);
    // A replay of one finding records what it reproduces, as a run would.
    if (found && replaying && !record.bySignature.has(signature)) record.absorb(scope, values);
    if (found) throw new Error(signature);
  }), settings);
  if (ended !== undefined) throw ended;
  if (!details.failed) {
    const first = record.bySignature.get(signature)?.input;
    if (first) record.shrunk.set(signature, { counterexample: withState(toJson(first), state), seed: settings.seed, reproduced: false });
    return;
  }
  record.shrunk.set(signature, {
    counterexample: withState(toJson(details.counterexample ?? []), state),
    seed: details.seed,
    shrinks: details.numShrinks,
    reproduced: true,
    ...(details.counterexamplePath ? { path: details.counterexamplePath } : {}),
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
