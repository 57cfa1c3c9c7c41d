import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bodyOfSize } from "../../generators/body-of-size.ts";
import { httpDate } from "../../generators/http-date.ts";
import { keyCharacter } from "../../generators/key-character.ts";
import { keyOfExactLength } from "../../generators/key-of-exact-length.ts";
import { malformedContentMd5 } from "../../generators/malformed-content-md5.ts";
import { objectBody } from "../../generators/object-body.ts";
import { objectKey } from "../../generators/object-key.ts";
import { storedHeaders } from "../../generators/stored-headers.ts";
import { storedObject } from "../../generators/stored-object.ts";
import { userMetadata } from "../../generators/user-metadata.ts";
import { websiteRedirectLocation } from "../../generators/website-redirect-location.ts";
import { STORED_HEADER_NAMES } from "../../oracle/stored-object.ts";
import { keyProblems } from "./key-problems.ts";

/** Each generator with the rule every value it makes must keep: a list of problems, empty when valid. */
const GENERATORS: Array<{ name: string; arbitrary: fc.Arbitrary<unknown>; problems: (value: never) => string[] }> = [
  // One grapheme: a combining or emoji sequence may take several code points.
  { name: "keyCharacter", arbitrary: keyCharacter(), problems: (char: string) => [...keyProblems(char, 64), ...(char.includes("/") ? ["a slash"] : [])] },
  { name: "objectKey", arbitrary: objectKey(), problems: (key: string) => keyProblems(key, 1024) },
  {
    name: "objectKey without slashes",
    arbitrary: objectKey({ withSlashes: false, maxBytes: 200 }),
    problems: (key: string) => [...keyProblems(key, 200), ...(key.includes("/") ? ["has a slash"] : [])],
  },
  {
    name: "keyOfExactLength(1024)",
    arbitrary: keyOfExactLength(1024),
    problems: (key: string) => [
      ...keyProblems(key, 1024),
      ...(Buffer.byteLength(key) === 1024 ? [] : [`${Buffer.byteLength(key)} bytes`]),
      ...key.split("/").filter((segment) => Buffer.byteLength(segment) > 200).map(() => "segment over 200 bytes"),
    ],
  },
  { name: "keyOfExactLength(1025)", arbitrary: keyOfExactLength(1025), problems: (key: string) => (Buffer.byteLength(key) === 1025 ? [] : [`${Buffer.byteLength(key)} bytes`]) },
  {
    name: "userMetadata",
    arbitrary: userMetadata(),
    problems: (metadata: Record<string, string>) => {
      const entries = Object.entries(metadata);
      const size = entries.reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + Buffer.byteLength(value), 0);
      return [
        ...entries.filter(([name]) => !/^[a-z][a-z0-9_-]*$/.test(name)).map(([name]) => `name ${name}`),
        ...entries.filter(([, value]) => !/^([\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?)?$/.test(value)).map(([, value]) => `value ${JSON.stringify(value)}`),
        ...(size > 2048 ? [`${size} bytes of metadata`] : []),
      ];
    },
  },
  { name: "objectBody", arbitrary: objectBody({ maxSize: 4096 }), problems: (body: Buffer) => (Buffer.isBuffer(body) && body.length <= 4096 ? [] : ["not a buffer of at most 4096 bytes"]) },
  { name: "bodyOfSize(300)", arbitrary: bodyOfSize(300), problems: (body: Buffer) => (body.length === 300 ? [] : [`${body.length} bytes`]) },
  {
    name: "httpDate",
    arbitrary: httpDate(),
    problems: (date: string) => (new Date(date).toUTCString() === date && date.endsWith(" GMT") ? [] : [`not an IMF-fixdate: ${date}`]),
  },
  {
    name: "storedHeaders",
    arbitrary: storedHeaders(),
    problems: (headers: Record<string, string>) => [
      ...Object.keys(headers).filter((name) => !(STORED_HEADER_NAMES as readonly string[]).includes(name)),
      ...Object.values(headers).filter((value) => !/^[\x20-\x7e]+$/.test(value)),
    ],
  },
  {
    name: "malformedContentMd5",
    arbitrary: malformedContentMd5(),
    problems: (value: string) => (/^[A-Za-z0-9+/]{22}==$/.test(value) && Buffer.from(value, "base64").length === 16 ? ["a well-formed digest"] : []),
  },
  {
    name: "websiteRedirectLocation",
    arbitrary: websiteRedirectLocation(),
    problems: (location: string) => (/^(\/|https?:\/\/)/.test(location) && location.length <= 2048 ? [] : [`bad location ${location}`]),
  },
  {
    name: "storedObject",
    arbitrary: storedObject({ body: { maxSize: 2048 } }),
    problems: (object: { key: string; body: Buffer }) => [...keyProblems(object.key, 1024), ...(Buffer.isBuffer(object.body) ? [] : ["body"])],
  },
];

describe.each(GENERATORS)("$name", ({ arbitrary, problems }) => {
  test("makes only valid values", () => {
    const invalid = fc.sample(arbitrary, { seed: 7, numRuns: 300 }).flatMap((value) => problems(value as never));
    expect(invalid).toEqual([]);
  });

  test("makes the same values from the same seed, and others from another", () => {
    const first = fc.sample(arbitrary, { seed: 42, numRuns: 30 });
    expect(fc.sample(arbitrary, { seed: 42, numRuns: 30 })).toEqual(first);
    expect(fc.sample(arbitrary, { seed: 43, numRuns: 30 })).not.toEqual(first);
  });
});

test("objectKey reaches the hard cases: unicode, spaces, empty and dot segments", () => {
  const keys = fc.sample(objectKey(), { seed: 1, numRuns: 2000 });
  expect(keys.some((key) => /[^\x00-\x7f]/.test(key))).toBe(true);
  expect(keys.some((key) => key.includes(" "))).toBe(true);
  expect(keys.some((key) => key.includes("//") || key.startsWith("/"))).toBe(true);
  expect(keys.some((key) => key.split("/").includes(".."))).toBe(true);
});

test("objectBody makes empty and one-byte bodies", () => {
  const sizes = new Set(fc.sample(objectBody(), { seed: 3, numRuns: 200 }).map((body) => body.length));
  expect(sizes.has(0)).toBe(true);
  expect(sizes.has(1)).toBe(true);
  expect([...sizes].some((size) => size > 1024)).toBe(true);
});
