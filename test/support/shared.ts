/**
 * The shared material beside the repository (`../shared`, or TALLYWATCH_SHARED): real data
 * and corpora that some tests use when present and skip without.
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/paths.ts';

export const SHARED_DIR = process.env.TALLYWATCH_SHARED ?? join(PROJECT_ROOT, '..', 'shared');

/** A path inside the shared folder. */
export const shared = (...parts: string[]): string => join(SHARED_DIR, ...parts);
