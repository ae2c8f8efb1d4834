import type { components } from '@/api/schema';

export type CustomerView = components['schemas']['CustomerView'];

/** The registration's fields, in the wizard's order, with the words a person reads. */
export const CUSTOMER_FIELDS = [
  ['firstName', 'First name'], ['middleName', 'Middle name'], ['lastName', 'Last name'], ['email', 'Email'],
  ['phone', 'Phone'], ['gender', 'Gender'], ['dateOfBirth', 'Date of birth (YYYY-MM-DD)'], ['streetAddress', 'Street address'],
  ['aptSuite', 'Apt / suite'], ['city', 'City'], ['state', 'State'], ['postalCode', 'Postal code'], ['country', 'Country'],
  ['telegramUsername', 'Telegram username'], ['instagramUsername', 'Instagram username'],
] as const;

export type CustomerField = (typeof CUSTOMER_FIELDS)[number][0];
export type CustomerValues = Record<CustomerField, string>;

export function valuesOf(customer: CustomerView): CustomerValues {
  return Object.fromEntries(CUSTOMER_FIELDS.map(([field]) => [field, String(customer[field] ?? '')])) as CustomerValues;
}

/** The edit's body: every field as text, an emptied one as null (order-service's customer rules decide the rest). */
export function editBody(values: CustomerValues): Record<CustomerField, string | null> {
  return Object.fromEntries(CUSTOMER_FIELDS.map(([field]) => {
    const text = values[field].trim();
    return [field, text === '' ? null : text];
  })) as Record<CustomerField, string | null>;
}

/** The edit as the grid's row shows it (an emptied field is no value). */
export function savedView(body: Record<CustomerField, string | null>): Partial<CustomerView> {
  return Object.fromEntries(Object.entries(body).map(([field, value]) => [field, value ?? undefined]));
}
