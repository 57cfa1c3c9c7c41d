import { expectMediaStore } from "../../../harness/expect-mediastore.ts";
import { putMediaObject } from "../../../fixtures/mediastore/operations.ts";
import { mediastoreConformance } from "../../../fixtures/mediastore/test.ts";
import { DELETED, GONE_AFTER_DELETE, OBJECT_NOT_FOUND, PUT_STORED } from "../../../oracle/mediastore/decide-mediastore.ts";

mediastoreConformance(
  {
    id: "mediastore-data.delete-object.not-found.gone-afterwards",
    protocol: "mediastore-data",
    operation: "DeleteObject",
    feature: "not-found",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/goto/WebAPI/mediastore-data-2017-09-01/DeleteObject",
    title: "After DeleteObject, GetObject and a second DeleteObject of the path are 404 ObjectNotFoundException",
  },
  async ({ ms, rootPath }) => {
    const path = rootPath("0001.ts");
    expectMediaStore(await putMediaObject(ms, path, Buffer.from("to be deleted")), PUT_STORED, "PutObject");
    expectMediaStore(await ms.send({ method: "DELETE", path }), DELETED, "DeleteObject");
    expectMediaStore(await ms.send({ method: "GET", path }), GONE_AFTER_DELETE, "GetObject after DeleteObject");
    expectMediaStore(await ms.send({ method: "DELETE", path }), OBJECT_NOT_FOUND, "DeleteObject again");
  },
);
