import { documented, inferred, type RuleTable } from "./rule.ts";

const PUT_OBJECT = "https://docs.aws.amazon.com/goto/WebAPI/mediastore-data-2017-09-01/PutObject";
const GET_OBJECT = "https://docs.aws.amazon.com/goto/WebAPI/mediastore-data-2017-09-01/GetObject";
const DESCRIBE_OBJECT = "https://docs.aws.amazon.com/goto/WebAPI/mediastore-data-2017-09-01/DescribeObject";
const DELETE_OBJECT = "https://docs.aws.amazon.com/goto/WebAPI/mediastore-data-2017-09-01/DeleteObject";
const LIST_ITEMS = "https://docs.aws.amazon.com/goto/WebAPI/mediastore-data-2017-09-01/ListItems";
/** The user guide's upload page: the 25 MB / 10 MB limits and chunked (streaming) uploads. */
const UPLOADING = "https://docs.aws.amazon.com/mediastore/latest/ug/objects-upload.html";
/** The user guide's delete page: deleting a folder's only object deletes the folder and the empty folders above it. */
const DELETING = "https://docs.aws.amazon.com/mediastore/latest/ug/objects-delete.html";

/** Rules of the MediaStore Data API (PutObject, GetObject, DescribeObject, DeleteObject, ListItems). */
export const MEDIASTORE_RULES = {
  "mediastore.put.stored": {
    statement: "PutObject of a valid path within the size limit answers 200 with a JSON body whose ContentSHA256 is the hex SHA-256 of the bytes and whose ETag is 1 to 64 hex digits",
    requirement: "MUST",
    provenance: documented(PUT_OBJECT),
  },
  "mediastore.put.storage-class-temporal": {
    statement: "PutObject answers StorageClass TEMPORAL, the only storage class, whether the request named it or left it to the default",
    requirement: "MUST",
    provenance: documented(PUT_OBJECT),
  },
  "mediastore.put.streaming-chunked": {
    statement: "PutObject with upload availability streaming and a chunked body of unknown length, within 10 MB, is stored: 200",
    requirement: "MUST",
    provenance: documented(UPLOADING),
  },
  "mediastore.put.streaming-readable-while-uploading": {
    statement: "An object uploaded with UploadAvailability streaming can be downloaded before its upload ends: GetObject answers 200 with bytes that are a prefix of those sent so far",
    requirement: "MUST",
    provenance: documented(PUT_OBJECT),
  },
  "mediastore.put.refused-stores-nothing": {
    statement: "A PutObject refused with a 4xx leaves no object at its path: DescribeObject of the path answers 404 ObjectNotFoundException",
    requirement: "MUST",
    provenance: inferred("an error answer reports a request that changed nothing; the upload limits of the user guide would not hold if a refused object stayed"),
  },
  "mediastore.size.standard-within-limit": {
    statement: "A standard-availability PutObject of up to 25 MB, read as 25 MiB (26,214,400 bytes), is stored: 200",
    requirement: "MUST",
    provenance: documented(UPLOADING),
  },
  "mediastore.size.standard-over-limit": {
    statement: "A standard-availability PutObject of more than 25 MiB is refused with a 4xx (the documentation names the limit, not the code)",
    requirement: "MUST",
    provenance: documented(UPLOADING),
  },
  "mediastore.size.streaming-within-limit": {
    statement: "A streaming-availability (chunked) PutObject of up to 10 MB, read as 10 MiB (10,485,760 bytes), is stored: 200",
    requirement: "MUST",
    provenance: documented(UPLOADING),
  },
  "mediastore.size.streaming-over-limit": {
    statement: "A streaming-availability (chunked) PutObject of more than 10 MiB is refused with a 4xx (the documentation names the limit, not the code)",
    requirement: "MUST",
    provenance: documented(UPLOADING),
  },
  "mediastore.path.valid-accepted": {
    statement: "PutObject of a Path of at most 900 characters and at most 10 folders, each name of A-Za-z0-9_.-~, is stored: 200, its missing folders created",
    requirement: "MUST",
    provenance: documented(PUT_OBJECT),
  },
  "mediastore.path.disallowed-character": {
    statement: "A Path with an empty name or a character outside A-Za-z0-9_.-~ breaks the API model's pattern and is refused with a 4xx",
    requirement: "MUST",
    provenance: documented(PUT_OBJECT),
  },
  "mediastore.path.too-many-folders": {
    statement: "A Path of more than 10 folders breaks the API model's pattern and is refused with a 4xx",
    requirement: "MUST",
    provenance: documented(PUT_OBJECT),
  },
  "mediastore.path.too-long": {
    statement: "A Path of more than 900 characters breaks the API model's length constraint and is refused with a 4xx",
    requirement: "MUST",
    provenance: documented(PUT_OBJECT),
  },
  "mediastore.get.whole-object": {
    statement: "GetObject of a stored object answers 200 with its bytes, Content-Length, the Content-Type and Cache-Control it was stored with, the ETag PutObject answered and an HTTP-date Last-Modified",
    requirement: "MUST",
    provenance: documented(GET_OBJECT),
  },
  "mediastore.describe.object-headers": {
    statement: "DescribeObject of a stored object answers 200 with Content-Length, the stored Content-Type and Cache-Control, the ETag PutObject answered and an HTTP-date Last-Modified, and no body",
    requirement: "MUST",
    provenance: documented(DESCRIBE_OBJECT),
  },
  "mediastore.range.satisfiable": {
    statement: "GetObject with a Range (bytes=first-last, first- or -suffix, the RFC 2616 14.35 header the GetObject page cites) starting inside the object answers 206 with the span, its Content-Range and Content-Length",
    requirement: "MUST",
    provenance: documented(GET_OBJECT),
  },
  "mediastore.range.not-satisfiable": {
    statement: "GetObject with a Range starting past the object's end answers 416 RequestedRangeNotSatisfiableException",
    requirement: "MUST",
    provenance: documented(GET_OBJECT),
  },
  "mediastore.not-found.object": {
    statement: "GetObject, DescribeObject and DeleteObject of a path with no object answer 404 ObjectNotFoundException",
    requirement: "MUST",
    provenance: documented(GET_OBJECT),
  },
  "mediastore.not-found.container": {
    statement: "A call on the endpoint of a container that does not exist answers 404 ContainerNotFoundException",
    requirement: "MUST",
    provenance: documented(LIST_ITEMS),
  },
  "mediastore.delete.removes-object": {
    statement: "DeleteObject of a stored object answers 200 and removes it: GetObject of the path then answers 404 ObjectNotFoundException",
    requirement: "MUST",
    provenance: documented(DELETE_OBJECT),
  },
  "mediastore.list.folders-and-objects": {
    statement: "ListItems of a folder answers 200 listing each direct subfolder (created on demand by PutObject) once as FOLDER and each object in it once as OBJECT with its ContentLength",
    requirement: "MUST",
    provenance: documented(LIST_ITEMS),
  },
  "mediastore.list.max-results": {
    statement: "ListItems with MaxResults answers 200 with pages of at most MaxResults items",
    requirement: "MUST",
    provenance: documented(LIST_ITEMS),
  },
  "mediastore.list.max-results-in-range": {
    statement: "ListItems with MaxResults from 1 to 1000, the documented valid range, answers 200 with a page",
    requirement: "MUST",
    provenance: documented(LIST_ITEMS),
  },
  "mediastore.list.max-results-out-of-range": {
    statement: "ListItems with MaxResults below 1 or above 1000, outside the documented valid range, is refused with a 4xx",
    requirement: "MUST",
    provenance: documented(LIST_ITEMS),
  },
  "mediastore.list.next-token-unknown": {
    statement: "ListItems with a NextToken no ListItems answer gave is refused with a 4xx rather than answered with a page",
    requirement: "SHOULD",
    provenance: inferred("the ListItems page: a NextToken identifies a batch of results a previous answer returned, and tokens expire after 15 minutes, so a token never issued names no batch"),
  },
  "mediastore.delete.empty-folders-removed": {
    statement: "DeleteObject of the only object below a folder deletes that folder and the folders above it left empty: ListItems no longer lists them",
    requirement: "MUST",
    provenance: documented(DELETING),
  },
  "mediastore.list.next-token": {
    statement: "ListItems answers a NextToken while items remain and none on the last page; following the tokens lists every item exactly once",
    requirement: "MUST",
    provenance: documented(LIST_ITEMS),
  },
} satisfies RuleTable;
