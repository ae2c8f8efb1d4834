/** One package's prices as typed in the table. */
export interface PriceRow {
  code: string;
  regular: string;
  subscriber: string;
  active: boolean;
}

export interface PriceEdit {
  code: string;
  regularPrice: number;
  subscriberPrice: number;
  active: boolean;
}

/** Why a row cannot be sent as it stands (the catalogue's own rules answer the rest), or null. */
export function priceProblem(row: PriceRow): string | null {
  const whole = /^\d+$/;
  if (!whole.test(row.regular.trim()) || !whole.test(row.subscriber.trim())) return 'Prices are whole numbers of tokens.';
  if (Number(row.subscriber) > Number(row.regular)) return 'The subscriber price cannot be above the regular one.';
  return null;
}

/** The rows that changed, as edits (unchanged ones are not sent: each edit is its own audited action). */
export function changedEdits(rows: PriceRow[], original: PriceRow[]): PriceEdit[] {
  return rows.filter((row) => {
    const before = original.find((o) => o.code === row.code);
    return !before || before.regular !== row.regular.trim() || before.subscriber !== row.subscriber.trim() || before.active !== row.active;
  }).map((row) => ({ code: row.code, regularPrice: Number(row.regular), subscriberPrice: Number(row.subscriber), active: row.active }));
}
