"use client";

import { memo } from "react";
import { asBulletList } from "@/lib/authoring/list-field";
import type { QuestionForm } from "@/lib/authoring/schema";
import { markdownToReact } from "@/lib/markdown/markdown-to-react";

const md = (source: string) => <div className="prose-bank">{markdownToReact(source)}</div>;

/**
 * Follow-ups with each "Listen for:" line set on a line of its own, as the question page shows it.
 * (A preview only: the parser's split, lib/content/follow-ups.ts, also knows code and quotes.)
 */
function followUpsPreview(list: string): string {
  return list.replace(/^([ \t]+)(listen for:)[ \t]*/gim, (_match, indent: string) => `${indent}\n${indent}*Listen for:* `);
}

function Part({ title, source }: { title: string; source: string }) {
  if (source.trim() === "") return null;
  return (
    <section className="space-y-1">
      <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">{title}</h3>
      {md(source)}
    </section>
  );
}

/** The question as the bank will show it, rendered by the same Markdown pipeline as the pages. */
export const QuestionPreview = memo(function QuestionPreview({ form }: { form: QuestionForm }) {
  const anchors = [form.scoring1, form.scoring2, form.scoring3, form.scoring4];
  const scoring = anchors.every((anchor) => anchor.trim() !== "") ? anchors.map((anchor, index) => `${index + 1}. ${anchor.replace(/\n/g, "\n   ")}`).join("\n") : "";
  return (
    <article className="space-y-4 rounded-xl border border-border bg-surface p-5 shadow-sm" data-testid="question-preview">
      <h3 className="text-xl font-semibold tracking-tight">{form.title || "Untitled question"}</h3>
      <p className="text-xs text-muted">
        {[
          form.difficulty,
          form.level,
          form.minutes ? `${form.minutes} min` : "",
          form.competency,
          form.tags,
          form.reviewed ? `reviewed ${form.reviewed}` : "",
          form.practiceTwin ? `practice twin: ${form.practiceTwin}` : "",
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <Part title="Prompt" source={form.prompt} />
      <Part title="Expected answer" source={form.answer} />
      <Part title="Key points" source={asBulletList(form.keyPoints)} />
      <Part title="Red flags" source={asBulletList(form.redFlags)} />
      <Part title="Follow-ups" source={followUpsPreview(asBulletList(form.followUps))} />
      <Part title="Scoring guide" source={scoring} />
    </article>
  );
});
