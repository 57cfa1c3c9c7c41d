import fc from "fast-check";
import { exercise, expectMediaStore } from "../../../harness/expect-mediastore.ts";
import { putMediaObject } from "../../../fixtures/mediastore/operations.ts";
import { listItems } from "../../../fixtures/mediastore/list-items.ts";
import { MediaStoreSession } from "../../../transport/mediastore-session.ts";
import { failCheck } from "../../../harness/check-scope.ts";
import { mediastoreConformance } from "../../../fixtures/mediastore/test.ts";
import { checkProperty } from "../../../harness/property.ts";
import { mediastorePath } from "../../../generators/mediastore-path.ts";
import { CONTAINER_NOT_FOUND, decideListing, type ListedEntry, LISTING_RULE, MAX_RESULTS_RULE, NEXT_TOKEN_RULE, PUT_STORED } from "../../../oracle/mediastore/decide-mediastore.ts";

const LIST_ITEMS = "aws-docs:https://docs.aws.amazon.com/goto/WebAPI/mediastore-data-2017-09-01/ListItems";

function describeItems(items: Array<{ Name: string; Type: string }>): string {
  return items.map((item) => `${item.Type === "FOLDER" ? "folder" : "object"} ${item.Name}`).sort().join(", ");
}

/** The kind of an item for a class: its Type when it is one of the model's, never a generated value. */
function kindOf(item: { Type: string }): string {
  return item.Type === "FOLDER" || item.Type === "OBJECT" ? item.Type : "item of another Type";
}

/**
 * How a listing differs from the expected one, in classes that do not depend on the generated names:
 * `a FOLDER missing; an extra OBJECT` (a folder listed as an object), undefined when it does not.
 */
function listingDifference(expected: ListedEntry[], observed: ListedEntry[]): string | undefined {
  const keyOf = (item: { Name: string; Type: string }) => `${item.Type}\n${item.Name}`;
  const counts = new Map<string, number>();
  for (const item of observed) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  const wanted = new Set(expected.map(keyOf));
  const classes = new Set<string>();
  for (const item of expected) if (!counts.has(keyOf(item))) classes.add(`a ${kindOf(item)} missing`);
  for (const item of observed) {
    if (!wanted.has(keyOf(item))) classes.add(`an extra ${kindOf(item)}`);
    else if ((counts.get(keyOf(item)) ?? 0) > 1) classes.add(`a ${kindOf(item)} listed more than once`);
  }
  return classes.size === 0 ? undefined : [...classes].sort().join("; ");
}

/** How a listing of `names` misses listing each of `expected` once, in classes; undefined when it does not. */
function onceEachDifference(expected: string[], names: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const classes: string[] = [];
  if (expected.some((name) => !counts.has(name))) classes.push("an object missing");
  if ([...counts.values()].some((count) => count > 1)) classes.push("an object listed more than once");
  if (names.some((name) => !expected.includes(name))) classes.push("an extra item");
  return classes.length === 0 ? undefined : classes.join("; ");
}

