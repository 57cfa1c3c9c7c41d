// Requests a fault proxy can refuse (Faults.refuse), as a store that cannot clean up would.

/** Whether the proxy refuses a request. */
export type Refusal = (method: string, url: URL) => boolean;

/** DeleteBucket: DELETE of a bucket's own path, without a subresource. */
export const deleteBucket: Refusal = (method, url) => method === "DELETE" && url.pathname.split("/").filter(Boolean).length === 1 && url.search === "";

/** AbortMultipartUpload: DELETE naming an upload id. */
export const abortMultipartUpload: Refusal = (method, url) => method === "DELETE" && url.searchParams.has("uploadId");
