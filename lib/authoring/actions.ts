"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { allow, args, authedAction, form } from "@/lib/auth/authed-action";
import { formFields } from "@/lib/form-fields";
import { slugify } from "@/lib/content/parse-question-set";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { canEditBank } from "./access";
import { createQuestion, createSet, type EditConflict, saveQuestionEdit, setAudienceOf, setQuestionArchived } from "./edit-question";
import { formToQuestion } from "./question-document";
import { archiveRefusal, bankRuleErrors } from "./question-rules";
import { type QuestionField, questionEditSchema, questionFormSchema, type SetField, setFormSchema } from "./schema";

export interface QuestionFormState extends FormState<QuestionField> {
  conflict?: EditConflict;
}

const EDITORS = allow(canEditBank, { signedOut: "Only admins and bank editors can change the bank." });
const FIX_FIELDS = "Fix the fields marked below.";

function revalidateQuestion(id: string) {
  revalidatePath(`/questions/${encodeURIComponent(id)}`, "layout");
  revalidatePath("/bank");
}

export const saveQuestion = authedAction(
  EDITORS,
  form(questionEditSchema, { invalid: FIX_FIELDS }),
  async (user, { baseVersion, ...fields }, questionId: string): Promise<QuestionFormState> => {
    const stored = await prisma.question.findUnique({ where: { id: questionId }, select: { set: { select: { audience: true } } } });
    if (!stored) return { message: "This question no longer exists." };
    const document = formToQuestion(fields, questionId, setAudienceOf(stored.set.audience));
    if (document.errors) return { errors: document.errors, message: FIX_FIELDS };
    const ruleErrors = await bankRuleErrors(prisma, document.question);
    if (ruleErrors) return { errors: ruleErrors, message: FIX_FIELDS };

    const result = await saveQuestionEdit(prisma, user, document.question, baseVersion);
    if (!result.ok && result.reason === "not-found") return { message: "This question no longer exists." };
    if (!result.ok && result.reason === "conflict") {
      return {
        conflict: result.conflict,
        message: `Not saved: someone saved version ${result.conflict.currentVersion} while you were editing version ${baseVersion}. Compare the changes below, copy what you need, then reload to edit the current version.`,
      };
    }
    revalidateQuestion(questionId);
    redirect(`/questions/${encodeURIComponent(questionId)}?saved=${result.ok ? result.version : ""}`);
  },
);

export const createQuestionInSet = authedAction(EDITORS, form(questionFormSchema, { invalid: FIX_FIELDS }), async (user, fields, setSlug: string): Promise<QuestionFormState> => {
  const set = await prisma.questionSet.findUnique({ where: { slug: setSlug }, select: { audience: true } });
  if (!set) return { message: "This set no longer exists." };
  const id = fields.id || slugify(fields.title);
  if (id === "") return { errors: { id: ["Give the question an id: the title has no letters or digits to make one from."] }, message: FIX_FIELDS };
  const document = formToQuestion(fields, id, setAudienceOf(set.audience));
  if (document.errors) return { errors: document.errors, message: FIX_FIELDS };
  const ruleErrors = await bankRuleErrors(prisma, document.question);
  if (ruleErrors) return { errors: ruleErrors, message: FIX_FIELDS };

  const result = await createQuestion(prisma, user, setSlug, document.question);
  if (!result.ok) {
    if (result.reason === "id-taken") return { errors: { id: [`The id ${id} is already used in ${result.where}: choose another.`] }, message: FIX_FIELDS };
    return { message: "This set no longer exists." };
  }
  revalidatePath("/bank");
  redirect(`/questions/${encodeURIComponent(id)}?saved=1`);
});

/** A set's slug, when left empty, is made from its title. */
function readSetForm(formData: FormData) {
  const fields = formFields(formData, setFormSchema);
  return { ...fields, slug: fields.slug || slugify(String(fields.title)) };
}

export const createQuestionSet = authedAction(EDITORS, form(setFormSchema, { invalid: FIX_FIELDS, read: readSetForm }), async (user, data): Promise<FormState<SetField>> => {
  const result = await createSet(prisma, user, data);
  if (!result.ok) return { errors: { slug: [`A set with the slug ${data.slug} exists already.`] }, message: FIX_FIELDS };
  revalidatePath("/bank");
  redirect(`/sets/${data.slug}/questions/new`);
});

export const archiveQuestion = authedAction(
  EDITORS,
  args(z.tuple([z.string(), z.boolean()]), "This question no longer exists."),
  async (user, [questionId, archived]): Promise<FormState> => {
    const refusal = archived ? await archiveRefusal(prisma, questionId) : null;
    if (refusal) return { message: refusal };
    const changed = await setQuestionArchived(prisma, user, questionId, archived);
    revalidateQuestion(questionId);
    if (!changed) return { message: archived ? "This question is already archived." : "This question is not archived." };
    return { ok: true, message: archived ? "Archived: it has left the bank and practice; past interviews keep it." : "Restored to the bank." };
  },
);
