import fc from "fast-check";
import { MIN_PART_SIZE } from "../oracle/multipart/decide-multipart.ts";

/** One part a plan uploads: its number and size (the bytes come from the command's seed). */
export interface PlannedPartSize {
  partNumber: number;
  size: number;
}

/**
 * Part plans that, completed with a list in order, reversed, with a part left out or a part never
 * uploaded, reach each of CompleteMultipartUpload's answers: a 5 MiB part then a small last one
 * (completes; InvalidPartOrder reversed; InvalidPart with a stranger), two small parts (EntityTooSmall),
 * a gap in the numbers (completes), and one small part (completes alone).
 */
export const COMPLETE_PART_PLANS = {
  "minimum-then-small": [
    { partNumber: 1, size: MIN_PART_SIZE },
    { partNumber: 2, size: 1000 },
  ],
  "small-then-small": [
    { partNumber: 1, size: 1000 },
    { partNumber: 2, size: 10 },
  ],
  gapped: [
    { partNumber: 1, size: MIN_PART_SIZE },
    { partNumber: 3, size: 100 },
  ],
  "one-small": [{ partNumber: 1, size: 100 }],
} as const satisfies Record<string, readonly PlannedPartSize[]>;

export type CompletePartPlanName = keyof typeof COMPLETE_PART_PLANS;

/** The name of one of the plans; they shrink towards the first, the one that completes. */
export function completePartPlan(): fc.Arbitrary<CompletePartPlanName> {
  return fc.constantFrom(...(Object.keys(COMPLETE_PART_PLANS) as CompletePartPlanName[]));
}
