"use client";

import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type UniqueIdentifier } from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { Link } from "@/components/ui/link";
import { useLayoutEffect, useOptimistic, useRef, useState, useTransition } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { buttonGhost } from "@/components/ui/styles";
import type { FormState } from "@/lib/form-state";

export interface QuestionRow {
  id: string;
  questionId: string | null;
  title: string;
  minutes: number | null;
  custom: boolean;
  setTitle: string | null;
  askedIn: string | null;
  /** A warning shown with the question, e.g. that it can no longer be used in interviews. */
  note?: string | null;
}

/** Server actions bound to the interview or plan being edited, so one list serves both. */
export interface ListActions {
  move: (itemId: string, toIndex: number) => Promise<FormState>;
  remove: (itemId: string) => Promise<FormState>;
}

interface Props extends ListActions {
  rows: QuestionRow[];
  /** The list's accessible name, e.g. "Interview questions". */
  label: string;
}

/**
 * The questions of a draft interview or a plan, reordered by dragging (pointer, or the handle plus arrow keys
 * and space, as dnd-kit provides) or with the ↑/↓ buttons. Each move is saved at once; the list
 * moves optimistically (useOptimistic) and shows the server's order again once the save is done,
 * which is the old order if the move was refused.
 */
export function SortableQuestionList({ rows, label, move, remove }: Props) {
  const [order, moveOptimistically] = useOptimistic(rows, (current, { from, to }: { from: number; to: number }) => arrayMove(current, from, to));
  const [message, setMessage] = useState("");
  const [saving, startSaving] = useTransition();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  // After ↑/↓ the moved question's button keeps focus (its row is moved in the DOM, which blurs it).
  const focusMoved = useRef<{ id: string; direction: "up" | "down" } | null>(null);
  const list = useRef<HTMLOListElement>(null);

  function save(id: string, from: number, to: number) {
    startSaving(async () => {
      moveOptimistically({ from, to });
      const result = await move(id, to);
      setMessage(result.ok ? "" : (result.message ?? "The new order could not be saved."));
    });
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    save(
      String(active.id),
      order.findIndex((row) => row.id === active.id),
      order.findIndex((row) => row.id === over.id),
    );
  }

  function moveBy(index: number, direction: "up" | "down") {
    focusMoved.current = { id: order[index]!.id, direction };
    save(order[index]!.id, index, direction === "up" ? index - 1 : index + 1);
  }

  useLayoutEffect(() => {
    const wanted = focusMoved.current;
    if (!wanted) return;
    const row = [...(list.current?.children ?? [])].find((item) => (item as HTMLElement).dataset.row === wanted.id);
    const buttons = [...(row?.querySelectorAll<HTMLButtonElement>("button[data-direction]") ?? [])].filter((button) => !button.disabled);
    // At the top or bottom now, the same direction is disabled: the other one takes focus.
    const target = buttons.find((button) => button.dataset.direction === wanted.direction) ?? buttons[0];
    // Only while focus is lost (the row moved) or still in the list: never taken back from elsewhere on the page.
    const active = document.activeElement;
    const lost = !active || active === document.body || Boolean(list.current?.contains(active));
    if (target && lost && active !== target) target.focus();
    if (!saving) focusMoved.current = null;
  }, [order, saving]);

  // What a screen reader hears while dragging: question titles and positions, not dnd-kit's raw ids.
  const titleOf = (id: UniqueIdentifier | undefined) => `“${order.find((row) => row.id === id)?.title ?? "a question"}”`;
  const positionOf = (id: UniqueIdentifier) => order.findIndex((row) => row.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}, position ${positionOf(active.id)} of ${order.length}.`,
    // dnd-kit reports the item over itself right after pick-up: that is still the pick-up.
    onDragOver: ({ active, over }) =>
      !over
        ? `${titleOf(active.id)} is no longer over the list.`
        : over.id === active.id
          ? `Picked up ${titleOf(active.id)}, position ${positionOf(active.id)} of ${order.length}.`
          : `${titleOf(active.id)} is over position ${positionOf(over.id)} of ${order.length}, ${titleOf(over.id)}.`,
    onDragEnd: ({ active, over }) =>
      over ? `${titleOf(active.id)} was dropped at position ${positionOf(over.id)} of ${order.length}.` : `${titleOf(active.id)} was dropped outside the list.`,
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled; it stays at position ${positionOf(active.id)}.`,
  };

  return (
    <div>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements }}>
        <SortableContext items={order.map((row) => row.id)} strategy={verticalListSortingStrategy}>
          <ol ref={list} className="divide-y divide-border overflow-hidden rounded-xl border border-border bg-surface" aria-label={label}>
            {order.map((row, index) => (
              <SortableRow key={row.id} row={row} index={index} count={order.length} moveBy={(direction) => moveBy(index, direction)} remove={remove} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <p role="status" aria-live="polite" className={`mt-1 min-h-5 text-sm ${saving ? "text-muted" : "text-danger"}`}>
        {saving ? "Saving the new order…" : message}
      </p>
    </div>
  );
}

function SortableRow({
  row,
  index,
  count,
  moveBy,
  remove,
}: {
  row: QuestionRow;
  index: number;
  count: number;
  moveBy: (direction: "up" | "down") => void;
  remove: ListActions["remove"];
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: row.id });
  return (
    <li
      ref={setNodeRef}
      data-row={row.id}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`flex flex-wrap items-center gap-3 bg-surface p-3 ${isDragging ? "relative z-10 shadow-lg" : ""}`}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={`Drag “${row.title}” to reorder`}
        className="cursor-grab touch-none rounded px-1 text-muted hover:text-fg"
      >
        ⠿
      </button>
      <span className="w-6 text-right text-sm text-muted tabular-nums">{index + 1}.</span>
      <QuestionSummary row={row} />
      <div className="flex gap-1">
        <button type="button" data-direction="up" onClick={() => moveBy("up")} className={buttonGhost} disabled={index === 0} aria-label={`Move “${row.title}” up`}>
          ↑
        </button>
        <button type="button" data-direction="down" onClick={() => moveBy("down")} className={buttonGhost} disabled={index === count - 1} aria-label={`Move “${row.title}” down`}>
          ↓
        </button>
        <ActionButton action={() => remove(row.id)} className={buttonGhost} label={`Remove “${row.title}”`}>
          Remove
        </ActionButton>
      </div>
    </li>
  );
}

export function QuestionSummary({ row, version }: { row: QuestionRow; version?: number | null }) {
  return (
    <div className="min-w-0 flex-1">
      <p className="font-medium">
        {row.questionId ? (
          <Link href={`/questions/${encodeURIComponent(row.questionId)}`} className="hover:text-accent hover:underline">
            {row.title}
          </Link>
        ) : (
          row.title
        )}
      </p>
      <div className="mt-1 flex flex-wrap gap-1.5 text-xs text-muted">
        {row.minutes ? <Badge>{row.minutes} min</Badge> : null}
        {row.custom ? <Badge tone="accent">Custom question</Badge> : null}
        {row.setTitle && !row.custom ? <span>{row.setTitle}</span> : null}
        {version ? <span>· version {version}</span> : null}
        {row.askedIn ? <Badge tone="warning">Asked before in “{row.askedIn}”</Badge> : null}
        {row.note ? <Badge tone="warning">{row.note}</Badge> : null}
      </div>
    </div>
  );
}
