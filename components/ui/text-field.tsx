import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { input, label as labelClass } from "./styles";

/** The id, name and ARIA state a form control needs for its label and its server-side errors. */
export function controlProps(name: string, errors?: string[]) {
  const invalid = Boolean(errors?.length);
  return { id: name, name, "aria-invalid": invalid || undefined, "aria-describedby": invalid ? `${name}-error` : undefined };
}

/**
 * A control with its label above, an optional hint and its validation messages under it. `name` is
 * the control's id (controlProps gives id and name the same value; a GET filter's id may differ).
 */
export function LabelledField({ name, label, hint, errors, children }: { name: string; label: string; hint?: ReactNode; errors?: string[]; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={name} className={`${labelClass} mb-1`}>
        {label}
      </label>
      {children}
      {hint ? <p className="mt-1 text-xs text-muted">{hint}</p> : null}
      <FieldError id={`${name}-error`} errors={errors} />
    </div>
  );
}

interface Props extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  /** Messages from the server's validation, shown under the field and linked to it. */
  errors?: string[];
}

/** A labelled input with its validation messages, the same in every form. */
export function TextField({ name, label, errors, ...inputProps }: Props) {
  return (
    <LabelledField name={name} label={label} errors={errors}>
      <input {...controlProps(name, errors)} className={input} {...inputProps} />
    </LabelledField>
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
  return (
    <LabelledField name={name} label={label} hint={hint} errors={errors}>
      <select {...controlProps(name, errors)} className={input} {...selectProps}>
        {children}
      </select>
    </LabelledField>
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
