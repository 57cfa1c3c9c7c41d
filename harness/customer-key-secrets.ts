import { BroadcastChannel, isMainThread } from "node:worker_threads";
import { CUSTOMER_KEY_HEADERS } from "../oracle/sse/header-names.ts";

export const REDACTED = "<redacted>";

/** Shorter values are not secrets worth the name; a 0-byte key has no form at all. */
const SHORTEST_SECRET = 4;
/** Values shorter than this are replaced only as a whole word: `test` in `latest` is no leak. */
const SHORTEST_ANYWHERE = 16;
/** Key forms are at least this long (a 16-byte key's raw text); shorter ones could occur by chance. */
const SHORTEST_KEY_FORM = 16;

/**
 * Known secret values, replaced where they occur exactly: never a pattern, so an ETag, a body or any
 * other generated value that merely looks like a key (32 hex digits, base64) stays as it is. Found in
 * one pass with a rolling hash of each value's first characters, so thousands of keys cost little.
 */
export class ExactSecrets {
  private readonly byStart = new Map<number, string[]>();
  private readonly values = new Set<string>();

  constructor(values: Iterable<string> = []) {
    for (const value of values) this.add(value);
  }

  get size(): number {
    return this.values.size;
  }

  /** Adds a value; false when it was known already or is too short to be one. */
  add(value: string): boolean {
    if (value.length < SHORTEST_SECRET || this.values.has(value)) return false;
    this.values.add(value);
    const key = startHash(value, 0);
    const same = this.byStart.get(key) ?? [];
    // The longest first: of two values at one place, the longer is the secret shown.
    this.byStart.set(key, [...same, value].sort((a, b) => b.length - a.length));
    return true;
  }

  replaceIn(text: string): string {
    const matches = this.matches(text);
    if (matches.length === 0) return text;
    let replaced = "";
    let from = 0;
    for (const [at, length] of matches) {
      replaced += `${text.slice(from, at)}${REDACTED}`;
      from = at + length;
    }
    return replaced + text.slice(from);
  }

  /** Where the values occur, as [index, length], left to right and not overlapping. */
  private matches(text: string): Array<[number, number]> {
    const found: Array<[number, number]> = [];
    if (this.values.size === 0 || text.length < SHORTEST_SECRET) return found;
    let hash = startHash(text, 0);
    let free = 0;
    for (let at = 0; at + SHORTEST_SECRET <= text.length; at++) {
      if (at > 0) hash = rolled(hash, text.charCodeAt(at - 1), text.charCodeAt(at + SHORTEST_SECRET - 1));
      if (at < free) continue;
      const value = this.byStart.get(hash)?.find((candidate) => text.startsWith(candidate, at) && standsAlone(text, at, candidate.length));
      if (value === undefined) continue;
      found.push([at, value.length]);
      free = at + value.length;
    }
    return found;
  }
}

const BASE = 257;
const TOP = BASE ** (SHORTEST_SECRET - 1);

function startHash(text: string, at: number): number {
  let hash = 0;
  for (let index = at; index < at + SHORTEST_SECRET; index++) hash = (Math.imul(hash, BASE) + text.charCodeAt(index)) >>> 0;
  return hash;
}

function rolled(hash: number, leaving: number, entering: number): number {
  return (Math.imul((hash - Math.imul(leaving, TOP)) >>> 0, BASE) + entering) >>> 0;
}

function standsAlone(text: string, at: number, length: number): boolean {
  if (length >= SHORTEST_ANYWHERE) return true;
  return !isWordCharacter(text.charCodeAt(at - 1)) && !isWordCharacter(text.charCodeAt(at + length));
}

function isWordCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A key header's value and its decoded bytes as base64, hex and raw text: every form a report could show it in. */
export function customerKeyForms(value: string): string[] {
  const raw = Buffer.from(value, "base64");
  const forms = [value, raw.toString("base64"), raw.toString("hex"), raw.toString("hex").toUpperCase(), raw.toString("latin1")];
  return [...new Set(forms.filter((form) => form.length >= SHORTEST_KEY_FORM))];
}

/**
 * The cases run in worker threads; the report is written by the main thread. Each key a worker sends
 * is told to the main thread on this channel, so the CLI can hand the report writer the exact values to scrub.
 */
export const CUSTOMER_KEY_CHANNEL = "s3-conformance/customer-keys";

/** Every customer key this thread sent, in each form it could be printed in. */
const sentKeys = new ExactSecrets();
let channel: BroadcastChannel | undefined;

/** Remembers the customer keys a request carries, in every form, and tells the main thread the new ones. */
export function rememberCustomerKeys(headers: Record<string, string>): void {
  const forms: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (CUSTOMER_KEY_HEADERS.includes(name.toLowerCase())) forms.push(...customerKeyForms(value).filter((form) => sentKeys.add(form)));
  }
  if (forms.length === 0 || isMainThread) return;
  channel ??= unreffed(new BroadcastChannel(CUSTOMER_KEY_CHANNEL));
  channel.postMessage(forms);
}

/** The text with every form of every key this thread sent replaced by `<redacted>`, and nothing else. */
export function redactCustomerKeys(text: string): string {
  return sentKeys.replaceIn(text);
}

/** The channel, not keeping the process alive on its own. */
export function unreffed(open: BroadcastChannel): BroadcastChannel {
  (open as BroadcastChannel & { unref?: () => void }).unref?.();
  return open;
}
