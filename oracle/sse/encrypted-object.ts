import type { ReadableObject } from "../read-answer.ts";
import type { ObjectEncryption } from "./object-encryption.ts";

/** A stored object as the read oracle sees it, and how it is encrypted. */
export type EncryptedObject = ReadableObject & { encryption: ObjectEncryption };
