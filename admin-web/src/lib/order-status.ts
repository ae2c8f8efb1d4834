/** The order statuses admin-api reports (order-service's status machine, PRD §8.2, and the saga's two). */
export const ORDER_STATUSES = ['awaiting_tokens', 'pending', 'processing', 'assigned', 'completed', 'cancelled', 'rejected'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const STATUS_LABELS: Record<OrderStatus, string> = {
  awaiting_tokens: 'Awaiting tokens',
  pending: 'Pending',
  processing: 'Processing',
  assigned: 'Assigned',
  completed: 'Completed',
  cancelled: 'Cancelled',
  rejected: 'Rejected',
};

/**
 * What staff may move an order to with PUT /orders/{id}/status, by its status: order-service's machine without the
 * saga's own moves (awaiting_tokens → pending/rejected happen on the debit) and without processing → assigned, which
 * is an assignment to an operator (POST /orders/{id}/assign), not a status pick.
 */
const STAFF_MOVES: Record<OrderStatus, OrderStatus[]> = {
  awaiting_tokens: ['cancelled'],
  pending: ['processing', 'cancelled'],
  processing: ['cancelled'],
  assigned: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
  rejected: [],
};

export function isOrderStatus(value: string | undefined): value is OrderStatus {
  return (ORDER_STATUSES as readonly string[]).includes(value ?? '');
}

export function staffMovesFrom(status: string | undefined): OrderStatus[] {
  return isOrderStatus(status) ? STAFF_MOVES[status] : [];
}

/** The moves at least one of the selected orders allows: what a bulk status change offers (the others are refused, each told). */
export function movesOfAny(statuses: string[]): OrderStatus[] {
  const any = new Set(statuses.flatMap(staffMovesFrom));
  return ORDER_STATUSES.filter((status) => any.has(status));
}
