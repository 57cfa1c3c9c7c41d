import type { ExpectedMediaStoreAnswer } from "./expected-answer.ts";

/** The rule that ListItems lists each direct subfolder and object of the folder once. */
export const LISTING_RULE = "mediastore.list.folders-and-objects";
/** The rule that a page holds at most MaxResults items. */
export const MAX_RESULTS_RULE = "mediastore.list.max-results";
/** The rule that NextToken leads on until every item was listed once, and is absent on the last page. */
export const NEXT_TOKEN_RULE = "mediastore.list.next-token";

/** A page of ListItems: 200 (the items are compared with `expectedListing` over all pages). */
export function expectedListPage(maxResults?: number): ExpectedMediaStoreAnswer {
  return { rule: maxResults === undefined ? LISTING_RULE : MAX_RESULTS_RULE, status: 200 };
}

/** An item of a ListItems answer. */
export interface ListedEntry {
  Name: string;
  Type: "OBJECT" | "FOLDER";
  ContentLength?: number;
}

/**
 * What ListItems of `folder` must answer, given the objects stored (relative path to length):
 * each direct subfolder once as FOLDER (folders exist while an object lies below them) and each
 * object directly in the folder as OBJECT with its length.
 */
export function expectedListing(objects: Map<string, number>, folder: string): ListedEntry[] {
  const prefix = folder === "" ? "" : `${folder}/`;
  const folders = new Set<string>();
  const entries: ListedEntry[] = [];
  for (const [path, length] of objects) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    const slash = rest.indexOf("/");
    if (slash >= 0) folders.add(rest.slice(0, slash));
    else entries.push({ Name: rest, Type: "OBJECT", ContentLength: length });
  }
  return [...[...folders].map((name) => ({ Name: name, Type: "FOLDER" as const })), ...entries];
}
