/** Whether the role claim admin-api answers at sign-in is the admins' (the other is "operator"). */
export function isAdmin(role: string | undefined): boolean {
  return role === 'admin';
}
