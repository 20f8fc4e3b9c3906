import { z } from "zod";
import { passwordSchema } from "@/lib/auth/schema";
import { textInput } from "@/lib/text-input";

/** The password form: the current password, and the new one twice (the same rules as sign-up). */
export const changePasswordSchema = z
  .object({
    current: z.string().min(1, { message: "Enter your current password." }).max(200, { message: "Use at most 200 characters." }),
    password: passwordSchema,
    passwordAgain: z.string().max(200),
  })
  .refine((value) => value.password === value.passwordAgain, { path: ["passwordAgain"], message: "The two new passwords differ." })
  .refine((value) => value.password !== value.current, { path: ["password"], message: "Choose a password other than your current one." });

export type ChangePasswordField = "current" | "password" | "passwordAgain";

/** Deleting one's account: the password, or (for accounts without one) the account's email typed out. */
export const deleteAccountSchema = z.object({
  confirm: textInput().trim().min(1, { message: "Type your password (or your email, if you have no password) to confirm." }).max(254),
});

export const sessionIdSchema = z.string().min(1).max(100);
