/** The role claim admin-api answers at sign-in ("admin" or "operator"). */
export type StaffRole = 'admin' | 'operator';

export function isAdmin(role: string | undefined): boolean {
  return role === 'admin';
}
