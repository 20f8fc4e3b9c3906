import { z } from "zod";

/** One schema for the plan form and the server actions that save it. */
export const planSchema = z.object({
  name: z.string().trim().min(1, { message: "Give the plan a name." }).max(200, { message: "Use at most 200 characters." }),
  position: z
    .string()
    .trim()
    .max(200, { message: "Use at most 200 characters." })
    .transform((value) => value || null),
});

export type PlanInput = z.infer<typeof planSchema>;
export type PlanField = keyof PlanInput;
