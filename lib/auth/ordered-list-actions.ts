// The three actions an ordered list of questions has wherever it is edited (a draft interview, an
// interview plan): add a bank question, remove a row, move a row. The domain's verbs decide who
// may and keep the order consistent; this only checks the arguments and reports the outcome.
import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Viewer } from "@/lib/candidates/access";
import { prisma } from "@/lib/db";
import type { Database } from "@/lib/db-client";
import type { FormState } from "@/lib/form-state";
import { type Access, args, authedAction } from "./authed-action";

interface ListVerbs<Result> {
  add: (db: Database, user: Viewer, listId: string, questionId: string) => Promise<Result>;
  remove: (db: Database, user: Viewer, listId: string, rowId: string) => Promise<Result>;
  move: (db: Database, user: Viewer, listId: string, rowId: string, toIndex: number) => Promise<Result>;
  /** The list's outcome as the form shows it (revalidating what shows the list). */
  outcome: (result: Result, listId: string) => FormState;
  /** Said when a row to remove is not a row id. */
  gone: string;
}

const questionId = z.string().min(1).max(100);

export function orderedListActions<Result>(access: Access<CurrentUser>, verbs: ListVerbs<Result>) {
  return {
    add: authedAction(access, args(z.tuple([z.string(), questionId]), "Unknown question."), async (user, [listId, id]) =>
      verbs.outcome(await verbs.add(prisma, user, listId, id), listId),
    ),
    remove: authedAction(access, args(z.tuple([z.string(), z.string()]), verbs.gone), async (user, [listId, rowId]) =>
      verbs.outcome(await verbs.remove(prisma, user, listId, rowId), listId),
    ),
    move: authedAction(access, args(z.tuple([z.string(), z.string(), z.number().int()]), "Invalid position."), async (user, [listId, rowId, toIndex]) =>
      verbs.outcome(await verbs.move(prisma, user, listId, rowId, toIndex), listId),
    ),
  };
}
