"use client";

import { useDeferredValue, useEffect, useRef, useState, type FormEvent } from "react";
import { FormErrorSummary, FormFooter } from "@/components/ui/form-footer";
import { input, label } from "@/components/ui/styles";
import { controlProps, LabelledField } from "@/components/ui/text-field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { QuestionFormState } from "@/lib/authoring/actions";
import type { QuestionField, QuestionForm } from "@/lib/authoring/schema";
import { AUDIENCES, DIFFICULTIES, LEVELS } from "@/lib/content/schema";
import { QuestionPreview } from "./question-preview";
import { TextDiff } from "./text-diff";

interface Props {
  action: (previous: QuestionFormState, formData: FormData) => Promise<QuestionFormState>;
  initial: QuestionForm;
  /** Set when editing: the version this editor started from. */
  baseVersion?: number;
  /** The set's audience, shown as what "same as the set" means. */
  setAudience: string;
  submitLabel: string;
  /** Suggestions: the competency list's names, and the questions that may be a practice twin. */
  choices: EditorChoices;
}

export interface EditorChoices {
  competencies: string[];
  practiceQuestions: { id: string; title: string }[];
}

const SCORING = [
  ["scoring1", "1 · poor"],
  ["scoring2", "2 · weak"],
  ["scoring3", "3 · solid"],
  ["scoring4", "4 · excellent"],
] as const;

