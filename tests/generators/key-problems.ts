/** What makes a string unusable as an S3 key: empty, too long, lone surrogates, control characters. */
export function keyProblems(key: string, maxBytes: number): string[] {
  const problems: string[] = [];
  if (key.length === 0) problems.push("empty key");
  if (Buffer.byteLength(key) > maxBytes) problems.push(`${Buffer.byteLength(key)} bytes, over ${maxBytes}`);
  if (!key.isWellFormed()) problems.push(`lone surrogate in ${JSON.stringify(key)}`);
  if (/[\u0000-\u001f\u007f]/.test(key)) problems.push(`control character in ${JSON.stringify(key)}`);
  return problems;
}
