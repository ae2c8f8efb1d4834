import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, idempotencyKey } from '@/api/client';
import type { components } from '@/api/schema';

export type StaffView = components['schemas']['StaffView'];
export type NewAccount = components['schemas']['NewAccount'];

export function staffQuery() {
  return queryOptions({
    queryKey: ['staff'],
    queryFn: async ({ signal }) => dataOf(await api.GET('/api/admin/staff', { signal })) as StaffView[],
  });
}

export type StaffAction =
  | { kind: 'create'; account: NewAccount }
  | { kind: 'disable' | 'enable' | 'totp-reset'; id: string }
  | { kind: 'password'; id: string; password: string };

async function perform(action: StaffAction): Promise<unknown> {
  const headers = { 'Idempotency-Key': idempotencyKey() };
  if (action.kind === 'create') return dataOf(await api.POST('/api/admin/staff', { headers, body: action.account }));
  const params = { path: { id: action.id } };
  switch (action.kind) {
    case 'disable': return dataOf(await api.POST('/api/admin/staff/{id}/disable', { params, headers }));
    case 'enable': return dataOf(await api.POST('/api/admin/staff/{id}/enable', { params, headers }));
    case 'totp-reset': return dataOf(await api.POST('/api/admin/staff/{id}/totp/reset', { params, headers }));
    case 'password': return dataOf(await api.POST('/api/admin/staff/{id}/password', { params, headers, body: { password: action.password } }));
  }
}

export function useStaffAction() {
  const client = useQueryClient();
  return useMutation({ mutationFn: perform, onSuccess: () => client.invalidateQueries({ queryKey: ['staff'] }) });
}
