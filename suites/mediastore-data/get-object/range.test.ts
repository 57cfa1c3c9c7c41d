import fc from "fast-check";
import { GeneratedBody } from "../../../transport/body-stream.ts";
import { expectMediaStore } from "../../../harness/expect-mediastore.ts";
import { putMediaObject } from "../../../fixtures/mediastore/operations.ts";
import { mediastoreConformance } from "../../../fixtures/mediastore/test.ts";
import { checkProperty } from "../../../harness/property.ts";
import { rangeHeader } from "../../../generators/range-header.ts";
import { decideRangeGet, PUT_STORED } from "../../../oracle/mediastore/decide-mediastore.ts";

const GET_OBJECT = "aws-docs:https://docs.aws.amazon.com/goto/WebAPI/mediastore-data-2017-09-01/GetObject";

function rangeProperty(kind: "satisfiable" | "unsatisfiable") {
  return async ({ run, ms, rootPath }: Parameters<Parameters<typeof mediastoreConformance>[1]>[0]): Promise<void> => {
    const input = fc.integer({ min: 1, max: 8192 }).chain((size) => fc.tuple(fc.constant(size), fc.nat(0xffff), rangeHeader(size, [kind]).filter((range) => range !== "bytes=-0")));
    await checkProperty({ run }, [input], async ([size, seed, range]) => {
      const body = new GeneratedBody(size, seed);
      const path = rootPath("ranged.bin");
      expectMediaStore(await putMediaObject(ms, path, body), PUT_STORED, `PutObject of ${size} bytes`);
      const answer = await ms.send({ method: "GET", path, headers: { range } });
      expectMediaStore(answer, decideRangeGet(range, size, (first, last) => body.slice(first, last)), `GetObject with range ${range} of ${size} bytes`);
    }, { maxRuns: 40 });
  };
}

mediastoreConformance(
  {
    id: "mediastore-data.get-object.range.satisfiable",
    protocol: "mediastore-data",
    operation: "GetObject",
    feature: "range",
    requirement: "MUST",
    source: GET_OBJECT,
    title: "GetObject with bytes=first-last, first- or -suffix answers 206 with the span, Content-Range and Content-Length",
  },
  rangeProperty("satisfiable"),
);

mediastoreConformance(
  {
    id: "mediastore-data.get-object.range.not-satisfiable",
    protocol: "mediastore-data",
    operation: "GetObject",
    feature: "range",
    requirement: "MUST",
    source: GET_OBJECT,
    title: "GetObject with a range starting past the end is 416 RequestedRangeNotSatisfiableException",
  },
  rangeProperty("unsatisfiable"),
);
