import { z } from "zod";
import { atMost, textInput } from "@/lib/text-input";

const optionalText = (max: number, message: string) =>
  textInput()
    .trim()
    .max(max, { message })
    .transform((value) => value || null);

/** One schema for the candidate form and the server actions that save it. */
export const candidateSchema = z.object({
  name: textInput().trim().min(1, { message: "Enter the candidate's name." }).max(200, atMost(200)),
  email: textInput()
    .trim()
    .toLowerCase()
    .max(254)
    .refine((value) => value === "" || z.email().safeParse(value).success, { message: "Enter a valid email address, or leave it empty." })
    .transform((value) => value || null),
  position: optionalText(200, "Use at most 200 characters."),
  notes: textInput().max(20_000, { message: "Notes are limited to 20,000 characters." }).default(""),
});

export type CandidateInput = z.infer<typeof candidateSchema>;
export type CandidateField = keyof CandidateInput;

/** A CSV import's columns (any order, any case; only name is required) and limits. */
export const IMPORT_COLUMNS = ["name", "email", "position", "notes"] as const;
export const IMPORT_LIMITS = { bytes: 1_000_000, rows: 2_000 } as const;
