import { describe, expect, it } from "vitest";
import { describeDevice } from "./device";

describe("naming a signed-in browser", () => {
  it("names the browser, its major version and the operating system", () => {
    expect(describeDevice("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.91 Safari/537.36")).toBe("Chrome 130 on Linux");
    expect(describeDevice("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0")).toBe("Firefox 133 on Windows 10");
    expect(describeDevice("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")).toBe(
      "Safari 17 on iOS",
    );
  });

  it("says so when there is nothing to go on, and survives anything a client sends", () => {
    expect(describeDevice("")).toBe("Unknown browser");
    expect(describeDevice("curl/8.5.0")).toMatch(/^[\w ]+$/);
    for (const hostile of ["\u0000\u202e<script>", "x".repeat(512), "Mozilla/5.0 (".repeat(40)]) expect(typeof describeDevice(hostile)).toBe("string");
  });
});
