import type { CliContext } from '../context.ts';
import { startWebServer } from '../../web/standalone.ts';
import { progress } from '../io.ts';

/** `tallywatch web`: serves the newsroom page from the store until SIGINT/SIGTERM, without running the worker. */
export async function webCommand(ctx: CliContext): Promise<number> {
  const web = await startWebServer(ctx);
  progress(`tallywatch: page at ${web.url} (prefix ${ctx.config.prefix}; Ctrl-C to stop)`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await web.close();
  return 0;
}
