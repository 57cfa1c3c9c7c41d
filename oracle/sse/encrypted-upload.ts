import type { MultipartUpload } from "../multipart-upload.ts";
import type { ObjectEncryption } from "./object-encryption.ts";

/** An open multipart upload and the encryption CreateMultipartUpload gave it; its parts carry the ETags the store answered. */
export type EncryptedUpload = MultipartUpload & { encryption: ObjectEncryption };
