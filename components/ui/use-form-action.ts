"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { FormState } from "@/lib/form-state";

/**
 * useActionState for a form submitted through onSubmit instead of the action prop: React resets
 * action-prop forms after every submit, which would throw away what was typed when the server
 * refuses it (a validation error, a lost connection). Here the fields keep their values.
 */
export function useFormAction<State extends FormState>(action: (previous: State, formData: FormData) => Promise<State>, initial: Awaited<State>) {
  const [state, dispatch, pending] = useActionState<State, FormData>(action, initial);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }
  return { state, onSubmit, pending };
}
