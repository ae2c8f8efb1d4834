import { useFormErrors } from '@/components/ui/use-form-errors';
import { useOrderAction } from '../api/order-actions';

/** Sends one order action; on failure keeps the form open with the API's error at its field. */
export function useActionForm(done: () => void, success: string) {
  return useFormErrors(useOrderAction(), done, success);
}
