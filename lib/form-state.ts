/** What every server action returns to its form (read with useActionState). */
export interface FormState<Field extends string = string> {
  errors?: Partial<Record<Field, string[]>>;
  message?: string;
  ok?: boolean;
}
