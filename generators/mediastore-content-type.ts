import fc from "fast-check";

/** A Content-Type of the form the API model allows (`^[\w\-\/\.\+]{1,255}$`): media types without parameters. */
export function mediastoreContentType(): fc.Arbitrary<string> {
  return fc.constantFrom("video/mp4", "application/vnd.apple.mpegurl", "application/dash+xml", "video/MP2T", "audio/aac", "text/plain", "image/jpeg", "application/octet-stream");
}
