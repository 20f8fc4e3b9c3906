"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { buttonGhost, buttonSecondary } from "@/components/ui/styles";
import { useShortcutKeys } from "@/components/ui/use-shortcut-keys";
import type { MergeNotice, TargetKey, TargetValue } from "@/lib/scoring/autosave-queue";
import { scoringEditsDocument } from "@/lib/scoring/edits-document";
import type { QuestionScore, SummaryDraft } from "@/lib/scoring/schema";
import { QuestionNav } from "./question-nav";
import { QuestionScoring } from "./question-scoring";
import { SaveStatus } from "./save-status";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { SubmitScorecard } from "./submit-scorecard";
import { formatDuration, useNow } from "./timers";
import type { LiveQuestion } from "./types";
import { useAutosaveQueue } from "./use-autosave-queue";
import { useEarlyKeys } from "./use-early-keys";
import { useOfflinePage } from "./use-offline-page";

export interface LiveScoringProps {
  scorecardId: string;
  title: string;
  candidateName: string;
  startedAt: string | null;
  questions: LiveQuestion[];
  server: Record<TargetKey, { revision: number; value: TargetValue }>;
  initialIndex: number;
  /** Whose offline copy this page is (lib/offline/owner.ts); the service worker checks it. */
  offlineOwner: string;
}

// Elapsed time on the current question is folded into its score this often (and on leaving it).
const ELAPSED_COMMIT_MS = 30_000;
const questionKey = (id: string): TargetKey => `q:${id}`;

/**
 * The screen used during an interview. Keyboard first (see SHORTCUTS), every change autosaved
 * through the offline-safe queue, and the position kept in the URL (?q=) so a reload returns to it.
 */
