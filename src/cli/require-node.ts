/**
 * Imported first by main.ts for its side effect: ES modules evaluate their imports in
 * order, so this runs, and exits with one line on the wrong Node, before undici and the
 * rest of the CLI are evaluated.
 */
import { nodeVersionProblem } from './node-version.ts';

const problem = nodeVersionProblem(process.version);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}
