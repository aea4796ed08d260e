/**
 * A worker started by npm (`npm start`, `npx tallywatch start`) runs under `sh -c`, and a
 * SIGTERM to npm kills that shell without reaching the worker. When npm started us, losing
 * the parent is taken as the signal to stop. Not otherwise: a worker started under nohup or a
 * process manager outlives its parent on purpose.
 */
export function stopWhenOrphaned(onOrphaned: () => void, opts: { env?: NodeJS.ProcessEnv; everyMs?: number } = {}): () => void {
  const env = opts.env ?? process.env;
  if (!env.npm_command && !env.npm_lifecycle_event) return () => {};
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onOrphaned();
  }, opts.everyMs ?? 250);
  timer.unref();
  return () => clearInterval(timer);
}
