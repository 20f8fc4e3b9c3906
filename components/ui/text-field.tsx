import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
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

interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
  label: string;
  errors?: string[];
  /** A line under the select, before its errors. */
  hint?: ReactNode;
  children: ReactNode;
}

/** A labelled select with its validation messages, like TextField. */
export function SelectField({ name, label, errors, hint, children, ...selectProps }: SelectProps) {
  const errorId = `${name}-error`;
  const invalid = Boolean(errors?.length);
  return (
    <div>
      <label htmlFor={name} className={`${labelClass} mb-1`}>
        {label}
      </label>
      <select id={name} name={name} className={input} aria-invalid={invalid || undefined} aria-describedby={invalid ? errorId : undefined} {...selectProps}>
        {children}
      </select>
      {hint ? <p className="mt-1 text-sm text-muted">{hint}</p> : null}
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
