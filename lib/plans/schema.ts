import { z } from "zod";
import { atMost, textInput } from "@/lib/text-input";

/** One schema for the plan form and the server actions that save it. */
export const planSchema = z.object({
  name: textInput().trim().min(1, { message: "Give the plan a name." }).max(200, atMost(200)),
  position: textInput()
    .trim()
    .max(200, atMost(200))
    .transform((value) => value || null),
});

export type PlanInput = z.infer<typeof planSchema>;
export type PlanField = keyof PlanInput;
