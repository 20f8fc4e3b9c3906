// Chart text contrast, computed from the rendered colours (axe cannot see SVG text drawn by
// recharts): every axis label and legend entry ≥ 4.5:1 against what is behind it, in both themes.
import { expect, test } from "./fixtures";
import { signInAs } from "./helpers";
import { screensWorld } from "./screens-world";

for (const scheme of ["light", "dark"] as const) {
  test(`chart text on Compare is at least 4.5:1 in the ${scheme} theme`, async ({ page }) => {
    const ids = (await screensWorld()).slice(0, 4);
    await page.emulateMedia({ colorScheme: scheme });
    await signInAs(page, "recruiter", `/compare?${ids.map((id) => `c=${id}`).join("&")}`);
    await expect(page.locator("figure .recharts-surface")).toHaveCount(2);
    const measured = await page.evaluate(() => {
      const canvas = document.createElement("canvas");
      canvas.width = canvas.height = 1;
      const context = canvas.getContext("2d", { willReadFrequently: true })!;
      // Any CSS colour (rgb, lab, oklch…) to sRGB bytes, through a canvas.
      const rgba = (colour: string) => {
        context.clearRect(0, 0, 1, 1);
        context.fillStyle = "#000";
        context.fillStyle = colour;
        context.fillRect(0, 0, 1, 1);
        return [...context.getImageData(0, 0, 1, 1).data];
      };
      const luminance = ([r, g, b]: number[]) => {
        const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
      };
      const background = (element: Element) => {
        for (let at: Element | null = element; at; at = at.parentElement) {
          const colour = getComputedStyle(at).backgroundColor;
          if (rgba(colour)[3]! > 0 && colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent") return colour;
        }
        return getComputedStyle(document.documentElement).backgroundColor || "#fff";
      };
      const texts = [...document.querySelectorAll("figure.chart svg text, figure.chart .chart-text")].filter((element) => (element.textContent ?? "").trim() !== "");
      return texts.map((element) => {
        const style = getComputedStyle(element);
        const foreground = element instanceof SVGElement ? style.fill : style.color;
        const [fg, bg] = [luminance(rgba(foreground)), luminance(rgba(background(element)))];
        return { text: element.textContent!.trim(), foreground, ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05) };
      });
    });
    // Axis ticks of both charts and both legends (4 names each) at least.
    expect(measured.length).toBeGreaterThan(8);
    for (const { text, foreground, ratio } of measured) expect(ratio, `“${text}” in ${foreground}`).toBeGreaterThanOrEqual(4.5);
  });
}
