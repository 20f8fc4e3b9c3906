import { z } from "zod";

export const createInterviewSchema = z.object({
  candidateId: z.string().min(1),
  title: z.string().trim().min(1, { message: "Give the interview a title." }).max(200),
  panel: z.array(z.string().min(1)).min(1, { message: "Choose at least one interviewer." }).max(10),
  fromSet: z
    .string()
    .trim()
    .max(100)
    .transform((value) => value || null),
});

export const customQuestionSchema = z.object({
  title: z.string().trim().min(1, { message: "Write the question." }).max(500),
  prompt: z.string().trim().max(10_000).default(""),
  minutes: z.coerce.number().int().min(1).max(120).optional().catch(undefined),
});

export type CreateInterviewInput = z.infer<typeof createInterviewSchema>;
export type CustomQuestionInput = z.infer<typeof customQuestionSchema>;

/** Interviews are built from questions an interviewer may ask: never practice-only ones. */
export const INTERVIEW_AUDIENCES = ["INTERVIEW", "BOTH"] as const;