mediastoreConformance(
  {
    id: "mediastore-data.list-items.listing.folders-and-objects",
    protocol: "mediastore-data",
    operation: "ListItems",
    feature: "listing",
    requirement: "MUST",
    source: LIST_ITEMS,
    title: "ListItems of a folder answers its direct subfolders (created on demand by PutObject) as FOLDER and its objects as OBJECT with their length",
  },
  async ({ run, ms, folder }) => {
    const paths = fc.uniqueArray(mediastorePath({ maxFolders: 2 }), { minLength: 1, maxLength: 8 });
    await checkProperty({ run }, [paths], async (relative) => {
      const root = `${folder}/tree-${Math.random().toString(36).slice(2, 8)}`;
      const written = new Map<string, number>();
      for (const path of relative) {
        const body = Buffer.from(`body of ${path}`);
        const answer = await putMediaObject(ms, `${root}/${path}`, body);
        // A path can be a file in one write and a folder in another; only what was stored counts.
        if (answer.status === 200) written.set(path, body.length);
      }
      const expected = decideListing(written, "");
      exercise(NEXT_TOKEN_RULE);
      const { items } = await listItems(ms, root, "the case's folder");
      const difference = listingDifference(expected, items);
      if (difference) {
        failCheck({
          rule: LISTING_RULE,
          field: "json Items",
          expected: "each direct subfolder as FOLDER and each object as OBJECT, once",
          observed: difference,
          detail: `ListItems ${root}: expected ${describeItems(expected)}; observed ${describeItems(items)}`,
        });
      }
      for (const item of items.filter((entry) => entry.Type === "OBJECT")) {
        const want = expected.find((entry) => entry.Type === "OBJECT" && entry.Name === item.Name);
        if (item.ContentLength === want?.ContentLength) continue;
        failCheck({
          rule: LISTING_RULE,
          field: "json Items ContentLength",
          expected: "the object's length",
          observed: item.ContentLength === undefined ? "absent" : "other value",
          detail: `ListItems ${root}: ${item.Name} has ContentLength ${item.ContentLength}, expected ${want?.ContentLength}`,
        });
      }
    }, { maxRuns: 20 });
  },
);

mediastoreConformance(
  {
    id: "mediastore-data.list-items.listing.pagination",
    protocol: "mediastore-data",
    operation: "ListItems",
    feature: "listing",
    requirement: "MUST",
    source: LIST_ITEMS,
    title: "ListItems with MaxResults answers pages of at most that many items and a NextToken until every item was listed once",
  },
  async ({ run, ms, folder }) => {
    const root = `${folder}/paged`;
    const expected = Array.from({ length: 23 }, (_, index) => `item-${String(index).padStart(3, "0")}.ts`);
    const stored = await Promise.all(expected.map((name, index) => putMediaObject(ms, `${root}/${name}`, Buffer.from(String(index)))));
    stored.forEach((answer, index) => expectMediaStore(answer, PUT_STORED, `PutObject ${root}/${expected[index]}`));
    await checkProperty({ run }, [fc.integer({ min: 1, max: 30 })], async (maxResults) => {
      exercise(NEXT_TOKEN_RULE);
      const { items, pages } = await listItems(ms, root, `MaxResults ${maxResults}`, maxResults);
      const names = items.map((item) => item.Name);
      if (pages.some((size) => size > maxResults)) {
        failCheck({ rule: MAX_RESULTS_RULE, field: "json Items", expected: "at most MaxResults items a page", observed: "more items in a page", detail: `MaxResults ${maxResults}: a page held ${Math.max(...pages)} items` });
      }
      const difference = onceEachDifference(expected, names);
      if (difference) {
        failCheck({
          rule: NEXT_TOKEN_RULE,
          field: "json Items",
          expected: "each object listed once",
          observed: difference,
          detail: `MaxResults ${maxResults}: listed ${names.length} items (${new Set(names).size} distinct) over ${pages.length} pages, expected each of ${expected.length} once`,
        });
      }
    }, { maxRuns: 15 });
  },
);

mediastoreConformance(
  {
    id: "mediastore-data.list-items.not-found.container-not-found",
    protocol: "mediastore-data",
    operation: "ListItems",
    feature: "not-found",
    requirement: "MUST",
    source: LIST_ITEMS,
    title: "ListItems on the endpoint of a container that does not exist is 404 ContainerNotFoundException",
    requires: ["missing-container-endpoint"],
  },
  async ({ target, ms }) => {
    const missing = target.capabilities.mediastoreMissingContainerEndpoint;
    if (!missing) throw new Error("the case reaches for the endpoint of a missing container without requiring missing-container-endpoint");
    const session = new MediaStoreSession({ ...ms.endpoint, endpoint: missing });
    expectMediaStore(await session.send({ method: "GET", path: "", query: {} }), CONTAINER_NOT_FOUND, "ListItems on a missing container");
    ms.requests += session.requests;
  },
);
