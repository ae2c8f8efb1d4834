import { changedEdits, priceProblem } from '../price-edits';

const row = (code: string, regular: string, subscriber: string, active = true) => ({ code, regular, subscriber, active });

describe('catalogue price edits', () => {
  it('sends only the rows that changed', () => {
    const original = [row('SITES_100', '100', '85'), row('SITES_550', '550', '380')];
    expect(changedEdits([row('SITES_100', '100', '85'), row('SITES_550', '500', '380')], original))
      .toEqual([{ code: 'SITES_550', regularPrice: 500, subscriberPrice: 380, active: true }]);
    expect(changedEdits(original, original)).toEqual([]);
    expect(changedEdits([row('SITES_100', '100', '85', false)], original)).toHaveLength(1);
  });
  it('refuses prices that are no whole numbers or a subscriber price above the regular', () => {
    expect(priceProblem(row('A', '10.5', '5'))).toBe('Prices are whole numbers of tokens.');
    expect(priceProblem(row('A', '10', '12'))).toBe('The subscriber price cannot be above the regular one.');
    expect(priceProblem(row('A', '10', '10'))).toBeNull();
  });
});
