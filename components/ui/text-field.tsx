import type { InputHTMLAttributes } from "react";
import { input, label as labelClass } from "./styles";

interface Props extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  /** Messages from the server's validation, shown under the field and linked to it. */
  errors?: string[];
}

/** A labelled input with its validation messages, the same in every form. */
export function TextField({ name, label, errors, ...inputProps }: Props) {
  const errorId = `${name}-error`;
  const invalid = Boolean(errors?.length);
  return (
    <div>
      <label htmlFor={name} className={`${labelClass} mb-1`}>
        {label}
      </label>
      <input
        id={name}
        name={name}
        className={input}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        {...inputProps}
      />
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}

/** A field's validation messages; give the field aria-describedby={id} when there are any. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-danger">
      {errors.join(" ")}
    </p>
  );
}
