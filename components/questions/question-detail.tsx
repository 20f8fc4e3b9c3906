import type { ReactNode } from "react";
import { InlineMarkdown, Markdown } from "@/components/markdown";
import { Badge } from "@/components/ui/badge";
import { card } from "@/components/ui/styles";
import type { getQuestion } from "@/lib/questions/queries";
import { QuestionBadges } from "./question-badges";
import { ScoringGuide } from "./scoring-guide";

type Question = NonNullable<Awaited<ReturnType<typeof getQuestion>>>;

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className={`${card} p-5`}>
      <h2 id={id} className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">
        {title}
      </h2>
      {children}
    </section>
  );
}

function ItemList({ items, marker }: { items: string[]; marker: string }) {
  if (items.length === 0) return <p className="text-sm text-muted">None listed.</p>;
  return (
    <ul className="space-y-2">
      {items.map((item, index) => (
        <li key={index} className="flex gap-2 text-sm">
          <span aria-hidden="true" className="mt-0.5 text-muted">
            {marker}
          </span>
          <InlineMarkdown source={item} />
        </li>
      ))}
    </ul>
  );
}

function AnswerSections({ question }: { question: Question }) {
  return (
    <div className="space-y-4">
      <Section title="Expected answer">
        <Markdown source={question.answer} />
      </Section>
      <div className="grid gap-4 md:grid-cols-2">
        <Section title="Key points">
          <ItemList items={question.keyPoints} marker="✓" />
        </Section>
        <Section title="Red flags">
          <ItemList items={question.redFlags} marker="⚑" />
        </Section>
      </div>
      <Section title="Follow-ups">
        <ItemList items={question.followUps} marker="→" />
      </Section>
      <Section title="Scoring guide">
        <ScoringGuide anchors={question.scoring} />
      </Section>
    </div>
  );
}

export function QuestionDetail({ question, forCandidate }: { question: Question; forCandidate: boolean }) {
  return (
    <article className="space-y-6">
      <header className="space-y-3">
        {question.archived ? (
          <p role="note" className="rounded-lg bg-warning-soft px-3 py-2 text-sm text-warning">
            Archived: this question was removed from its set. It is kept because past interviews refer to it.
          </p>
        ) : null}
        <h1 className="text-2xl font-semibold tracking-tight">{question.title}</h1>
        <QuestionBadges
          difficulty={question.difficulty}
          level={question.level}
          audience={question.audience}
          minutes={question.minutes}
          showAudience={!forCandidate}
        />
        <p className="text-sm text-muted">
          {question.competency ? `${question.competency} · ` : ""}
          {question.tags.length > 0 ? (
            <span className="inline-flex flex-wrap gap-1 align-middle">
              {question.tags.map(({ tag }) => (
                <Badge key={tag.name}>{tag.name}</Badge>
              ))}
            </span>
          ) : null}
          {forCandidate ? null : <span className="ml-1">· version {question.version}</span>}
        </p>
        {question.prompt ? <Markdown source={question.prompt} className="text-fg" /> : null}
      </header>
      {forCandidate ? (
        <details className={`${card} group p-5`}>
          <summary className="cursor-pointer font-medium text-accent">Show the model answer and scoring guide</summary>
          <div className="mt-4">
            <AnswerSections question={question} />
          </div>
        </details>
      ) : (
        <AnswerSections question={question} />
      )}
    </article>
  );
}
