import { z } from "zod";
import { atMost, textInput } from "@/lib/text-input";
import { emailSchema, passwordSchema } from "@/lib/auth/schema";
import { ROLE_LABELS, ROLES } from "./roles";

export { ROLE_LABELS, ROLES };

export const roleSchema = z.enum(ROLES);

export const changeRoleSchema = z.object({
  userId: z.string().min(1),
  role: roleSchema,
});

export const bankEditingSchema = z.object({
  userId: z.string().min(1),
  canEditBank: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const deleteUserSchema = z.object({
  userId: z.string().min(1).max(100),
  confirm: textInput().trim().max(254),
});

export const createUserSchema = z.object({
  email: emailSchema,
  name: textInput().trim().max(120, atMost(120)).optional(),
  password: passwordSchema,
  role: roleSchema,
});

/** Demo accounts exist and work outside production, and in production only when explicitly allowed. */
export function demoAccountsPermitted(nodeEnv: string | undefined, allowDemoAccounts: string | undefined) {
  return nodeEnv !== "production" || allowDemoAccounts === "true";
}
