/**
 * Which Node the CLI runs on, checked before anything else is loaded: on an older Node the
 * dependencies (undici first) crash while loading with a stack trace that does not say why.
 * Keep this module free of imports and of syntax newer than Node 18.
 */
export const REQUIRED_NODE_MAJOR = 24;

/** The one line to print when `version` (e.g. "v20.20.2") cannot run tallywatch, else undefined. */
export function nodeVersionProblem(version: string): string | undefined {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (major === REQUIRED_NODE_MAJOR) return undefined;
  return (
    `tallywatch needs Node ${REQUIRED_NODE_MAJOR}, this is Node ${version}: ` +
    `run it through npm (npm start, npx tallywatch), which uses the Node ${REQUIRED_NODE_MAJOR} that npm ci installed in node_modules/.bin, ` +
    `or install Node ${REQUIRED_NODE_MAJOR} (nvm install ${REQUIRED_NODE_MAJOR}, or https://nodejs.org/)`
  );
}
