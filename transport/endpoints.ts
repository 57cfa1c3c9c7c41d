/** Where requests go and how they are signed. */
export interface SignedEndpoint {
  /** Base URL, e.g. `http://127.0.0.1:4568`. */
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** PEM text of a private CA for https endpoints. */
  ca?: string;
}

export interface S3Endpoint extends SignedEndpoint {
  addressing: "path" | "virtual";
}

/** A MediaStore Data container endpoint, e.g. `http://conformance.localhost:4567`. */
export type MediaStoreEndpoint = SignedEndpoint;
