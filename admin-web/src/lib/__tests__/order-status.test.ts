import { movesOfAny, staffMovesFrom } from '../order-status';

describe('the status modal offers only what the status machine allows staff', () => {
  it('moves a pending order to processing or cancels it', () => {
    expect(staffMovesFrom('pending')).toEqual(['processing', 'cancelled']);
  });
  it('assigns a processing order through assignment, so the modal offers only cancel', () => {
    expect(staffMovesFrom('processing')).toEqual(['cancelled']);
  });
  it('completes or cancels an assigned order', () => {
    expect(staffMovesFrom('assigned')).toEqual(['completed', 'cancelled']);
  });
  it('offers nothing for a finished order or an unknown status', () => {
    expect(staffMovesFrom('completed')).toEqual([]);
    expect(staffMovesFrom('cancelled')).toEqual([]);
    expect(staffMovesFrom('rejected')).toEqual([]);
    expect(staffMovesFrom('shipped')).toEqual([]);
    expect(staffMovesFrom(undefined)).toEqual([]);
  });
  it('leaves the saga its own moves: an order awaiting tokens can only be cancelled', () => {
    expect(staffMovesFrom('awaiting_tokens')).toEqual(['cancelled']);
  });
  it('offers a bulk change every move one of the selected orders allows, in the machine order', () => {
    expect(movesOfAny(['assigned', 'pending'])).toEqual(['processing', 'completed', 'cancelled']);
    expect(movesOfAny(['completed'])).toEqual([]);
    expect(movesOfAny([])).toEqual([]);
  });
});
