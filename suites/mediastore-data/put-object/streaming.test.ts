import fc from "fast-check";
import { GeneratedBody } from "../../../transport/body-stream.ts";
import { expectMediaStore } from "../../../harness/expect-mediastore.ts";
import { answeredEtag, putMediaObject } from "../../../fixtures/mediastore/operations.ts";
import { mediastoreConformance } from "../../../fixtures/mediastore/test.ts";
import { checkProperty } from "../../../harness/property.ts";
import { decideGet, decideStreamingPut } from "../../../oracle/mediastore/decide-mediastore.ts";

mediastoreConformance(
  {
    id: "mediastore-data.put-object.streaming.chunked-round-trip",
    protocol: "mediastore-data",
    operation: "PutObject",
    feature: "streaming",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/mediastore/latest/ug/objects-upload.html",
    title: "UploadAvailability streaming with a chunked body of unknown length is stored, answered with its SHA-256, and read back",
  },
  async ({ run, ms, rootPath }) => {
    const input = fc.tuple(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_048_576 })), fc.nat(0xffff));
    await checkProperty({ run }, [input], async ([size, seed]) => {
      const body = new GeneratedBody(size, seed);
      const path = rootPath("chunk.ts");
      const put = await putMediaObject(ms, path, body, { availability: "streaming", contentType: "video/MP2T" });
      expectMediaStore(put, decideStreamingPut(body.sha256()), `streaming PutObject of ${size} bytes`);
      const stored = { size, sha256: body.sha256(), etag: answeredEtag(put), contentType: "video/MP2T" };
      expectMediaStore(await ms.send({ method: "GET", path }), decideGet(stored), `GetObject of a streamed ${size} bytes`);
    }, { maxRuns: 20 });
  },
);
