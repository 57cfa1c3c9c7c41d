import type { ProfileVerdictName } from "./profile-types.ts";

/** Each verdict's symbol and colour (white text on it keeps a 4.5:1 contrast); the words always go with them. */
export const VERDICT_STYLE: Record<ProfileVerdictName, { symbol: string; colour: string }> = {
  conformant: { symbol: "✓", colour: "#2e7d32" },
  "conformant non-strict": { symbol: "≈", colour: "#6b6b00" },
  "not conformant": { symbol: "✗", colour: "#c62828" },
  incomplete: { symbol: "!", colour: "#b34700" },
  "not tested": { symbol: "–", colour: "#5f5f5f" },
};
