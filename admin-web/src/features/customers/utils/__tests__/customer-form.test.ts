import { CUSTOMER_FIELDS, editBody, valuesOf } from '../customer-form';

describe('the customer edit form', () => {
  it('holds every field of the registration, and only those', () => {
    expect(CUSTOMER_FIELDS.map(([field]) => field)).toHaveLength(15);
  });
  it('reads a profile into text and sends emptied fields as null, trimmed otherwise', () => {
    const values = valuesOf({ firstName: 'Anna', email: 'anna@example.com', dateOfBirth: '1990-04-01' });
    expect(values.middleName).toBe('');
    const body = editBody({ ...values, firstName: '  Anna ', email: '' });
    expect(body.firstName).toBe('Anna');
    expect(body.email).toBeNull();
    expect(body.dateOfBirth).toBe('1990-04-01');
    expect(Object.keys(body)).toHaveLength(15);
  });
});
