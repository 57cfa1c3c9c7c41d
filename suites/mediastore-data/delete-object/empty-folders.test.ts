import { exercise, expectMediaStore } from "../../../harness/expect-mediastore.ts";
import { putMediaObject } from "../../../fixtures/mediastore/operations.ts";
import { listItems } from "../../../fixtures/mediastore/list-items.ts";
import type { MediaStoreSession } from "../../../transport/mediastore-session.ts";
import { mediastoreConformance } from "../../../fixtures/mediastore/test.ts";
import { failCheck } from "../../../harness/check-scope.ts";
import { DELETED, EMPTY_FOLDERS_RULE, LISTING_RULE, PUT_STORED } from "../../../oracle/mediastore/decide-mediastore.ts";

/** "TYPE Name" for each item ListItems lists in `folder`. */
async function listedNames(ms: MediaStoreSession, folder: string, what: string): Promise<string[]> {
  const { items } = await listItems(ms, folder, what);
  return items.map((item) => `${item.Type} ${item.Name}`);
}

mediastoreConformance(
  {
    id: "mediastore-data.delete-object.listing.empty-folders-removed",
    protocol: "mediastore-data",
    operation: "DeleteObject",
    feature: "listing",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/mediastore/latest/ug/objects-delete.html",
    title: "DeleteObject of a folder's only object deletes the folder and the empty folders above it (premium/canada/mlaw.ts)",
  },
  async ({ ms, folder }) => {
    // The case's folder keeps an object of its own, so it is listed before and after.
    expectMediaStore(await putMediaObject(ms, `${folder}/keep.ts`, Buffer.from("kept")), PUT_STORED, "PutObject keep.ts");
    const only = `${folder}/premium/canada/mlaw.ts`;
    expectMediaStore(await putMediaObject(ms, only, Buffer.from("the only object")), PUT_STORED, "PutObject premium/canada/mlaw.ts");
    const before = await listedNames(ms, folder, "ListItems of the case's folder before DeleteObject");
    if (!before.includes("FOLDER premium")) {
      failCheck({ rule: LISTING_RULE, field: "json Items", expected: "each direct subfolder as FOLDER and each object as OBJECT, once", observed: "a FOLDER missing", detail: `before DeleteObject: listed ${before.join(", ") || "nothing"}` });
    }
    expectMediaStore(await ms.send({ method: "DELETE", path: only }), DELETED, "DeleteObject premium/canada/mlaw.ts");
    const after = await listedNames(ms, folder, "ListItems of the case's folder after DeleteObject");
    exercise(EMPTY_FOLDERS_RULE);
    if (after.includes("FOLDER premium")) {
      failCheck({ rule: EMPTY_FOLDERS_RULE, field: "json Items", expected: "the emptied folders gone", observed: "an emptied FOLDER still listed", detail: `after deleting premium/canada/mlaw.ts, the only object below premium: listed ${after.join(", ")}` });
    }
  },
);
