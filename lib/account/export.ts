// "Download your data": everything the app keeps about one user, as one JSON file or as a zip of
// CSV files (one per part, the same columns as the JSON). Every review is in it, also reviews of
// questions practice no longer shows; those keep their grade, answer and times, but not the
// question's id or title, which would tell a candidate about an interview-only question.
// A new kind of personal data (a setting, a preference) adds its part here: docs/privacy.md lists them.
import { strToU8, zipSync } from "fflate";
import { describeDevice } from "@/lib/auth/device";
import { listUserSessions } from "@/lib/auth/user-sessions";
import type { Database } from "@/lib/db-client";
import { formatDate } from "@/lib/format/date-time";
import { practiceQuestionWhere } from "@/lib/practice/exposure";
import { GRADE_LABELS, type Grade } from "@/lib/practice/grades";
import { toCsv, type CsvCell } from "@/lib/reports/csv";
import { CARD_SELECT } from "@/lib/practice/practice";

/** Shown in place of a question that practice no longer shows (interview-only now, or archived). */
export const HIDDEN_QUESTION = "(no longer in practice)";

export async function collectAccountData(db: Database, userId: string, now = new Date()) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, canEditBank: true, timeZone: true, emailVerified: true, passwordHash: true, createdAt: true, updatedAt: true },
  });
  if (!user) return null;
  const [accounts, sessions, reviews, states, events, practiceVisible, mutes, practiceSettings, marks] = await Promise.all([
    db.account.findMany({ where: { userId }, orderBy: { provider: "asc" }, select: { provider: true, type: true } }),
    listUserSessions(db, userId, now),
    db.reviewLog.findMany({
      where: { userId },
      orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        questionId: true,
        grade: true,
        answer: true,
        keyPointsTicked: true,
        reviewedAt: true,
        fromGuest: true,
        state: true,
        due: true,
        stability: true,
        difficulty: true,
        elapsedDays: true,
        lastElapsedDays: true,
        scheduledDays: true,
        learningSteps: true,
        undoneAt: true,
        createdAt: true,
      },
    }),
    db.reviewState.findMany({
      where: { userId },
      orderBy: { questionId: "asc" },
      select: {
        questionId: true,
        ...CARD_SELECT,
        createdAt: true,
        updatedAt: true,
      },
    }),
    db.auditEvent.findMany({ where: { targetType: "user", targetId: userId }, orderBy: { createdAt: "asc" }, select: { action: true, createdAt: true } }),
    db.question.findMany({
      where: { AND: [practiceQuestionWhere(), { OR: [{ reviewLogs: { some: { userId } } }, { reviewStates: { some: { userId } } }, { practiceMarks: { some: { userId } } }] }] },
      select: { id: true, title: true, set: { select: { title: true } } },
    }),
    db.notificationMute.findMany({ where: { userId }, orderBy: { kind: "asc" }, select: { kind: true } }),
    db.practiceSettings.findUnique({ where: { userId }, select: { newPerDay: true, reviewsPerDay: true, retention: true, remindByEmail: true } }),
    db.practiceMark.findMany({
      where: { userId },
      orderBy: { questionId: "asc" },
      select: { questionId: true, flagged: true, suspended: true, bookmarked: true, note: true, updatedAt: true },
    }),
  ]);
  const shown = new Map(practiceVisible.map((question) => [question.id, question]));
  const question = (id: string) => {
    const visible = shown.get(id);
    return visible ? { questionId: id, question: visible.title, set: visible.set.title } : { questionId: null, question: HIDDEN_QUESTION, set: null };
  };
  return {
    exportedAt: now.toISOString(),
    account: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      createdAt: user.createdAt.toISOString(),
      updatedAt: user.updatedAt.toISOString(),
      emailVerified: user.emailVerified?.toISOString() ?? null,
      hasPassword: user.passwordHash !== null,
      canEditBank: user.canEditBank,
    },
    settings: {
      timeZone: user.timeZone,
      notificationsTurnedOff: mutes.map((mute) => mute.kind),
      // Practice settings as stored (null: never changed, the defaults apply).
      practiceNewPerDay: practiceSettings?.newPerDay ?? null,
      practiceReviewsPerDay: practiceSettings?.reviewsPerDay ?? null,
      practiceRetention: practiceSettings?.retention ?? null,
      practiceReminderEmails: practiceSettings?.remindByEmail ?? null,
    },
    signInMethods: [...(user.passwordHash ? [{ provider: "password", type: "credentials" }] : []), ...accounts],
    sessions: sessions.map((session) => ({
      device: describeDevice(session.userAgent),
      userAgent: session.userAgent,
      signedInFrom: session.address,
      lastSeenFrom: session.lastAddress,
      signedInAt: session.createdAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
    })),
    practiceReviews: reviews.map((review) => ({
      id: review.id,
      ...question(review.questionId),
      reviewedAt: review.reviewedAt.toISOString(),
      grade: review.grade,
      gradeLabel: GRADE_LABELS[review.grade as Grade] ?? String(review.grade),
      answer: review.answer,
      keyPointsTicked: review.keyPointsTicked,
      asGuest: review.fromGuest,
      // The card as it was before this review (ts-fsrs's log fields).
      cardState: review.state,
      cardDue: review.due.toISOString(),
      stability: review.stability,
      difficulty: review.difficulty,
      elapsedDays: review.elapsedDays,
      lastElapsedDays: review.lastElapsedDays,
      scheduledDays: review.scheduledDays,
      learningSteps: review.learningSteps,
      undoneAt: review.undoneAt?.toISOString() ?? null,
      savedAt: review.createdAt.toISOString(),
    })),
    practiceStates: states.map((state) => ({
      ...question(state.questionId),
      due: state.due.toISOString(),
      state: state.state,
      reps: state.reps,
      lapses: state.lapses,
      stability: state.stability,
      difficulty: state.difficulty,
      elapsedDays: state.elapsedDays,
      scheduledDays: state.scheduledDays,
      learningSteps: state.learningSteps,
      lastReview: state.lastReview?.toISOString() ?? null,
      createdAt: state.createdAt.toISOString(),
      updatedAt: state.updatedAt.toISOString(),
    })),
    // Flags, bookmarks, suspensions and personal notes on questions.
    practiceMarks: marks.map((mark) => ({
      ...question(mark.questionId),
      flagged: mark.flagged,
      suspended: mark.suspended,
      bookmarked: mark.bookmarked,
      note: mark.note,
      updatedAt: mark.updatedAt.toISOString(),
    })),
    accountEvents: events.map((event) => ({ action: event.action, at: event.createdAt.toISOString() })),
  };
}

