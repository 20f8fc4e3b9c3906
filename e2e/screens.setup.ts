import { test as setup } from "./fixtures";
import { buildScreensWorld } from "./screens-world";

// Fixed candidates for the print, layout and screenshot tests (e2e/screens-world.ts).
setup("make the screens world: 20 scored candidates with fixed names and one interview in progress", async () => {
  setup.setTimeout(240_000);
  await buildScreensWorld();
});
