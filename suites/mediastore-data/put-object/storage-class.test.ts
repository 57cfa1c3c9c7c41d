import { expectMediaStore } from "../../../harness/expect-mediastore.ts";
import { putMediaObject, sha256Of } from "../../../fixtures/mediastore/operations.ts";
import { mediastoreConformance } from "../../../fixtures/mediastore/test.ts";
import { decidePut } from "../../../oracle/mediastore/decide-mediastore.ts";

mediastoreConformance(
  {
    id: "mediastore-data.put-object.storage-class.temporal",
    protocol: "mediastore-data",
    operation: "PutObject",
    feature: "storage-class",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/goto/WebAPI/mediastore-data-2017-09-01/PutObject",
    title: "PutObject with StorageClass TEMPORAL, and without one (the default), answers StorageClass TEMPORAL",
  },
  async ({ ms, rootPath }) => {
    const body = Buffer.from("segment-0001");
    for (const storageClass of ["TEMPORAL", undefined]) {
      const answer = await putMediaObject(ms, rootPath("segment.ts"), body, storageClass ? { storageClass } : {});
      expectMediaStore(answer, decidePut(sha256Of(body)), `PutObject with StorageClass ${storageClass ?? "absent"}`);
    }
  },
);
