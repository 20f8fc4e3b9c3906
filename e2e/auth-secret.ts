/** The NEXTAUTH_SECRET of the e2e servers; tests use it to mint session tokens (expired, forged…). */
export const E2E_NEXTAUTH_SECRET = "e2e-secret-not-for-production-use-only";
