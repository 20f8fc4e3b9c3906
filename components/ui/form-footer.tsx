import type { ReactNode } from "react";
import type { FormState } from "@/lib/form-state";
import { buttonDanger, buttonPrimary, buttonSecondary, buttonSecondaryDanger } from "./styles";

/** Whether the server sent field errors back (each shown under its field by FieldError). */
export function hasFieldErrors(state: FormState) {
  return Object.values(state.errors ?? {}).some((errors) => Boolean(errors?.length));
}

/**
 * The form's message when fields are wrong ("Please correct the fields below."), above the fields
 * where reading starts, announced at once. The footer's status is then empty: one message, one
 * place. `every` shows every message here instead (long forms whose footer is out of sight).
 */
export function FormErrorSummary({ state, every = false }: { state: FormState; every?: boolean }) {
  if (!state.message || !(every || hasFieldErrors(state))) return null;
  return (
    <p role="alert" className={`rounded-md px-3 py-2 text-sm ${state.ok ? "bg-success-soft text-success" : "bg-danger-soft text-danger"}`}>
      {state.message}
    </p>
  );
}

/** What the footer's status says: the server's message, unless FormErrorSummary shows it above. */
export function footerMessage(state: FormState, okMessage?: string) {
  if (hasFieldErrors(state)) return undefined;
  return state.ok ? (okMessage ?? state.message) : state.message;
}

interface FormFooterProps {
  state: FormState;
  pending: boolean;
  label: string;
  /** The button's text while the action runs ("Saving…"); the label when not given. */
  pendingLabel?: string;
  secondary?: boolean;
  /** Red, for a button that deletes, erases or undoes something others rely on: solid, or with
   *  `secondary` a red outline (a row's delete, cancelling an interview). */
  danger?: boolean;
  disabled?: boolean;
  /** The button's accessible name, where its text alone is ambiguous (one per table row). */
  ariaLabel?: string;
  /** Said on success instead of the server's message ("Added."). */
  okMessage?: string;
  /** false where FormErrorSummary shows every message. */
  status?: boolean;
  /** Next to the button: a hint, or a second button. */
  children?: ReactNode;
}

/**
 * Every form's submit button and status: disabled while the action runs (so a double click sends
 * once), and the server's message read out politely, green on success and red otherwise.
 */
export function FormFooter({
  state,
  pending,
  label,
  pendingLabel = label,
  secondary = false,
  danger = false,
  disabled = false,
  ariaLabel,
  okMessage,
  status = true,
  children,
}: FormFooterProps) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="submit"
        className={danger ? (secondary ? buttonSecondaryDanger : buttonDanger) : secondary ? buttonSecondary : buttonPrimary}
        disabled={pending || disabled}
        aria-label={ariaLabel}
      >
        {pending ? pendingLabel : label}
      </button>
      {children}
      {status ? (
        <span role="status" aria-live="polite" className={`text-sm ${state.ok ? "text-success" : "text-danger"}`}>
          {footerMessage(state, okMessage)}
        </span>
      ) : null}
    </div>
  );
}
