import type { ReactNode, RefObject } from "react";
import { Badge } from "@/components/ui/badge";
import { buttonPrimary, card, input, label } from "@/components/ui/styles";
import type { CardFields } from "@/lib/practice/scheduler";
import type { QuestionMark } from "./question-marks";
import type { Draft } from "./use-practice-run";

export interface RunQuestion {
  id: string;
  title: string;
  setTitle: string;
  competency: string | null;
  difficulty: string;
  level: string | null;
  prompt: ReactNode;
  answer: ReactNode;
  keyPoints: ReactNode[];
  redFlags: ReactNode[];
  card: CardFields | null;
  /** The learner's flag, bookmark and note (signed in), shown again in later runs. */
  mark: QuestionMark | null;
}

const kbd = "rounded border border-border px-1";
const sectionTitle = "mb-3 text-sm font-semibold uppercase tracking-wide text-muted";

interface QuestionCardProps {
  question: RunQuestion;
  draft: Draft;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAnswer: (answer: string) => void;
  onReveal: () => void;
}

/** The question, the answer box and the button that reveals the model answer. */
export function QuestionCard({ question, draft, headingRef, onAnswer, onReveal }: QuestionCardProps) {
  return (
    <article className={`${card} space-y-4 p-5`} aria-labelledby="practice-question-title">
      <div className="flex flex-wrap items-center gap-1.5 text-xs">
        <Badge>{question.setTitle}</Badge>
        {question.competency ? <Badge>{question.competency}</Badge> : null}
        <Badge tone="accent">{question.difficulty.charAt(0) + question.difficulty.slice(1).toLowerCase()}</Badge>
        {question.card ? null : <Badge tone="success">New</Badge>}
        {question.mark?.flagged ? <Badge tone="danger">Flagged</Badge> : null}
        {question.mark?.bookmarked ? <Badge tone="accent">Bookmarked</Badge> : null}
      </div>
      <h1 id="practice-question-title" ref={headingRef} tabIndex={-1} className="text-xl font-semibold tracking-tight focus:outline-none sm:text-2xl">
        {question.title}
      </h1>
      {question.prompt}
      <div>
        <label htmlFor="practice-answer" className={`${label} mb-1`}>
          Your answer <span className="font-normal text-muted">(optional, kept on this device until you grade)</span>
        </label>
        <textarea
          id="practice-answer"
          value={draft.answer}
          onChange={(event) => onAnswer(event.target.value)}
          rows={5}
          maxLength={20_000}
          className={input}
          aria-describedby="practice-keys"
        />
      </div>
      <p id="practice-keys" className="text-xs text-muted">
        Keys: <kbd className={kbd}>Space</kbd> reveals, <kbd className={kbd}>1</kbd>–<kbd className={kbd}>4</kbd> grade, <kbd className={kbd}>U</kbd> undoes the last grade,{" "}
        <kbd className={kbd}>Esc</kbd> leaves the answer box.
      </p>
      {draft.revealed ? null : (
        <button type="button" onClick={onReveal} className={`${buttonPrimary} w-full sm:w-auto`}>
          Reveal the model answer
        </button>
      )}
    </article>
  );
}

/** Once revealed: the model answer, the key points to tick, and the red flags. */
export function RevealedAnswer({ question, ticked, onTicked }: { question: RunQuestion; ticked: number[]; onTicked: (ticked: number[]) => void }) {
  return (
    <>
      <section aria-labelledby="model-answer" className={`${card} p-5`}>
        <h2 id="model-answer" className={sectionTitle}>
          Model answer
        </h2>
        {question.answer}
      </section>
      <div className="grid gap-4 md:grid-cols-2">
        <fieldset className={`${card} p-5`}>
          <legend className="sr-only">Key points you covered</legend>
          <p aria-hidden="true" className={sectionTitle}>
            Key points you covered
          </p>
          <ul className="space-y-2">
            {question.keyPoints.map((point, index) => (
              <li key={index}>
                <label className="flex cursor-pointer gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="mt-1 h-4 w-4 shrink-0 accent-[var(--accent)]"
                    checked={ticked.includes(index)}
                    onChange={(event) => onTicked(event.target.checked ? [...ticked, index] : ticked.filter((i) => i !== index))}
                  />
                  <span className="min-w-0">{point}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <section aria-labelledby="red-flags" className={`${card} p-5`}>
          <h2 id="red-flags" className={sectionTitle}>
            Red flags
          </h2>
          {question.redFlags.length === 0 ? (
            <p className="text-sm text-muted">None listed.</p>
          ) : (
            <ul className="space-y-2">
              {question.redFlags.map((flag, index) => (
                <li key={index} className="flex gap-2 text-sm">
                  <span aria-hidden="true" className="mt-0.5 text-muted">
                    ⚑
                  </span>
                  <span className="min-w-0">{flag}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
