import { useState } from 'react';
import { toFieldErrors } from '@/api/errors';
import { useNotify } from '@/components/ui/toasts';
import { useOrderAction, type OrderAction } from '../api/order-actions';

/** Sends one order action; on failure keeps the form open with the API's error at its field. */
export function useActionForm(done: () => void, success: string) {
  const action = useOrderAction();
  const notify = useNotify();
  const [errors, setErrors] = useState<Record<string, string>>({});
  function submit(request: OrderAction) {
    setErrors({});
    action.mutate(request, {
      onSuccess: () => {
        notify('success', success);
        done();
      },
      onError: (error) => setErrors(toFieldErrors(error)),
    });
  }
  return { submit, errors, busy: action.isPending };
}
