/**
 * The environment for a child process a test starts: the user's environment minus every
 * variable tallywatch reads as configuration, plus what the test itself sets. A user with
 * REDIS_URL or TALLYWATCH_PREFIX exported (the README allows both) must not redirect the
 * workers a test starts away from the Redis and prefix the test checks.
 */
import { CONFIG_ENV_VARS } from '../../src/config/load.ts';

export function childEnv(set: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of CONFIG_ENV_VARS) delete env[name];
  for (const [k, v] of Object.entries(set)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}
