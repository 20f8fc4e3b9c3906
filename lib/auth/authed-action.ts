// Every server action starts the same way: who is calling, may they, and is what they sent valid?
// authedAction does those three steps once, in that order, and hands the action body the user
// and the parsed input; the body only writes (in a transaction) and revalidates. A refusal and
// bad input come back as FormState (lib/form-state.ts), never as a throw, and write nothing.
import "server-only";
import { z } from "zod";
import { formFields } from "@/lib/form-fields";
import type { FormState } from "@/lib/form-state";
import { hasRole, type RoleName } from "@/lib/users/roles";
import { type CurrentUser, getCurrentUser } from "./current-user";

/** Who may call an action: the user the body gets, or the message a refused caller gets. */
export type Access<User> = (user: CurrentUser | null) => { user: User } | { refused: string };

/**
 * Signed-in users with one of `roles` (a named set from lib/users/roles.ts), or for whom a rule
 * holds when the role alone does not decide (e.g. canEditBank). `refused` is said to the others
 * signed in, `signedOut` to everyone else (and to the others too when `refused` is not given).
 */
export function allow(roles: readonly RoleName[] | ((user: CurrentUser) => boolean), messages: { signedOut: string; refused?: string }): Access<CurrentUser> {
  return (user) => {
    if (!user) return { refused: messages.signedOut };
    const allowed = typeof roles === "function" ? roles(user) : hasRole(roles, user.role);
    return allowed ? { user } : { refused: messages.refused ?? messages.signedOut };
  };
}

/** What the signed-out are told by actions whose domain verbs decide the rest (they check the role themselves). */
export const SESSION_ENDED = "Your session has ended. Sign in again.";

/** Only the signed-out (signing up): the body gets no user. */
export function signedOutOnly(refused: string): Access<null> {
  return (user) => (user ? { refused } : { user: null });
}

interface FormInput<Out> {
  kind: "form";
  schema: z.ZodType<Out>;
  read: (formData: FormData) => unknown;
  invalid: string | FormState;
}

interface ArgsInput<Args extends unknown[], Out> {
  kind: "args";
  schema: z.ZodType<Out, Args>;
  invalid: string;
}

const CORRECT_THE_FIELDS = "Please correct the fields below.";

/**
 * The input of a form action, called as `(…bound arguments, previous state, formData)` by
 * useActionState. `invalid` is the message that comes with the field errors (or a whole state
 * to return instead, for forms that show no field errors); `read` replaces formFields where the
 * form needs more than its fields (a default made from another field).
 */
export function form<Out>(schema: z.ZodType<Out>, options: { invalid?: string | FormState; read?: (formData: FormData) => unknown } = {}): FormInput<Out> {
  return { kind: "form", schema, read: options.read ?? ((formData) => formFields(formData, schema)), invalid: options.invalid ?? CORRECT_THE_FIELDS };
}

/** The input of an action called with plain arguments (a button's bound ids), as a z.tuple. */
export function args<Args extends unknown[], Out>(schema: z.ZodType<Out, Args>, invalid: string): ArgsInput<Args, Out> {
  return { kind: "args", schema, invalid };
}

type Body<User, Data, Bound extends unknown[], State> = (user: User, data: Data, ...bound: Bound) => Promise<State>;

/**
 * A server action: gets the current user (lib/auth/current-user.ts), refuses whom `access`
 * refuses, parses the input with its zod schema (the same schema the form's fields are typed
 * from), and only then runs `body` with the user and the parsed data. Form actions keep the
 * arguments bound before the previous state (an id) and get them after `data`.
 */
export function authedAction<User, Out, State extends FormState, Bound extends unknown[]>(
  access: Access<User>,
  input: FormInput<Out>,
  body: Body<User, Out, Bound, State>,
): (...callArgs: [...Bound, State, FormData]) => Promise<State>;
export function authedAction<User, Args extends unknown[], Out, State extends FormState>(
  access: Access<User>,
  input: ArgsInput<Args, Out>,
  body: Body<User, Out, [], State>,
): (...callArgs: Args) => Promise<State>;
export function authedAction<User>(access: Access<User>, input: FormInput<unknown> | ArgsInput<unknown[], unknown>, body: Body<User, unknown, unknown[], FormState>) {
  return async (...callArgs: unknown[]): Promise<FormState> => {
    const granted = access(await getCurrentUser());
    if ("refused" in granted) return { message: granted.refused };
    if (input.kind === "args") {
      const parsed = input.schema.safeParse(callArgs);
      return parsed.success ? body(granted.user, parsed.data) : { message: input.invalid };
    }
    const formData = callArgs.at(-1);
    const parsed = formData instanceof FormData ? input.schema.safeParse(input.read(formData)) : null;
    if (!parsed?.success) {
      if (typeof input.invalid !== "string") return input.invalid;
      return { errors: parsed ? z.flattenError(parsed.error).fieldErrors : undefined, message: input.invalid };
    }
    return body(granted.user, parsed.data, ...callArgs.slice(0, -2));
  };
}
