// What a server action parses from a submitted form: FormData turned into the plain object its
// zod schema (lib/<domain>/schema.ts, shared with the form) expects.
import { z } from "zod";

/**
 * A form's fields, for its zod schema: the first text value of each field (file inputs are not
 * text), every value of a field the schema takes as a list (checkboxes), and "" for a text field
 * the browser did not send (an unchecked radio group), as `formData.get(name) ?? ""` would.
 */
export function formFields(formData: FormData, schema?: z.ZodType) {
  const fields: Record<string, string | string[]> = {};
  const shape = shapeOf(schema);
  for (const name of new Set([...formData.keys(), ...Object.keys(shape)])) {
    const texts = formData.getAll(name).filter((value): value is string => typeof value === "string");
    fields[name] = shape[name] instanceof z.ZodArray ? texts : (texts[0] ?? "");
  }
  return fields;
}

/** The fields of an object schema, or of the object a pipe starts from (read, then transformed). */
function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> {
  if (schema instanceof z.ZodPipe) return shapeOf(schema.in as z.ZodType);
  return schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
}
