import type { Encryption } from "./encryption.ts";

export interface UploadedPart {
  body: Buffer;
  /** Quoted. */
  etag: string;
  lastModified: number;
}

/** An open multipart upload: what CreateMultipartUpload asked for, and the parts so far. */
export interface MultipartUpload {
  uploadId: string;
  key: string;
  initiated: number;
  headers: Record<string, string>;
  metadata: Record<string, string>;
  storageClass: string;
  encryption: Encryption;
  parts: Map<number, UploadedPart>;
  /** The key's write count at creation: a conditional Complete conflicts with any write since. */
  keyWritesAtCreate: number;
}
