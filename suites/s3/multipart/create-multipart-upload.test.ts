import fc from "fast-check";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { storeMultipart } from "../../../fixtures/s3/multipart-object.ts";
import { checkProperty } from "../../../harness/property.ts";
import { headObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { fillBody } from "../../../generators/body-of-size.ts";
import { storedHeaders } from "../../../generators/stored-headers.ts";
import { userMetadata } from "../../../generators/user-metadata.ts";
import { withoutEncryptionEcho } from "../../../oracle/answer-filters.ts";
import { multipartEtag, singlePartEtag } from "../../../oracle/entity-tags.ts";
import { decideReadBack } from "../../../oracle/read/decide-read.ts";

conformance(
  {
    id: "s3.create-multipart-upload.headers.reach-completed-object",
    protocol: "s3",
    operation: "CreateMultipartUpload",
    feature: "headers",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateMultipartUpload.html",
    title: "Every stored header and x-amz-meta-* sent with CreateMultipartUpload is what HEAD shows of the completed object, with its -N ETag",
  },
  async (context) => {
    const { s3, bucket } = context;
    const input = fc.tuple(storedHeaders(), userMetadata({ maxEntries: 4 }), fc.integer({ min: 0, max: 4096 }));
    await checkProperty(context, [input], async ([headers, metadata, size]) => {
      const part = fillBody(size, size);
      const object = await storeMultipart(s3, bucket, { key: "from-upload", headers, metadata }, [part]);
      const head = decideReadBack(object, "HEAD");
      // What HEAD shows is what CreateMultipartUpload stored; the ETag is the completed upload's.
      const expected = {
        ...head,
        rule: "multipart.create.headers-reach-object",
        fieldRules: { ...head.fieldRules, etag: "multipart.complete.etag-md5-of-part-md5s" },
        headers: { ...head.headers, etag: multipartEtag([singlePartEtag(part)]) },
      };
      expectAnswer(await headObject(s3, bucket, object.key), withoutEncryptionEcho(expected), "HEAD of the completed upload");
      // A plain upload first on every run, so the ETag is judged whatever headers the seed draws.
    }, { maxRuns: 25, examples: [[[{}, {}, 100]]] });
  },
);
