import fc from "fast-check";

const PATH_CHARACTER = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-._~/%");

/** A website redirect location: a path starting with `/`, or an http:// or https:// URL. */
export function websiteRedirectLocation(): fc.Arbitrary<string> {
  const path = fc.string({ unit: PATH_CHARACTER, maxLength: 60 }).map((rest) => `/${rest}`);
  const host = fc.constantFrom("example.com", "example.org", "www.example.net");
  const url = fc.tuple(fc.constantFrom("http://", "https://"), host, path).map(([scheme, name, rest]) => `${scheme}${name}${rest}`);
  return fc.oneof(path, url);
}
