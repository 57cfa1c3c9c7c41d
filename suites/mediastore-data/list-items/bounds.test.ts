import fc from "fast-check";
import { expectMediaStore } from "../../../harness/expect-mediastore.ts";
import { mediastoreConformance } from "../../../fixtures/mediastore/test.ts";
import { checkProperty } from "../../../harness/property.ts";
import { decideListPage, decideMaxResults, UNKNOWN_TOKEN_ANSWER } from "../../../oracle/mediastore/decide-mediastore.ts";

const LIST_ITEMS = "aws-docs:https://docs.aws.amazon.com/goto/WebAPI/mediastore-data-2017-09-01/ListItems";

mediastoreConformance(
  {
    id: "mediastore-data.list-items.listing.max-results-range",
    protocol: "mediastore-data",
    operation: "ListItems",
    feature: "listing",
    requirement: "MUST",
    source: LIST_ITEMS,
    title: "ListItems takes MaxResults from 1 to 1000 and refuses 0, negative values and values over 1000 with a 4xx",
  },
  async ({ run, ms }) => {
    // The bounds and their neighbours first, then values drawn inside and outside the range.
    const maxResults = fc.oneof(
      fc.integer({ min: 1, max: 1000 }),
      fc.integer({ min: -1000, max: -1 }),
      fc.integer({ min: 1002, max: 1_000_000 }),
    );
    await checkProperty({ run }, [maxResults], async (value) => {
      // The container's root: the answer's items are not judged here, only whether MaxResults is taken.
      const answer = await ms.send({ method: "GET", path: "", query: { MaxResults: String(value) } });
      expectMediaStore(answer, decideMaxResults(value), `ListItems with MaxResults ${value}`);
    }, { maxRuns: 12, examples: [[1], [1000], [0], [1001]] });
  },
);

mediastoreConformance(
  {
    id: "mediastore-data.list-items.listing.unknown-next-token",
    protocol: "mediastore-data",
    operation: "ListItems",
    feature: "listing",
    requirement: "SHOULD",
    source: LIST_ITEMS,
    title: "ListItems with a NextToken no answer gave is refused with a 4xx, not answered with a page",
  },
  async ({ ms, rootPath }) => {
    // The same ListItems without a token is a page: the refusal is the token's.
    expectMediaStore(await ms.send({ method: "GET", path: "" }), decideListPage(), "ListItems of the container's root");
    for (const token of [rootPath("never-issued"), "AAAAAAAAAAAAAAAAAAAAAAAA"]) {
      const answer = await ms.send({ method: "GET", path: "", query: { NextToken: token } });
      expectMediaStore(answer, UNKNOWN_TOKEN_ANSWER, "ListItems with a NextToken never issued");
    }
  },
);
