/** The members of an If-Match / If-None-Match list, trimmed. */
function tagListMembers(list: string): string[] {
  return list.split(",").map((member) => member.trim()).filter(Boolean);
}

/** A tag without its surrounding quotes; S3 takes tags with or without them. */
export function withoutQuotes(tag: string): string {
  return /^".*"$/.test(tag) ? tag.slice(1, -1) : tag;
}

/** If-Match compares strongly: `*`, or a listed strong tag equal to the object's. */
export function strongMatch(list: string, etag: string): boolean {
  if (list.trim() === "*") return true;
  const tag = withoutQuotes(etag);
  return tagListMembers(list).some((member) => !member.startsWith("W/") && withoutQuotes(member) === tag);
}

/** If-None-Match compares weakly: `*`, or any listed tag, weak or not, equal to the object's. */
export function weakMatch(list: string, etag: string): boolean {
  if (list.trim() === "*") return true;
  const tag = withoutQuotes(etag);
  return tagListMembers(list).some((member) => withoutQuotes(member.replace(/^W\//, "")) === tag);
}
