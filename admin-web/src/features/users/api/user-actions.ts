import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, idempotencyKey } from '@/api/client';

export type UserAction =
  | { kind: 'tokens'; id: string; amount: number; reason: string }
  | { kind: 'promote'; id: string; role: 'admin' | 'operator' | 'none' }
  | { kind: 'suspend' | 'activate' | 'erase'; id: string }
  | { kind: 'subscription'; id: string; action: 'grant' | 'extend' | 'cancel'; days?: number; reason: string }
  | { kind: 'message'; id: string; text: string };

async function perform(action: UserAction): Promise<unknown> {
  const params = { path: { id: action.id } };
  const headers = { 'Idempotency-Key': idempotencyKey() };
  switch (action.kind) {
    case 'tokens':
      return dataOf(await api.PUT('/api/admin/users/{id}/tokens', { params, headers, body: { amount: action.amount, reason: action.reason } }));
    case 'promote':
      return dataOf(await api.POST('/api/admin/users/{id}/promote', { params, headers, body: { role: action.role } }));
    case 'suspend':
      return dataOf(await api.POST('/api/admin/users/{id}/suspend', { params, headers }));
    case 'activate':
      return dataOf(await api.POST('/api/admin/users/{id}/activate', { params, headers }));
    case 'erase':
      return dataOf(await api.DELETE('/api/admin/users/{id}', { params, headers }));
    case 'subscription':
      return dataOf(await api.POST('/api/admin/users/{id}/subscription', { params, headers, body: { action: action.action, days: action.days, reason: action.reason } }));
    case 'message':
      return dataOf(await api.POST('/api/admin/users/{id}/message', { params, headers, body: { text: action.text } }));
  }
}

/** One action on one user; the users' lists and details are stale after it (the read model follows the owner's event). */
export function useUserAction() {
  const client = useQueryClient();
  return useMutation({ mutationFn: perform, onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }) });
}
