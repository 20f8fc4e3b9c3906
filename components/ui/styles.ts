// Shared class names, so every button, input and card in the app looks the same.
export const buttonPrimary =
  "inline-flex items-center justify-center gap-2 rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-fg shadow-sm transition-colors hover:bg-accent-hover disabled:cursor-not-allowed disabled:opacity-60";
export const buttonSecondary =
  "inline-flex items-center justify-center gap-2 rounded-md border border-border bg-surface px-4 py-2 text-sm font-medium text-fg shadow-sm transition-colors hover:bg-subtle disabled:cursor-not-allowed disabled:opacity-60";
// A destructive action's button: solid red for the one that deletes or erases; red on the secondary
// look for a smaller one (a row's delete, cancelling an interview).
export const buttonDanger =
  "inline-flex items-center justify-center gap-2 rounded-md bg-danger px-4 py-2 text-sm font-medium text-white shadow-sm disabled:cursor-not-allowed disabled:opacity-60 dark:text-black";
export const buttonSecondaryDanger =
  "inline-flex items-center justify-center gap-2 rounded-md border border-danger bg-surface px-4 py-2 text-sm font-medium text-danger shadow-sm transition-colors hover:bg-subtle disabled:cursor-not-allowed disabled:opacity-60";
export const buttonGhost = "inline-flex items-center justify-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-muted transition-colors hover:bg-subtle hover:text-fg";
export const input = "block w-full rounded-md border border-border bg-surface px-3 py-2 text-sm text-fg placeholder:text-muted shadow-sm focus:border-accent";
export const label = "block text-sm font-medium text-fg";
export const card = "rounded-xl border border-border bg-surface shadow-sm";
// Always underlined: colour alone must not tell a link from the text around it (WCAG 1.4.1).
export const link = "text-accent underline underline-offset-2 hover:text-accent-hover";
