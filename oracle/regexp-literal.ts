/** `text` as a regular-expression source matching exactly that text. */
export function regexpLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
