// Two (or three) tabs on one scorecard, one truth: notes typed in each are merged line by line, so
// every tab's lines appear once; every tab shows the merged text and says so next to the field;
// only lines both changed are kept twice, between markers. A tab with unsaved edits asks before
// it is closed.
import type { Page } from "@playwright/test";
import { OTHER_TAB_MARKER } from "../lib/scoring/merge-text";
import { expect, test } from "./fixtures";
import { expectNoSeriousAxeViolations } from "./helpers";
import { startedInterview } from "./interview-helpers";
import { ec2, notes, openScoring, routeAutosave, saveStatus, unique, unrouteAutosave } from "./scoring-helpers";

test.use({ signedInAs: "recruiter" });

async function scoringTabs(page: Page, count: number) {
  const interview = await startedInterview(page, { candidate: unique("Tabs"), panel: [], fromSet: ec2.title });
  const tabs = [page];
  for (let i = 1; i < count; i++) tabs.push(await page.context().newPage());
  for (const tab of tabs) {
    await openScoring(tab, `${interview}/score`);
    await expect(saveStatus(tab)).toHaveAttribute("data-status", "saved");
  }
  return { interview, tabs };
}

/** Types at the end of the notes, as a person adds a line. */
async function addLine(tab: Page, line: string) {
  await notes(tab).click();
  await tab.keyboard.press("Control+End");
  await tab.keyboard.type(`\n${line}`);
}

const mergeNotice = (tab: Page) => tab.getByTestId("merge-notice-notes");

test("three tabs adding lines to the same notes at once: each line is kept once, and every tab shows it and says so", async ({ page, context, signedIn }) => {
  test.setTimeout(150_000);
  const { interview, tabs } = await scoringTabs(page, 3);
  await notes(page).fill("Opening: asked about AMIs");
  await expect(saveStatus(page)).toHaveAttribute("data-status", "saved");
  for (const tab of tabs) await expect(notes(tab)).toHaveValue("Opening: asked about AMIs");

  // All three write while the connection is down, so all three saves race when it is back.
  await context.setOffline(true);
  for (const [i, tab] of tabs.entries()) await addLine(tab, `Tab ${i + 1}: a point of its own`);
  for (const tab of tabs) await expect(saveStatus(tab)).toHaveAttribute("data-status", "offline");
  await context.setOffline(false);
  for (const tab of tabs) await expect(saveStatus(tab)).toHaveAttribute("data-status", "saved", { timeout: 45_000 });

  const expected = ["Opening: asked about AMIs", "Tab 1: a point of its own", "Tab 2: a point of its own", "Tab 3: a point of its own"];
  const shown = async (tab: Page) => (await notes(tab).inputValue()).split("\n").sort();
  for (const tab of tabs) {
    await expect.poll(() => shown(tab)).toEqual(expected);
    await expect(mergeNotice(tab)).toContainText("now include what another tab or device wrote, once");
  }
  const texts = await Promise.all(tabs.map((tab) => notes(tab).inputValue()));
  expect(new Set(texts).size).toBe(1);
  expect(texts[0]).not.toContain(OTHER_TAB_MARKER);

  // What every tab shows is what the server has.
  const reader = await signedIn("recruiter");
  await openScoring(reader, `${interview}/score`);
  await expect(notes(reader)).toHaveValue(texts[0]!);

  await mergeNotice(page).getByRole("button", { name: /OK/ }).click();
  await expect(mergeNotice(page)).toHaveCount(0);
});

test("two tabs changing the same line keep both versions between markers, and both tabs are told to check", async ({ page, context }) => {
  test.setTimeout(120_000);
  const { tabs } = await scoringTabs(page, 2);
  const [first, second] = tabs as [Page, Page];
  await notes(first).fill("Caching: asked\nClosing remarks");
  await expect(saveStatus(first)).toHaveAttribute("data-status", "saved");
  await expect(notes(second)).toHaveValue("Caching: asked\nClosing remarks");

  await context.setOffline(true);
  await notes(first).fill("Caching: LRU, explained well\nClosing remarks");
  await notes(second).fill("Caching: TTLs only\nClosing remarks");
  await context.setOffline(false);
  for (const tab of tabs) await expect(saveStatus(tab)).toHaveAttribute("data-status", "saved", { timeout: 45_000 });

  for (const tab of tabs) {
    await expect
      .poll(() => notes(tab).inputValue())
      .toMatch(
        new RegExp(
          `^Caching: (LRU, explained well|TTLs only)\\n${OTHER_TAB_MARKER}\\nCaching: (LRU, explained well|TTLs only)\\n— end of what the other tab wrote —\\nClosing remarks$`,
        ),
      );
    await expect(mergeNotice(tab)).toContainText("changed the same lines of these notes");
  }
  expect(await notes(first).inputValue()).toBe(await notes(second).inputValue());
  const value = await notes(first).inputValue();
  expect(value.split("Caching: LRU, explained well")).toHaveLength(2);
  expect(value.split("Caching: TTLs only")).toHaveLength(2);
  await expect(first.getByRole("alert").filter({ hasText: "Another tab or device changed the same notes" })).toBeVisible();
  await expectNoSeriousAxeViolations(first);
});

test("closing a tab with unsaved edits asks first; once saved it closes without asking", async ({ page }) => {
  const interview = await startedInterview(page, { candidate: unique("Close"), panel: [], fromSet: ec2.title });
  await openScoring(page, `${interview}/score`);
  await routeAutosave(page, (route) => route.abort("internetdisconnected"));
  await notes(page).click();
  await page.keyboard.type("Not on the server yet");
  await expect(saveStatus(page)).toHaveAttribute("data-status", "offline");

  const dialog = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const asked = await dialog;
  expect(asked.type()).toBe("beforeunload");
  await asked.dismiss(); // stay
  await expect(notes(page)).toHaveValue("Not on the server yet");
  expect(page.isClosed()).toBe(false);

  await unrouteAutosave(page);
  await expect(saveStatus(page)).toHaveAttribute("data-status", "saved", { timeout: 30_000 });
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.type());
    void d.dismiss();
  });
  const closed = page.waitForEvent("close");
  await page.close({ runBeforeUnload: true });
  await closed;
  expect(dialogs).toEqual([]);
});
