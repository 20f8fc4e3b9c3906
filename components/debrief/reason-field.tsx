import { input, label as labelClass } from "@/components/ui/styles";

/** A labelled, required textarea with the server's messages linked to it. */
export function ReasonField({ id, label, maxLength, errors }: { id: string; label: string; maxLength: number; errors?: string[] }) {
  const invalid = Boolean(errors?.length);
  return (
    <div>
      <label htmlFor={id} className={`${labelClass} mb-1`}>
        {label}
      </label>
      <textarea
        id={id}
        name="reason"
        rows={3}
        required
        maxLength={maxLength}
        className={input}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
      />
      {invalid ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-danger">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
