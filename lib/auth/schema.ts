import { z } from "zod";
import { atMost, textInput } from "@/lib/text-input";

export const emailSchema = z.string().trim().toLowerCase().email({ message: "Enter a valid email address." }).max(254);

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { message: "Enter your password." }).max(200),
});

export const passwordSchema = z.string().min(10, { message: "Use at least 10 characters." }).max(200, { message: "Use at most 200 characters." });

export const signUpSchema = z.object({
  name: textInput().trim().min(1, { message: "Enter your name." }).max(120, atMost(120)),
  email: emailSchema,
  password: passwordSchema,
});

export type SignUpInput = z.infer<typeof signUpSchema>;
