/** The longest retention an admin may set: ten years. The database refuses more (a CHECK constraint). */
export const MAX_RETENTION_MONTHS = 120;
