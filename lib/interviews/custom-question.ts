// A custom question's rubric gets the bank's validation (issue 14): its fields are read by the same
// form-to-Markdown path and parser as the question editor, so an answer, at least one key point and
// four anchors or none are required exactly as they are of a bank question.
import { formToQuestion } from "@/lib/authoring/question-document";
import type { ParsedQuestion } from "@/lib/content/schema";
import type { CustomQuestionField, CustomQuestionInput } from "./schema";

export type CustomRubric = Pick<ParsedQuestion, "answer" | "keyPoints" | "redFlags" | "followUps" | "scoring">;

const RUBRIC_FIELDS = ["answer", "keyPoints", "redFlags", "followUps", "scoring1", "scoring2", "scoring3", "scoring4"] as const;

export function customRubric(input: CustomQuestionInput): { rubric: CustomRubric; errors?: undefined } | { rubric?: undefined; errors: Partial<Record<CustomQuestionField, string[]>> } {
  // Title and details are validated by the form schema and stored as typed; only the rubric is parsed.
  const result = formToQuestion(
    {
      title: "Custom question",
      id: "custom-question",
      difficulty: "medium",
      level: "",
      competency: "",
      tags: "",
      minutes: "",
      audience: "",
      prompt: "",
      ...Object.fromEntries(RUBRIC_FIELDS.map((field) => [field, input[field]])),
    } as Parameters<typeof formToQuestion>[0],
    "custom-question",
    "interview",
  );
  if (result.question) {
    const { answer, keyPoints, redFlags, followUps, scoring } = result.question;
    return { rubric: { answer, keyPoints, redFlags, followUps, scoring } };
  }
  const errors: Partial<Record<CustomQuestionField, string[]>> = {};
  for (const [field, messages] of Object.entries(result.errors)) {
    // A problem the parser pins on a field the custom form does not have is shown under the answer.
    const target = (RUBRIC_FIELDS as readonly string[]).includes(field) ? (field as CustomQuestionField) : "answer";
    (errors[target] ??= []).push(...(messages ?? []));
  }
  return { errors };
}
