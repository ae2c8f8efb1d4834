import { useState } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { toFieldErrors } from '@/api/errors';
import { useNotify } from '@/components/ui/toasts';

/**
 * Sends a form through `mutation`: on success a toast and `done`; on failure the form stays open with the API's
 * message under the field it named (or at the top of the form).
 */
export function useFormErrors<T>(mutation: UseMutationResult<unknown, Error, T>, done: () => void, success: string) {
  const notify = useNotify();
  const [errors, setErrors] = useState<Record<string, string>>({});
  function submit(request: T) {
    setErrors({});
    mutation.mutate(request, {
      onSuccess: () => {
        notify('success', success);
        done();
      },
      onError: (error) => setErrors(toFieldErrors(error)),
    });
  }
  return { submit, errors, busy: mutation.isPending };
}