export function LiveScoring({ scorecardId, title, candidateName, startedAt, questions, server, initialIndex, offlineOwner }: LiveScoringProps) {
  const [values, setValues] = useState(() => new Map(Object.entries(server).map(([key, entry]) => [key as TargetKey, entry.value])));
  const valuesRef = useRef(values);
  const [index, setIndex] = useState(Math.min(Math.max(initialIndex, 0), questions.length));
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  // When the running stretch of time on the current question began (folded in by commitElapsed).
  const [segmentStart, setSegmentStart] = useState(() => Date.now());
  const now = useNow();
  const focusAfterMove = useRef(false);

  const onValues = useCallback((incoming: Map<TargetKey, TargetValue>) => {
    const next = new Map(valuesRef.current);
    for (const [key, value] of incoming) next.set(key, value);
    valuesRef.current = next;
    setValues(next);
  }, []);
  const { queue, snapshot, update } = useAutosaveQueue(scorecardId, server, onValues);
  useOfflinePage(offlineOwner);

  useEffect(() => {
    // A page served from the offline cache was rendered for another ?q=; the address bar is right.
    const fromUrl = Number(new URLSearchParams(window.location.search).get("q"));
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (Number.isInteger(fromUrl) && fromUrl >= 1) setIndex(Math.min(fromUrl - 1, questions.length));
  }, [questions.length]);
  const readOnly = snapshot.status === "read-only";

  const change = useCallback(
    (key: TargetKey, value: TargetValue) => {
      onValues(new Map([[key, value]]));
      update(key, value);
    },
    [onValues, update],
  );

  const current = index < questions.length ? questions[index] : null;
  const scoreOf = (id: string) => values.get(questionKey(id)) as QuestionScore;
  const runningSeconds = now !== null ? Math.max(0, Math.floor((now - segmentStart) / 1000)) : 0;

  /** Adds the time spent on the current question since it was entered to its saved score. */
  const commitElapsed = useCallback(() => {
    const seconds = Math.floor((Date.now() - segmentStart) / 1000);
    if (!current || seconds < 1) return;
    setSegmentStart(segmentStart + seconds * 1000);
    const key = questionKey(current.id);
    const score = valuesRef.current.get(key) as QuestionScore;
    change(key, { ...score, elapsedSeconds: score.elapsedSeconds + seconds });
  }, [change, current, segmentStart]);

  useEffect(() => {
    const timer = setInterval(commitElapsed, ELAPSED_COMMIT_MS);
    const onHide = () => document.visibilityState === "hidden" && commitElapsed();
    document.addEventListener("visibilitychange", onHide);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onHide);
    };
  }, [commitElapsed]);

  const goTo = useCallback(
    (next: number) => {
      const target = Math.min(Math.max(next, 0), questions.length);
      if (target === index) return;
      commitElapsed();
      setSegmentStart(Date.now());
      setIndex(target);
      const url = new URL(window.location.href);
      url.searchParams.set("q", String(target + 1));
      window.history.replaceState(window.history.state, "", url);
      setAnnouncement(target < questions.length ? `Question ${target + 1} of ${questions.length}: ${questions[target]?.title}` : "Submit your scorecard");
      focusAfterMove.current = true;
    },
    [commitElapsed, index, questions],
  );

  // Focus follows a move to the new heading, in the same task as the render: a deferred focus
  // (requestAnimationFrame) could land after the next key, e.g. steal focus from the notes.
  useLayoutEffect(() => {
    if (!focusAfterMove.current) return;
    focusAfterMove.current = false;
    const heading = document.getElementById(index < questions.length ? "current-question" : "submit-heading");
    heading?.focus({ preventScroll: true });
    // Scrolled to its top, below the sticky bar (scroll-mt-32), when any of it is out of view: after
    // "Finish →" the default focus scroll left the submit heading under the bar.
    const box = heading?.getBoundingClientRect();
    if (box && (box.top < 128 || box.bottom > window.innerHeight)) heading?.scrollIntoView({ block: "start" });
  }, [index, questions.length]);

  const rate = useCallback(
    (rating: number) => {
      if (!current || readOnly) return;
      const key = questionKey(current.id);
      change(key, { ...(valuesRef.current.get(key) as QuestionScore), rating });
      setAnnouncement(`Rated ${rating}`);
    },
    [change, current, readOnly],
  );

  useShortcutKeys(
    (event) => {
      // Arrows on a radio or checkbox move between the choices, as they should.
      const onChoice = event.target instanceof HTMLInputElement && (event.target.type === "radio" || event.target.type === "checkbox");
      if (/^[1-4]$/.test(event.key) && current) rate(Number(event.key));
      else if (event.key === "j" || (!onChoice && (event.key === "ArrowDown" || event.key === "ArrowRight"))) goTo(index + 1);
      else if (event.key === "k" || (!onChoice && (event.key === "ArrowUp" || event.key === "ArrowLeft"))) goTo(index - 1);
      else if (event.key === "n" && current) notesRef.current?.focus();
      else if (event.key === "?") setShortcutsOpen(true);
      else return false;
      return true;
    },
    { onLeaveText: () => headingRef.current?.focus() },
  );
  useEarlyKeys();

  const budgetMinutes = questions.reduce((sum, question) => sum + (question.minutes ?? 0), 0);
  const sessionSeconds = startedAt && now !== null ? (now - Date.parse(startedAt)) / 1000 : 0;
  const scores = questions.map((question) => scoreOf(question.id));
  const titleOf = (key: TargetKey) => (key === "summary" ? "the summary" : `“${questions.find((question) => questionKey(question.id) === key)?.title ?? "a question"}”`);
  const conflicts = snapshot.merges.filter((notice) => notice.conflicts.length > 0);
  const noticeFor = (key: TargetKey): MergeNotice | undefined => snapshot.merges.find((notice) => notice.key === key);
  const copy = () =>
    scoringEditsDocument({
      title,
      candidateName,
      address: window.location.origin,
      at: new Date(),
      questions: questions.map((question) => ({ key: questionKey(question.id), title: question.title })),
      values: valuesRef.current,
      unsaved: new Set(queue?.unsaved() ?? []),
    });

  return (
    <div className="space-y-4" data-offline-owner={offlineOwner}>
      <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center justify-between gap-3 border-b border-border bg-bg/95 px-4 py-3 backdrop-blur">
        <div className="min-w-0">
          <h1 className="truncate text-lg font-semibold">{title}</h1>
          <p className="text-sm text-muted">
            {candidateName} ·{" "}
            <span data-testid="session-timer" className={budgetMinutes > 0 && sessionSeconds > budgetMinutes * 60 ? "text-warning" : undefined}>
              <span className="sr-only">Interview time: </span>
              {formatDuration(sessionSeconds)} / {budgetMinutes} min
            </span>
          </p>
        </div>
        <div className="flex items-center gap-3">
          <SaveStatus snapshot={snapshot} ready={queue !== null} copy={copy} />
          <button type="button" className={`keyboard-hint ${buttonGhost}`} onClick={() => setShortcutsOpen(true)} aria-keyshortcuts="?">
            Shortcuts <kbd className="rounded border border-border px-1 font-mono text-xs">?</kbd>
          </button>
        </div>
      </div>

      {conflicts.length > 0 ? (
        <div role="alert" className="flex flex-wrap items-start justify-between gap-3 rounded-lg bg-warning-soft px-4 py-3 text-sm text-warning">
          <ul className="space-y-1">
            {conflicts.map((conflict, i) => (
              <li key={i}>
                Another tab or device changed the same {conflict.conflicts.join(" and ")} of {titleOf(conflict.key)} at the same time; please check it.
              </li>
            ))}
          </ul>
          <button type="button" className={buttonSecondary} onClick={() => queue?.dismissMerges()}>
            Dismiss
          </button>
        </div>
      ) : null}

      {/* minmax(0,1fr): a grid track is at least as wide as its content by default, and the question list's
          unwrapped titles widened a phone's page to ~764 px. */}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <QuestionNav questions={questions} scores={scores} index={index} onGoTo={goTo} />
        <div className="space-y-6">
          {current ? (
            <QuestionScoring
              question={current}
              index={index}
              total={questions.length}
              score={scoreOf(current.id)}
              elapsedSeconds={scoreOf(current.id).elapsedSeconds + runningSeconds}
              onChange={(score) => change(questionKey(current.id), score)}
              mergeNotice={noticeFor(questionKey(current.id))}
              onDismissNotice={() => queue?.dismissMerges(questionKey(current.id))}
              headingRef={headingRef}
              notesRef={notesRef}
            />
          ) : (
            <SubmitScorecard
              scorecardId={scorecardId}
              questions={questions}
              scores={scores}
              draft={values.get("summary") as SummaryDraft}
              onDraftChange={(draft) => change("summary", draft)}
              mergeNotice={noticeFor("summary")}
              onDismissNotice={() => queue?.dismissMerges("summary")}
              onGoTo={goTo}
              queue={queue}
            />
          )}
          <div className="flex justify-between border-t border-border pt-4">
            <button type="button" className={buttonSecondary} onClick={() => goTo(index - 1)} disabled={index === 0}>
              ← Previous <span className="sr-only">question</span>
            </button>
            {index < questions.length ? (
              <button type="button" className={buttonSecondary} onClick={() => goTo(index + 1)}>
                {index === questions.length - 1 ? "Finish →" : "Next →"}
              </button>
            ) : null}
          </div>
        </div>
      </div>
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      <div aria-live="polite" className="sr-only">
        {announcement}
      </div>
    </div>
  );
}
