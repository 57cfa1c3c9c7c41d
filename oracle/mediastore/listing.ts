import type { ExpectedMediaStoreAnswer } from "./expected-answer.ts";
import { MAX_LIST_RESULTS, MIN_LIST_RESULTS } from "./limits.ts";

/** The rule that ListItems lists each direct subfolder and object of the folder once. */
export const LISTING_RULE = "mediastore.list.folders-and-objects";
/** The rule that a page holds at most MaxResults items. */
export const MAX_RESULTS_RULE = "mediastore.list.max-results";
/** The rule that NextToken leads on until every item was listed once, and is absent on the last page. */
export const NEXT_TOKEN_RULE = "mediastore.list.next-token";

/** The rule that a folder left empty by DeleteObject is gone, and the empty folders above it. */
export const EMPTY_FOLDERS_RULE = "mediastore.delete.empty-folders-removed";

/** A page of ListItems: 200 and a JSON document (the items are compared with `decideListing` over all pages). */
export function decideListPage(maxResults?: number): ExpectedMediaStoreAnswer {
  return { rule: maxResults === undefined ? LISTING_RULE : MAX_RESULTS_RULE, status: 200, jsonDocument: true };
}

/** ListItems with this MaxResults: a page within the documented range 1 to 1000, some 4xx outside it (AWS names no code). */
export function decideMaxResults(maxResults: number): ExpectedMediaStoreAnswer {
  if (Number.isInteger(maxResults) && maxResults >= MIN_LIST_RESULTS && maxResults <= MAX_LIST_RESULTS) {
    return { rule: "mediastore.list.max-results-in-range", status: 200, jsonDocument: true };
  }
  return { rule: "mediastore.list.max-results-out-of-range", status: "4xx" };
}

/** ListItems with a NextToken the store never issued: some 4xx, never a page as if it named one. */
export const UNKNOWN_TOKEN_ANSWER: ExpectedMediaStoreAnswer = { rule: "mediastore.list.next-token-unknown", status: "4xx" };

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
export function decideListing(objects: Map<string, number>, folder: string): ListedEntry[] {
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
