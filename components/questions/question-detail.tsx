import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { InlineMarkdown, Markdown } from "@/components/markdown";
import { Badge } from "@/components/ui/badge";
import { card, link } from "@/components/ui/styles";
import type { FollowUp } from "@/lib/content/schema";
import type { Audience } from "@/lib/generated/prisma/enums";
import { formatMonth, isReviewDue } from "@/lib/questions/review-age";
import { QuestionBadges } from "./question-badges";
import { ScoringGuide } from "./scoring-guide";

export interface TwinLink {
  id: string;
  /** Null when the twin is missing from the bank (an old link). */
  title: string | null;
  archived: boolean;
}

/** A question as the page shows it: the current version (getQuestion) or one from the history. */
export interface QuestionView {
  title: string;
  prompt: string;
  answer: string;
  keyPoints: string[];
  redFlags: string[];
  followUps: FollowUp[];
  scoring: string[];
  difficulty: string;
  level: string | null;
  audience: Audience;
  minutes: number | null;
  competency: string | null;
  tags: string[];
  version: number;
  archived: boolean;
  reviewed: string | null;
  /** Staff only: the practice twin of an interview-only question, and the questions this one is the twin of. */
  practiceTwin?: TwinLink | null;
  twinOf?: TwinLink[];
}

type Question = QuestionView;

const questionHref = (id: string) => `/questions/${encodeURIComponent(id)}`;

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className={`${card} p-5`}>
      <h2 id={id} className="mb-3 text-sm font-semibold tracking-wide text-muted uppercase">
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

function FollowUps({ items }: { items: FollowUp[] }) {
  if (items.length === 0) return <p className="text-sm text-muted">None listed.</p>;
  return (
    <ul className="space-y-3">
      {items.map((item, index) => (
        <li key={index} className="flex gap-2 text-sm">
          <span aria-hidden="true" className="mt-0.5 text-muted">
            →
          </span>
          <div className="min-w-0 space-y-1">
            <InlineMarkdown source={item.question} />
            {item.listenFor ? (
              <div className="border-l-2 border-border pl-3 text-muted" data-testid="listen-for">
                <span className="font-medium text-fg">Listen for: </span>
                <InlineMarkdown source={item.listenFor} />
              </div>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

function TwinNote({ question }: { question: Question }) {
  const name = (twin: TwinLink) => (
    <Link href={questionHref(twin.id)} className={link}>
      {twin.title ?? twin.id}
    </Link>
  );
  const { practiceTwin, twinOf = [] } = question;
  if (!practiceTwin && twinOf.length === 0) return null;
  return (
    <aside aria-label="Practice twin" className="rounded-lg border border-border bg-subtle px-3 py-2 text-sm">
      {practiceTwin ? (
        <p>
          <span className="font-medium">Practice twin: </span>
          {name(practiceTwin)}
          {practiceTwin.title === null ? " (not in the bank)" : practiceTwin.archived ? " (archived)" : ""}. Candidates practise that question on the same concept; they never see
          this one.
        </p>
      ) : null}
      {twinOf.length > 0 ? (
        <p>
          <span className="font-medium">Practice twin of: </span>
          {twinOf.map((twin, index) => (
            <span key={twin.id}>
              {index > 0 ? ", " : ""}
              {name(twin)}
            </span>
          ))}{" "}
          (interview-only; candidates see only this question).
        </p>
      ) : null}
    </aside>
  );
}

function Reviewed({ month }: { month: string | null }) {
  if (month === null) return null;
  // The page renders per request, so this is today's clock.
  const due = isReviewDue(month, new Date());
  return (
    <span className={due ? "text-warning" : undefined} data-testid="reviewed">
      Reviewed {formatMonth(month)}
      {due ? " (due for review: over 12 months ago)" : ""}
    </span>
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
        <FollowUps items={question.followUps} />
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
        <QuestionBadges difficulty={question.difficulty} level={question.level} audience={question.audience} minutes={question.minutes} showAudience={!forCandidate} />
        <p className="text-sm text-muted">
          {question.competency ? `${question.competency} · ` : ""}
          {question.tags.length > 0 ? (
            <span className="inline-flex flex-wrap gap-1 align-middle">
              {question.tags.map((tag) => (
                <Badge key={tag}>{tag}</Badge>
              ))}
            </span>
          ) : null}
          {forCandidate ? null : <span className="ml-1">· version {question.version}</span>}
        </p>
        <p className="text-sm text-muted">
          <Reviewed month={question.reviewed} />
        </p>
        {forCandidate ? null : <TwinNote question={question} />}
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
