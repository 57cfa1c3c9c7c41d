import type { ComparedRow } from "./compare-reports.ts";

export interface RowGroup {
  protocol: string;
  operation: string;
  rows: ComparedRow[];
}

/** Consecutive rows of one protocol and operation (the rows come sorted protocol → operation → feature → id). */
export function groupRows(rows: ComparedRow[]): RowGroup[] {
  const groups: RowGroup[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last !== undefined && last.protocol === row.protocol && last.operation === row.operation) last.rows.push(row);
    else groups.push({ protocol: row.protocol, operation: row.operation, rows: [row] });
  }
  return groups;
}
