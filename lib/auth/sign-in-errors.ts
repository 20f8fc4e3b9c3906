// Kept apart from the zod schemas: the sign-in form needs these codes in the browser, not zod.

/** Error codes sign-in can end with (next-auth's own, and ours); none says whether the email exists. */
export const SIGN_IN_ERRORS = {
  invalid: "CredentialsSignin",
  throttled: "TooManyAttempts",
  demoDisabled: "DemoAccountsDisabled",
  oauthNotLinked: "OAuthAccountNotLinked",
} as const;