export type AccountData = NonNullable<Awaited<ReturnType<typeof collectAccountData>>>;

const cell = (value: unknown): CsvCell => {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  return JSON.stringify(value);
};

/** A list of flat records as CSV, the keys as the header (an empty list still has its header). */
function recordsCsv(records: Record<string, unknown>[], header: string[]) {
  return toCsv(
    header,
    records.map((record) => header.map((key) => cell(record[key]))),
  );
}

const keysOf = <T extends object>(example: T) => Object.keys(example);

/** The CSV files of the zip, by name. Each starts with a BOM, as the other CSV downloads do, for Excel. */
export function accountDataCsvFiles(data: AccountData): Record<string, string> {
  const session = { device: "", userAgent: "", signedInFrom: "", lastSeenFrom: "", signedInAt: "", lastSeenAt: "" };
  const review = data.practiceReviews[0] ?? {
    id: "",
    questionId: "",
    question: "",
    set: "",
    reviewedAt: "",
    grade: 0,
    gradeLabel: "",
    answer: "",
    keyPointsTicked: [],
    asGuest: false,
    cardState: 0,
    cardDue: "",
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    lastElapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    undoneAt: "",
    savedAt: "",
  };
  const state = data.practiceStates[0] ?? {
    questionId: "",
    question: "",
    set: "",
    due: "",
    state: 0,
    reps: 0,
    lapses: 0,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    lastReview: "",
    createdAt: "",
    updatedAt: "",
  };
  const files = {
    "account.csv": toCsv(
      ["field", "value"],
      Object.entries(data.account).map(([key, value]) => [key, cell(value)]),
    ),
    "settings.csv": toCsv(
      ["setting", "value"],
      Object.entries(data.settings).map(([key, value]) => [key, Array.isArray(value) ? value.join("; ") : cell(value)]),
    ),
    "sign-in-methods.csv": recordsCsv(data.signInMethods, ["provider", "type"]),
    "sessions.csv": recordsCsv(data.sessions, keysOf(session)),
    "practice-reviews.csv": recordsCsv(data.practiceReviews, keysOf(review)),
    "practice-states.csv": recordsCsv(data.practiceStates, keysOf(state)),
    "practice-marks.csv": recordsCsv(data.practiceMarks, ["questionId", "question", "set", "flagged", "suspended", "bookmarked", "note", "updatedAt"]),
    "account-events.csv": recordsCsv(data.accountEvents, ["action", "at"]),
  };
  return Object.fromEntries(Object.entries(files).map(([name, body]) => [name, `\uFEFF${body}`]));
}

export function accountDataZip(data: AccountData): Uint8Array {
  const files = accountDataCsvFiles(data);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, body]) => [name, strToU8(body)])), { level: 6 });
}

export const accountDataFilename = (format: "json" | "zip", now: Date) => `interview-bank-my-data-${formatDate(now)}.${format}`;
