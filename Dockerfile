# Interview Bank: production image. `docker compose up` (compose.yaml) runs it with PostgreSQL;
# see docs/deployment.md. The server applies pending migrations when it starts (npm start).

# ── Build: all dependencies, the Prisma client, the Next.js production build ─────────────────────
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# npm 11 honours package.json "allowScripts" (no native Prisma engine download), as in development.
RUN npm install -g npm@11.19.1
# The install's postinstall generates the Prisma client from the schema.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/prisma-generate.ts ./scripts/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# ── Run: the built app and its runtime dependencies, as an unprivileged user ───────────────────
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
# npm start (scripts/start.ts) runs migrations and `next start`; the CLIs (db:migrate, db:seed,
# user:create) are TypeScript run by tsx, so the sources come along with the build.
COPY --from=build --chown=node:node /app ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["npm", "start"]
