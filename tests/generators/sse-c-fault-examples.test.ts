import { expect, test } from "vitest";
import { everySseCFault } from "../../checks/s3/examples/sse-c-fault-examples.ts";
import { SSE_C_FAULTS } from "../../generators/sse-c-header-fault.ts";
import { WRONG_KEY_LENGTHS } from "../../generators/sse-wrong-length-key.ts";
import { customerKeyHeaderNames } from "../../oracle/sse/header-names.ts";

test("every SSE-C fault and every wrong key length appears once, the same for the same seed", () => {
  for (const seed of [1, 2, 31337]) {
    const examples = everySseCFault({ faults: SSE_C_FAULTS }, seed);
    expect(new Set(examples.map((example) => example.fault))).toEqual(new Set(SSE_C_FAULTS));
    const keyHeader = customerKeyHeaderNames("object").key;
    const lengths = examples.filter((example) => example.fault === "wrong-length-key").map((example) => Buffer.from(example.headers[keyHeader] ?? "", "base64").length);
    expect(lengths.sort((a, b) => a - b)).toEqual([...WRONG_KEY_LENGTHS]);
    expect(examples.length).toBe(SSE_C_FAULTS.length - 1 + WRONG_KEY_LENGTHS.length);
    expect(everySseCFault({ faults: SSE_C_FAULTS }, seed).map((example) => example.headers)).toEqual(examples.map((example) => example.headers));
  }
});
