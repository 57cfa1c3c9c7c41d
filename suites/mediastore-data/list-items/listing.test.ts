import fc from "fast-check";
import { ConformanceFailure } from "../../../harness/outcome.ts";
import { expectMediaStore } from "../../../fixtures/mediastore/expect-mediastore.ts";
import { putMediaObject } from "../../../fixtures/mediastore/operations.ts";
import { MediaStoreSession } from "../../../fixtures/mediastore/mediastore-session.ts";
import { CaseSkipped } from "../../../harness/case.ts";
import { CONTAINER_NOT_FOUND } from "../../../oracle/mediastore/answers.ts";
import { mediastoreConformance } from "../../../fixtures/mediastore/test.ts";
import { checkProperty } from "../../../harness/property.ts";
import { mediastorePath } from "../../../generators/mediastorePath.ts";
import { expectedListing, type ListedEntry } from "../../../oracle/mediastore/listing.ts";

const LIST_ITEMS = "aws-docs:https://docs.aws.amazon.com/goto/WebAPI/mediastore-data-2017-09-01/ListItems";

/** Every item of a folder, page by page, and the size of each page. */
async function listAll(ms: MediaStoreSession, folder: string, maxResults?: number): Promise<{ items: ListedEntry[]; pages: number[] }> {
  const items: ListedEntry[] = [];
  const pages: number[] = [];
  let token: string | undefined;
  do {
    const query = { Path: folder, ...(maxResults ? { MaxResults: String(maxResults) } : {}), ...(token ? { NextToken: token } : {}) };
    const answer = await ms.send({ method: "GET", path: "", query });
    expectMediaStore(answer, { status: 200 }, `ListItems ${JSON.stringify(query)}`);
    const page = answer.json as { Items?: ListedEntry[]; NextToken?: string };
    items.push(...(page.Items ?? []));
    pages.push(page.Items?.length ?? 0);
    token = page.NextToken;
    if (pages.length > 1000) throw new ConformanceFailure("ListItems never stopped answering a NextToken");
  } while (token);
  return { items, pages };
}

function describeItems(items: Array<{ Name: string; Type: string }>): string {
  return items.map((item) => `${item.Type === "FOLDER" ? "folder" : "object"} ${item.Name}`).sort().join(", ");
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
  async ({ run, task, ms, folder }) => {
    const paths = fc.uniqueArray(mediastorePath({ maxFolders: 2 }), { minLength: 1, maxLength: 8 });
    await checkProperty({ run, task, ms }, [paths], async (relative) => {
      const root = `${folder}/tree-${Math.random().toString(36).slice(2, 8)}`;
      const written = new Map<string, number>();
      for (const path of relative) {
        const body = Buffer.from(`body of ${path}`);
        const answer = await putMediaObject(ms, `${root}/${path}`, body);
        // A path can be a file in one write and a folder in another; only what was stored counts.
        if (answer.status === 200) written.set(path, body.length);
      }
      const expected = expectedListing(written, "");
      const { items } = await listAll(ms, root);
      if (describeItems(items) !== describeItems(expected)) {
        throw new ConformanceFailure(`ListItems ${root}: expected ${describeItems(expected)}; observed ${describeItems(items)}`);
      }
      for (const item of items.filter((entry) => entry.Type === "OBJECT")) {
        const want = expected.find((entry) => entry.Name === item.Name);
        if (item.ContentLength !== want?.ContentLength) throw new ConformanceFailure(`ListItems ${root}: ${item.Name} has ContentLength ${item.ContentLength}, expected ${want?.ContentLength}`);
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
  async ({ run, task, ms, folder }) => {
    const root = `${folder}/paged`;
    const count = 23;
    await Promise.all(Array.from({ length: count }, (_, index) => putMediaObject(ms, `${root}/item-${String(index).padStart(3, "0")}.ts`, Buffer.from(String(index)))));
    await checkProperty({ run, task, ms }, [fc.integer({ min: 1, max: 30 })], async (maxResults) => {
      const { items, pages } = await listAll(ms, root, maxResults);
      const names = items.map((item) => item.Name);
      if (pages.some((size) => size > maxResults)) throw new ConformanceFailure(`MaxResults ${maxResults}: a page held ${Math.max(...pages)} items`);
      if (new Set(names).size !== count || names.length !== count) throw new ConformanceFailure(`MaxResults ${maxResults}: listed ${names.length} items (${new Set(names).size} distinct), expected each of ${count} once`);
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
  },
  async ({ target, ms }) => {
    const missing = target.capabilities.mediastoreMissingContainerEndpoint;
    if (!missing) throw new CaseSkipped("needs the endpoint of a container that does not exist (the embedded emulator provides one)");
    const session = new MediaStoreSession({ ...ms.endpoint, endpoint: missing });
    expectMediaStore(await session.send({ method: "GET", path: "", query: {} }), CONTAINER_NOT_FOUND, "ListItems on a missing container");
    ms.requests += session.requests;
  },
);