/** The question form: Markdown fields on the left, the question as it will look on the right. */
export function QuestionEditor({ action, initial, baseVersion, setAudience, submitLabel, choices }: Props) {
  const { state, onSubmit, pending } = useFormAction(action, {} as QuestionFormState);
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const preview = useDeferredValue(values);
  const errors = state.errors ?? {};

  // The fields are uncontrolled, so whatever is typed before the page is interactive stays; the
  // preview reads the form once on mount and then follows every change.
  useEffect(() => {
    const element = form.current;
    if (element) setValues((current) => ({ ...current, ...Object.fromEntries(new FormData(element)) }));
  }, []);
  const onInput = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement;
    if (target.name in initial) setValues((current) => ({ ...current, [target.name]: target.value }));
  };

  const field = (name: QuestionField) => ({ ...controlProps(name, errors[name]), defaultValue: initial[name] ?? "" });

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form ref={form} onSubmit={onSubmit} onInput={onInput} onChange={onInput} method="post" className="space-y-5" aria-label="Question">
        {baseVersion ? <input type="hidden" name="baseVersion" value={baseVersion} /> : null}
        <FormErrorSummary state={state} every />
        {state.conflict ? (
          <section aria-label="Edit conflict" className="space-y-3 rounded-xl border border-warning/50 bg-surface p-4">
            <h2 className="text-sm font-semibold">Their changes (your starting version → version {state.conflict.currentVersion})</h2>
            <TextDiff parts={state.conflict.theirChanges} label="Changes saved by someone else" />
            <h2 className="text-sm font-semibold">Your changes, against version {state.conflict.currentVersion}</h2>
            <TextDiff parts={state.conflict.yourChanges} label="Your unsaved changes" />
          </section>
        ) : null}

        <LabelledField name="title" label="Question (as asked)" errors={errors.title}>
          <input {...field("title")} required maxLength={300} className={input} />
        </LabelledField>
        {baseVersion ? null : (
          <LabelledField name="id" label="Id (optional)" hint="Stable across rewordings; made from the title when empty." errors={errors.id}>
            <input {...field("id")} maxLength={120} placeholder="k8s-liveness-probe" className={`${input} font-mono`} />
          </LabelledField>
        )}
        <div className="grid gap-4 sm:grid-cols-3">
          <LabelledField name="difficulty" label="Difficulty" errors={errors.difficulty}>
            <select {...field("difficulty")} className={input}>
              {DIFFICULTIES.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </LabelledField>
          <LabelledField name="level" label="Level" errors={errors.level}>
            <select {...field("level")} className={input}>
              <option value="">any</option>
              {LEVELS.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </LabelledField>
          <LabelledField name="minutes" label="Minutes" errors={errors.minutes}>
            <input {...field("minutes")} inputMode="numeric" className={input} />
          </LabelledField>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <LabelledField name="competency" label="Competency" hint="One of the bank's competencies (content/competencies.yaml)." errors={errors.competency}>
            <input {...field("competency")} maxLength={120} placeholder="Reliability" list="competency-choices" autoComplete="off" className={input} />
            <datalist id="competency-choices">
              {choices.competencies.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </LabelledField>
          <LabelledField name="tags" label="Tags" hint="Comma-separated." errors={errors.tags}>
            <input {...field("tags")} maxLength={500} placeholder="kubernetes, probes" className={input} />
          </LabelledField>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <LabelledField name="audience" label="Audience" errors={errors.audience}>
            <select {...field("audience")} className={input}>
              <option value="">same as the set ({setAudience})</option>
              {AUDIENCES.map((value) => (
                <option key={value} value={value}>
                  {value === "interview" ? "interview only" : value === "practice" ? "practice only" : "interview and practice"}
                </option>
              ))}
            </select>
          </LabelledField>
          <LabelledField name="reviewed" label="Last reviewed" hint="The month someone last checked it against the documentation." errors={errors.reviewed}>
            <input {...field("reviewed")} type="month" required placeholder="2026-12" pattern="\d{4}-\d{2}" className={input} />
          </LabelledField>
        </div>
        <LabelledField
          name="practiceTwin"
          label="Practice twin (interview-only questions)"
          hint="The id of a practice question on the same concept in another scenario, which candidates may practise instead."
          errors={errors.practiceTwin}
        >
          <input
            {...field("practiceTwin")}
            maxLength={120}
            list="practice-twin-choices"
            autoComplete="off"
            placeholder="k8s-liveness-probe-practice"
            className={`${input} font-mono`}
          />
          <datalist id="practice-twin-choices">
            {choices.practiceQuestions.map((question) => (
              <option key={question.id} value={question.id}>
                {question.title}
              </option>
            ))}
          </datalist>
        </LabelledField>
        <LabelledField name="prompt" label="Extra prompt detail (Markdown, optional)" errors={errors.prompt}>
          <textarea {...field("prompt")} rows={3} className={`${input} font-mono`} />
        </LabelledField>
        <LabelledField name="answer" label="Expected answer (Markdown)" errors={errors.answer}>
          <textarea {...field("answer")} rows={8} required className={`${input} font-mono`} />
        </LabelledField>
        <LabelledField name="keyPoints" label="Key points" hint="One per line, or a Markdown bullet list." errors={errors.keyPoints}>
          <textarea {...field("keyPoints")} rows={5} required className={`${input} font-mono`} />
        </LabelledField>
        <LabelledField name="redFlags" label="Red flags (optional)" hint="One per line, or a Markdown bullet list." errors={errors.redFlags}>
          <textarea {...field("redFlags")} rows={3} className={`${input} font-mono`} />
        </LabelledField>
        <LabelledField
          name="followUps"
          label="Follow-ups (optional)"
          hint='One per line, or a Markdown bullet list. Under each, a line "Listen for: …" says what a good reply contains.'
          errors={errors.followUps}
        >
          <textarea {...field("followUps")} rows={3} className={`${input} font-mono`} />
        </LabelledField>
        <fieldset className="space-y-3">
          <legend className={label}>Scoring anchors: all four, or none for the generic guide</legend>
          {SCORING.map(([name, anchor]) => (
            <LabelledField key={name} name={name} label={anchor} errors={errors[name]}>
              <textarea {...field(name)} rows={2} className={`${input} font-mono`} />
            </LabelledField>
          ))}
        </fieldset>
        <FormFooter state={state} pending={pending} label={submitLabel} pendingLabel="Saving…" status={false}>
          {baseVersion ? (
            <span className="text-sm text-muted">
              Saves version {baseVersion + 1}; version {baseVersion} stays in the history.
            </span>
          ) : null}
        </FormFooter>
      </form>
      {/* Focusable: a keyboard must be able to scroll it (axe: scrollable-region-focusable). */}
      <aside aria-label="Preview" tabIndex={0} className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
        <h2 className="mb-2 text-sm font-semibold tracking-wide text-muted uppercase">Preview</h2>
        <QuestionPreview form={preview} />
      </aside>
    </div>
  );
}
