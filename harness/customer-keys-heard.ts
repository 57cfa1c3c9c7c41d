import { BroadcastChannel, isMainThread } from "node:worker_threads";
import { CUSTOMER_KEY_CHANNEL, unreffed } from "./customer-key-secrets.ts";

/** Every form of every SSE-C key the run's worker threads sent, as they told it. */
const heard = new Set<string>();

// Listening from the moment this is loaded (the CLI loads it with the run command): before the run starts its workers.
if (isMainThread) {
  const channel = unreffed(new BroadcastChannel(CUSTOMER_KEY_CHANNEL));
  channel.onmessage = (event) => {
    const forms: unknown = event.data;
    if (Array.isArray(forms)) for (const form of forms) if (typeof form === "string") heard.add(form);
  };
}

/**
 * The SSE-C keys this run sent, in every form a report could show them in: the exact values, learnt
 * as the cases sent them, never guessed from what a report holds.
 */
export function customerKeysSent(): string[] {
  return [...heard];
}
