import { compactParams, sortParam, type SortItem } from '@/components/grid/grid-query';

export interface UserFilters {
  q: string;
  role: '' | 'admin' | 'operator';
  subscriber: '' | 'true' | 'false';
  suspended: '' | 'true' | 'false';
}

export const NO_USER_FILTERS: UserFilters = { q: '', role: '', subscriber: '', suspended: '' };
export const SORTABLE_USER_FIELDS = ['firstSeen', 'lastActive', 'username', 'balance', 'ordersCount', 'tokensSpent', 'usdPaid', 'subscriptionExpiresAt'] as const;

export function userListParams(filters: UserFilters, page?: number, size?: number, sort: SortItem[] = []): Record<string, string> {
  return compactParams({ ...filters, page, size, sort: sortParam(sort, SORTABLE_USER_FIELDS) });
}

/** What a signed token adjustment would leave, and whether wallet-service would refuse it (never below zero). */
export function balanceAfter(balance: number, amountText: string): { amount: number | null; after: number | null; problem: string | null } {
  const text = amountText.trim();
  if (text === '') return { amount: null, after: null, problem: null };
  if (!/^[+-]?\d+$/.test(text)) return { amount: null, after: null, problem: 'A whole number of tokens, with - to take them away.' };
  const amount = Number(text);
  if (amount === 0) return { amount, after: balance, problem: 'An adjustment of 0 changes nothing.' };
  const after = balance + amount;
  return { amount, after, problem: after < 0 ? `That would leave ${after}: a balance never goes below 0.` : null };
}

/** The role a user has for the promote control. */
export function roleOf(user: { admin?: boolean; operator?: boolean }): 'admin' | 'operator' | 'none' {
  return user.admin ? 'admin' : user.operator ? 'operator' : 'none';
}
