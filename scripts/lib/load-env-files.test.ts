import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadEnvFiles } from "./load-env-files";

const dirs: string[] = [];
const KEYS = ["IB_TEST_FROM_FILE", "IB_TEST_SET_ALREADY"];

function folderWith(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), "ib-env-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

afterEach(() => {
  for (const key of KEYS) delete process.env[key];
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// @next/env reads the files once per process (later calls return what it read), as the scripts need:
// one test, one call.
describe("loadEnvFiles", () => {
  it("reads .env, and what the environment already sets wins", () => {
    process.env.IB_TEST_SET_ALREADY = "from the shell";
    loadEnvFiles({ dev: false, dir: folderWith({ ".env": "IB_TEST_FROM_FILE=from the file\nIB_TEST_SET_ALREADY=from the file\n" }) });
    expect(process.env.IB_TEST_FROM_FILE).toBe("from the file");
    expect(process.env.IB_TEST_SET_ALREADY).toBe("from the shell");
  });
});
