/** How an AG Grid infinite block becomes admin-api's page/size/sort (pure, so it is unit-tested without a grid). */
export interface SortItem {
  colId: string;
  sort: 'asc' | 'desc';
}

/** Blocks are whole pages: the grid asks for rows [startRow, endRow) with endRow - startRow = the block size. */
export function pageOf(startRow: number, endRow: number): { page: number; size: number } {
  const size = Math.max(1, endRow - startRow);
  return { page: Math.floor(startRow / size), size };
}

/** "field,asc|desc" for the first sorted column the list can sort by; the list's default when none. */
export function sortParam(sortModel: SortItem[], sortable: readonly string[]): string | undefined {
  const first = sortModel.find((item) => sortable.includes(item.colId));
  return first ? `${first.colId},${first.sort}` : undefined;
}

/** Query parameters with the empty ones left out and text trimmed, so the URL says only what is filtered. */
export function compactParams(params: Record<string, string | number | boolean | null | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    const text = String(value).trim();
    if (text.length > 0) out[key] = text;
  }
  return out;
}

/** The row count the grid is told: the total once known, so it stops asking past the end. */
export function lastRowOf(page: number, size: number, rowsOnPage: number, total: number | undefined): number {
  if (typeof total === 'number') return total;
  return rowsOnPage < size ? page * size + rowsOnPage : -1;
}
