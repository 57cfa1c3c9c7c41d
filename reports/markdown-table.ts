export type Alignment = "left" | "right";

/**
 * A Markdown table whose columns are padded, so it also reads as plain text in a terminal.
 * `|` in a cell is escaped and line breaks become spaces.
 */
export function markdownTable(header: string[], rows: string[][], alignments: Alignment[] = []): string[] {
  const cells = [header, ...rows].map((row) => header.map((_, column) => escapeCell(row[column] ?? "")));
  const widths = header.map((_, column) => Math.max(3, ...cells.map((row) => row[column]!.length)));
  const alignmentOf = (column: number): Alignment => alignments[column] ?? "left";
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => (alignmentOf(column) === "right" ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join(" | ")} |`;
  const rule = `| ${widths.map((width, column) => (alignmentOf(column) === "right" ? `${"-".repeat(width - 1)}:` : "-".repeat(width))).join(" | ")} |`;
  const [head, ...body] = cells;
  return [line(head!), rule, ...body.map(line)];
}

function escapeCell(text: string): string {
  return text.replace(/\r?\n/g, " ").replaceAll("|", "\\|");
}
