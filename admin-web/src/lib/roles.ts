/** Whether the role claim admin-api answers at sign-in is the admins' (the other is "operator"). */
export function isAdmin(role: string | undefined): boolean {
  return role === 'admin';
}

/** A role claim as a person reads it: "Admin", "Operator", or nothing for a customer. */
export function roleWord(role: string | undefined): string {
  return role === 'admin' ? 'Admin' : role === 'operator' ? 'Operator' : '';
}
