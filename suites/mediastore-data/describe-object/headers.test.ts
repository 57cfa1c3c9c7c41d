import fc from "fast-check";
import { expectMediaStore } from "../../../harness/expect-mediastore.ts";
import { answeredEtag, putMediaObject, sha256Of } from "../../../fixtures/mediastore/operations.ts";
import { mediastoreConformance } from "../../../fixtures/mediastore/test.ts";
import { checkProperty } from "../../../harness/property.ts";
import { cacheControlValue } from "../../../generators/cache-control-value.ts";
import { mediastoreContentType } from "../../../generators/mediastore-content-type.ts";
import { objectBody } from "../../../generators/object-body.ts";
import { decideDescribe, DESCRIBE_NOT_FOUND, OBJECT_NOT_FOUND, PUT_STORED } from "../../../oracle/mediastore/decide-mediastore.ts";

const DESCRIBE_OBJECT = "aws-docs:https://docs.aws.amazon.com/goto/WebAPI/mediastore-data-2017-09-01/DescribeObject";

mediastoreConformance(
  {
    id: "mediastore-data.describe-object.headers.stored-object",
    protocol: "mediastore-data",
    operation: "DescribeObject",
    feature: "headers",
    requirement: "MUST",
    source: DESCRIBE_OBJECT,
    title: "DescribeObject answers ContentLength, ContentType, CacheControl, the PutObject ETag and an HTTP-date LastModified, without a body",
  },
  async ({ run, ms, rootPath }) => {
    const input = fc.tuple(objectBody({ maxSize: 8192 }), mediastoreContentType(), cacheControlValue());
    await checkProperty({ run }, [input], async ([body, contentType, cacheControl]) => {
      const path = rootPath("described.bin");
      const put = await putMediaObject(ms, path, body, { contentType, cacheControl });
      expectMediaStore(put, PUT_STORED, "PutObject");
      const stored = { size: body.length, sha256: sha256Of(body), etag: answeredEtag(put), contentType, cacheControl };
      expectMediaStore(await ms.send({ method: "HEAD", path }), decideDescribe(stored), `DescribeObject of ${body.length} bytes`);
    }, { maxRuns: 30 });
  },
);

mediastoreConformance(
  {
    id: "mediastore-data.describe-object.not-found.object-not-found",
    protocol: "mediastore-data",
    operation: "DescribeObject",
    feature: "not-found",
    requirement: "MUST",
    source: DESCRIBE_OBJECT,
    title: "DescribeObject and GetObject of a path with no object are 404 ObjectNotFoundException",
  },
  async ({ ms, rootPath }) => {
    expectMediaStore(await ms.send({ method: "HEAD", path: rootPath("missing.ts") }), DESCRIBE_NOT_FOUND, "DescribeObject of a missing object");
    expectMediaStore(await ms.send({ method: "GET", path: rootPath("missing.ts") }), OBJECT_NOT_FOUND, "GetObject of a missing object");
  },
);
