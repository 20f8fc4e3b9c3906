"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { slugify } from "@/lib/content/parse-question-set";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { canEditBank } from "./access";
import { createQuestion, createSet, type EditConflict, saveQuestionEdit, setAudienceOf, setQuestionArchived } from "./edit-question";
import { formToQuestion } from "./question-document";
import { archiveRefusal, bankRuleErrors } from "./question-rules";
import { baseVersionSchema, type QuestionField, questionFormSchema, type SetField, setFormSchema } from "./schema";

export interface QuestionFormState extends FormState<QuestionField> {
  conflict?: EditConflict;
}

const NOT_ALLOWED = "Only admins and bank editors can change the bank.";

function readQuestionForm(formData: FormData) {
  return questionFormSchema.safeParse(Object.fromEntries([...formData.entries()].filter(([, value]) => typeof value === "string")));
}

function revalidateQuestion(id: string) {
  revalidatePath(`/questions/${encodeURIComponent(id)}`, "layout");
  revalidatePath("/bank");
}

export async function saveQuestion(questionId: string, _previous: QuestionFormState, formData: FormData): Promise<QuestionFormState> {
  const user = await getCurrentUser();
  if (!canEditBank(user)) return { message: NOT_ALLOWED };
  const parsed = readQuestionForm(formData);
  const baseVersion = baseVersionSchema.safeParse(formData.get("baseVersion"));
  if (!parsed.success || !baseVersion.success) return { errors: parsed.error?.flatten().fieldErrors, message: "Fix the fields marked below." };
  const stored = await prisma.question.findUnique({ where: { id: questionId }, select: { set: { select: { audience: true } } } });
  if (!stored) return { message: "This question no longer exists." };
  const document = formToQuestion(parsed.data, questionId, setAudienceOf(stored.set.audience));
  if (document.errors) return { errors: document.errors, message: "Fix the fields marked below." };
  const ruleErrors = await bankRuleErrors(prisma, document.question);
  if (ruleErrors) return { errors: ruleErrors, message: "Fix the fields marked below." };

  const result = await saveQuestionEdit(prisma, user!, document.question, baseVersion.data);
  if (!result.ok && result.reason === "not-found") return { message: "This question no longer exists." };
  if (!result.ok && result.reason === "conflict") {
    return {
      conflict: result.conflict,
      message: `Not saved: someone saved version ${result.conflict.currentVersion} while you were editing version ${baseVersion.data}. Compare the changes below, copy what you need, then reload to edit the current version.`,
    };
  }
  revalidateQuestion(questionId);
  redirect(`/questions/${encodeURIComponent(questionId)}?saved=${result.ok ? result.version : ""}`);
}

export async function createQuestionInSet(setSlug: string, _previous: QuestionFormState, formData: FormData): Promise<QuestionFormState> {
  const user = await getCurrentUser();
  if (!canEditBank(user)) return { message: NOT_ALLOWED };
  const parsed = readQuestionForm(formData);
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors, message: "Fix the fields marked below." };
  const set = await prisma.questionSet.findUnique({ where: { slug: setSlug }, select: { audience: true } });
  if (!set) return { message: "This set no longer exists." };
  const id = parsed.data.id || slugify(parsed.data.title);
  if (id === "") return { errors: { id: ["Give the question an id: the title has no letters or digits to make one from."] }, message: "Fix the fields marked below." };
  const document = formToQuestion(parsed.data, id, setAudienceOf(set.audience));
  if (document.errors) return { errors: document.errors, message: "Fix the fields marked below." };
  const ruleErrors = await bankRuleErrors(prisma, document.question);
  if (ruleErrors) return { errors: ruleErrors, message: "Fix the fields marked below." };

  const result = await createQuestion(prisma, user!, setSlug, document.question);
  if (!result.ok) {
    if (result.reason === "id-taken") return { errors: { id: [`The id ${id} is already used in ${result.where}: choose another.`] }, message: "Fix the fields marked below." };
    return { message: "This set no longer exists." };
  }
  revalidatePath("/bank");
  redirect(`/questions/${encodeURIComponent(id)}?saved=1`);
}

export async function createQuestionSet(_previous: FormState<SetField>, formData: FormData): Promise<FormState<SetField>> {
  const user = await getCurrentUser();
  if (!canEditBank(user)) return { message: NOT_ALLOWED };
  const parsed = setFormSchema.safeParse({
    title: formData.get("title") ?? "",
    slug: formData.get("slug") || slugify(String(formData.get("title") ?? "")),
    description: formData.get("description") ?? "",
    audience: formData.get("audience") ?? "",
  });
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors, message: "Fix the fields marked below." };
  const result = await createSet(prisma, user!, parsed.data);
  if (!result.ok) return { errors: { slug: [`A set with the slug ${parsed.data.slug} exists already.`] }, message: "Fix the fields marked below." };
  revalidatePath("/bank");
  redirect(`/sets/${parsed.data.slug}/questions/new`);
}

export async function archiveQuestion(questionId: string, archived: boolean): Promise<FormState> {
  const user = await getCurrentUser();
  if (!canEditBank(user)) return { message: NOT_ALLOWED };
  const refusal = archived ? await archiveRefusal(prisma, questionId) : null;
  if (refusal) return { message: refusal };
  const changed = await setQuestionArchived(prisma, user!, questionId, archived);
  revalidateQuestion(questionId);
  if (!changed) return { message: archived ? "This question is already archived." : "This question is not archived." };
  return { ok: true, message: archived ? "Archived: it has left the bank and practice; past interviews keep it." : "Restored to the bank." };
}
