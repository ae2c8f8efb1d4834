import { useState, type FormEvent } from 'react';
import { useEditCustomer } from '../api/customers-api';
import { CUSTOMER_FIELDS, editBody, savedView, valuesOf, type CustomerField, type CustomerView } from '../utils/customer-form';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { FormError, TextField } from '@/components/ui/field';

interface CustomerEditFormProps {
  customer: CustomerView;
  /** With the profile as saved: the grid shows it at once, before admin-api's read model has caught up. */
  onSaved: (saved: CustomerView) => void;
  onCancel: () => void;
}

/** Every field of the profile; what order-service's customer rules refuse is said under the field it concerns. */
export function CustomerEditForm({ customer, onSaved, onCancel }: CustomerEditFormProps) {
  const [values, setValues] = useState(() => valuesOf(customer));
  const { submit, errors, busy } = useFormErrors(useEditCustomer(), () => onSaved({ ...customer, ...savedView(editBody(values)) }), 'Customer profile saved.');
  const set = (field: CustomerField) => (event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [field]: event.target.value });
  function send(event: FormEvent) {
    event.preventDefault();
    if (customer.profileId) submit({ id: customer.profileId, body: editBody(values) });
  }
  return (
    <form className="form-grid" onSubmit={send} aria-label="Edit customer" noValidate>
      <FormError message={errors.root} />
      {CUSTOMER_FIELDS.map(([field, label]) => (
        <TextField key={field} label={label} name={field} value={values[field]} error={errors[field]} onChange={set(field)}
          type={field === 'email' ? 'email' : 'text'} autoComplete="off" />
      ))}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>Cancel</button>
        <button type="submit" className="button button-primary" disabled={busy}>Save profile</button>
      </div>
    </form>
  );
}
