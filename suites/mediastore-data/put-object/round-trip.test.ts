import fc from "fast-check";
import { expectMediaStore } from "../../../harness/expect-mediastore.ts";
import { answeredEtag, putMediaObject, sha256Of } from "../../../fixtures/mediastore/operations.ts";
import { mediastoreConformance } from "../../../fixtures/mediastore/test.ts";
import { checkProperty } from "../../../harness/property.ts";
import { cacheControlValue } from "../../../generators/cache-control-value.ts";
import { mediastoreContentType } from "../../../generators/mediastore-content-type.ts";
import { mediastoreName } from "../../../generators/mediastore-name.ts";
import { objectBody } from "../../../generators/object-body.ts";
import { decideGet, decidePut } from "../../../oracle/mediastore/decide-mediastore.ts";

const PUT_OBJECT = "aws-docs:https://docs.aws.amazon.com/goto/WebAPI/mediastore-data-2017-09-01/PutObject";

mediastoreConformance(
  {
    id: "mediastore-data.put-object.headers.round-trip",
    protocol: "mediastore-data",
    operation: "PutObject",
    feature: "headers",
    requirement: "MUST",
    source: PUT_OBJECT,
    title: "PutObject answers the body's hex SHA-256, an ETag and TEMPORAL; GetObject gives back the bytes, Content-Type and Cache-Control",
  },
  async ({ run, ms, rootPath }) => {
    const input = fc.record({
      name: mediastoreName(),
      body: objectBody({ maxSize: 32_768 }),
      contentType: fc.option(mediastoreContentType(), { nil: undefined }),
      cacheControl: fc.option(cacheControlValue(), { nil: undefined }),
      storageClass: fc.constantFrom(undefined, "TEMPORAL"),
    });
    await checkProperty({ run }, [input], async ({ name, body, contentType, cacheControl, storageClass }) => {
      const full = rootPath(name);
      const sha256 = sha256Of(body);
      const put = await putMediaObject(ms, full, body, { contentType, cacheControl, storageClass });
      expectMediaStore(put, decidePut(sha256), `PutObject ${full}`);
      const stored = { size: body.length, sha256, etag: answeredEtag(put), ...(contentType ? { contentType } : {}), ...(cacheControl ? { cacheControl } : {}) };
      expectMediaStore(await ms.send({ method: "GET", path: full }), decideGet(stored), `GetObject ${full}`);
    }, { maxRuns: 50 });
  },
);
