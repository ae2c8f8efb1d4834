import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { catalogueQuery, useEditPrices, type PartOutcome } from '@/features/catalogue/api/catalogue-api';
import { changedEdits, priceProblem, type PriceRow } from '@/features/catalogue/utils/price-edits';
import { FormError } from '@/components/ui/field';
import { messageOf } from '@/api/errors';
import { formatCount } from '@/utils/format';

const toRows = (entries: { code?: string; regularPrice?: number; subscriberPrice?: number; active?: boolean }[]): PriceRow[] =>
  entries.map((e) => ({ code: e.code ?? '', regular: String(e.regularPrice ?? 0), subscriber: String(e.subscriberPrice ?? 0), active: e.active ?? true }));

const savedOnly = (typed: Record<string, PriceRow>, outcomes: PartOutcome[]) =>
  Object.fromEntries(Object.entries(typed).filter(([code]) => outcomes.some((o) => o.id === code && o.outcome === 'done')));

/** The packages' regular and subscriber prices; orders keep the price they were placed at. */
export default function CatalogueRoute() {
  const catalogue = useQuery(catalogueQuery());
  const edit = useEditPrices();
  // what is being typed, over the latest catalogue (which keeps refreshing underneath)
  const [typed, setTyped] = useState<Record<string, PriceRow>>({});
  const [outcomes, setOutcomes] = useState<PartOutcome[]>([]);
  const original = toRows(catalogue.data ?? []);
  const shown = original.map((row) => typed[row.code] ?? row);
  const problems = shown.map(priceProblem);
  const edits = changedEdits(shown, original);
  // a saved price stays shown until the catalogue itself says it (order-service's event, a moment later)
  useEffect(() => setTyped((kept) => Object.fromEntries(Object.entries(kept).filter(([code, row]) => {
    const now = original.find((o) => o.code === code);
    return !now || now.regular !== row.regular || now.subscriber !== row.subscriber || now.active !== row.active;
  }))), [catalogue.data]);
  const set = (index: number, change: Partial<PriceRow>) => setTyped({ ...typed, [shown[index].code]: { ...shown[index], ...change } });
  return (
    <section className="page" aria-labelledby="catalogue-title">
      <div className="page-head"><h1 id="catalogue-title">Catalogue</h1></div>
      {catalogue.isError && <p role="alert" className="alert alert-error">{messageOf(catalogue.error)}</p>}
      <form className="card stack" onSubmit={(event) => { event.preventDefault(); edit.mutate(edits, { onSuccess: (answer) => { setOutcomes(answer); setTyped(savedOnly(typed, answer)); } }); }}>
        <p className="hint">Prices in tokens. Orders keep the price they were placed at.</p>
        <div className="table-scroll">
        <table className="table">
          <thead><tr><th scope="col">Package</th><th scope="col" className="num">Sites</th><th scope="col">Regular</th><th scope="col">Subscriber</th><th scope="col">Offered</th></tr></thead>
          <tbody>
            {shown.map((row, index) => {
              const entry = catalogue.data?.find((e) => e.code === row.code);
              return (
                <tr key={row.code}>
                  <th scope="row">{entry?.name ?? row.code}<div className="hint">{row.code}{problems[index] && <span className="field-error" role="alert"> {problems[index]}</span>}</div></th>
                  <td className="num">{formatCount(entry?.sitesCount)}</td>
                  <td><input aria-label={`Regular price of ${entry?.name ?? row.code}`} inputMode="numeric" value={row.regular} aria-invalid={Boolean(problems[index])} onChange={(e) => set(index, { regular: e.target.value })} /></td>
                  <td><input aria-label={`Subscriber price of ${entry?.name ?? row.code}`} inputMode="numeric" value={row.subscriber} aria-invalid={Boolean(problems[index])} onChange={(e) => set(index, { subscriber: e.target.value })} /></td>
                  <td><input type="checkbox" aria-label={`${entry?.name ?? row.code} offered`} checked={row.active} onChange={(e) => set(index, { active: e.target.checked })} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
        </div>
        {edit.isError && <FormError message={messageOf(edit.error)} />}
        {outcomes.length > 0 && (
          <ul className="plain-list" role="status">
            {outcomes.map((o) => <li key={o.id} className={o.outcome === 'done' ? '' : 'field-error'}>{o.id}: {o.outcome === 'done' ? 'saved' : `${o.outcome} ${o.message ?? ''}`}</li>)}
          </ul>
        )}
        <div className="form-actions">
          <button type="button" className="button" disabled={edits.length === 0} onClick={() => setTyped({})}>Undo changes</button>
          <button type="submit" className="button button-primary" disabled={edits.length === 0 || problems.some(Boolean) || edit.isPending}>
            Save {edits.length > 0 ? `${edits.length} change${edits.length > 1 ? 's' : ''}` : 'changes'}
          </button>
        </div>
      </form>
    </section>
  );
}
