import fc from "fast-check";
import { checkProperty } from "../../../harness/property.ts";
import { storeReadable } from "../../../fixtures/s3/s3-operations.ts";
import type { CaseContext } from "../../../fixtures/s3/test.ts";
import { bodyOfSize, fillBody } from "../../../generators/body-of-size.ts";
import { rangeGrammarVariant, type RangeVariant } from "../../../generators/range-grammar-variant.ts";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { describeRead, sendRead } from "../../../fixtures/s3/send-read.ts";
import { nowSeconds } from "../../../harness/clock.ts";
import { decideRead, type ReadRequest } from "../../../oracle/read/decide-read.ts";

/** Values of every shape each variant is generated in, against a 100-byte and a 2-byte object. */
const VARIANT_FORMS: Record<RangeVariant, string[]> = {
  "unit-case": ["Bytes=0-9", "BYTES=90-", "bYtEs=-10"],
  "leading-zeros": ["bytes=00-09", "bytes=007-010", "bytes=090-", "bytes=-010"],
  "list-syntax": ["bytes=0-9,", "bytes=0-,", "bytes=,0-9", "bytes=0-9 ,", "bytes=, 90-", "bytes=-10,,", "bytes=,\t5-6"],
  whitespace: ["bytes =0-9", "bytes= 0-9", "bytes=0 -9", "bytes=0- 9", "bytes = 0 - 9", "bytes=\t0-9"],
  "empty-set": ["bytes=", "bytes=,", "bytes= ,", "bytes=,,"],
  "unknown-unit": ["items=0-9", "lines=90-", "none=-10", "x-bytes=0-0"],
  overlapping: ["bytes=0-5,3-8", "bytes=0-50, 10-20", "bytes=0-9,0-9", "bytes=-10 , 90-99,95-"],
};

/**
 * Range values that stretch the grammar (rangeGrammarVariant) against objects of 1 to 4096 bytes,
 * every shape against a 100-byte and a 2-byte object first (a range past the end answers otherwise); the whole answer must be the oracle's, or one of the
 * answers it allows where the specification leaves the server a choice.
 */
export function rangeVariantProperty(method: ReadRequest["method"], variants: RangeVariant[]) {
  return async (context: CaseContext): Promise<void> => {
    const { s3, bucket } = context;
    const sizes = fc.oneof(fc.integer({ min: 1, max: 16 }), fc.integer({ min: 17, max: 4096 }));
    const input = sizes.chain((size) => fc.tuple(bodyOfSize(size), rangeGrammarVariant(size, variants)));
    const forms = variants.flatMap((variant) => VARIANT_FORMS[variant]);
    const examples = [fillBody(100, 7), fillBody(2, 0)].flatMap((body) => forms.map((range) => [[body, range]]));
    await checkProperty(context, [input], async ([body, range]) => {
      const object = await storeReadable(s3, bucket, { key: "range-variant-object", body, headers: {}, metadata: {} });
      const request: ReadRequest = { method, headers: { range }, query: {} };
      const answer = await sendRead(s3, bucket, object.key, request);
      expectAnswer(answer, decideRead(object, request, nowSeconds()), `${describeRead(request)} of ${body.length} bytes`);
    }, { examples });
  };
}
