import type fc from "fast-check";
import { COMPLETE_PART_PLANS, type CompletePartPlanName } from "../../../../generators/complete-part-plan.ts";
import type { BucketModel, UploadSlot } from "../bucket-model.ts";
import type { BucketUnderTest } from "../bucket-under-test.ts";
import { UploadPartCommand } from "./upload-part-command.ts";

/**
 * UploadPart of every part of a plan into a slot's upload, each checked as its own UploadPart: a few
 * parts of chosen sizes, so that Complete's listings then reach each of its answers (see COMPLETE_PART_PLANS).
 */
export class UploadPlanCommand implements fc.AsyncCommand<BucketModel, BucketUnderTest> {
  readonly slot: UploadSlot;
  readonly plan: CompletePartPlanName;
  readonly seed: number;

  constructor(slot: UploadSlot, plan: CompletePartPlanName, seed: number) {
    this.slot = slot;
    this.plan = plan;
    this.seed = seed;
  }

  check(model: Readonly<BucketModel>): boolean {
    return model.uploads.has(this.slot);
  }

  async run(model: BucketModel, real: BucketUnderTest): Promise<void> {
    for (const part of COMPLETE_PART_PLANS[this.plan]) await new UploadPartCommand(this.slot, part.partNumber, part.size, this.seed + part.partNumber).run(model, real);
  }

  toString(): string {
    return `UploadParts(slot ${this.slot}, ${this.plan}, seed ${this.seed})`;
  }
}
