import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Links prefetch on intent, not on sight (components/ui/link.tsx says why and what it saved). Each
// block below that sets no-restricted-imports replaces the earlier setting, so each lists it again.
const nextLink = { name: "next/link", message: 'Use { Link } from "@/components/ui/link": it prefetches on intent, not on sight.' };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { unwanted, ...rest } = row` is how a field is dropped; _name marks a deliberate unused.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true, argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { rules: { "no-restricted-imports": ["error", { paths: [nextLink] }] } },
  // The one-way flow (CONTRIBUTING.md): app → components → lib → prisma. lib never imports the UI,
  // components never import routes, so a domain rule can be read and tested without React.
  {
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [nextLink], patterns: [{ regex: "^(@/|(\\.\\./)+)(app|components)/", message: "lib/ never imports app/ or components/ (CONTRIBUTING.md: one-way flow)." }] },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [nextLink], patterns: [{ regex: "^(@/|(\\.\\./)+)app/", message: "components/ never import app/ (CONTRIBUTING.md: one-way flow)." }] },
      ],
    },
  },
  { files: ["components/ui/link.tsx"], rules: { "no-restricted-imports": "off" } },
  // Specs share one browser context per worker; e2e/fixtures.ts undoes what Playwright's reset leaves.
  {
    files: ["e2e/**/*.spec.ts", "e2e/**/*.setup.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [nextLink, { name: "@playwright/test", importNames: ["test"], message: 'Take test from "./fixtures": it resets the shared browser context around each test.' }] },
      ],
    },
  },
  globalIgnores([".next/**", ".data/**", "lib/generated/**", "**/node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
