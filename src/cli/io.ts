import { readFileSync } from 'node:fs';
import { TallywatchError } from '../core/errors.ts';

/** The CLI's conventions: JSON to stdout, progress and errors to stderr. */
export const out = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value)}\n`);
};
export const progress = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

/** Inputs named on the command line, or stdin when none. */
export function readInputs(files: string[]): { file: string; text: string }[] {
  if (files.length === 0) return [{ file: '-', text: readFileSync(0, 'utf8') }];
  return files.map((file) => {
    try {
      return { file, text: readFileSync(file, 'utf8') };
    } catch (cause) {
      throw new TallywatchError('input_unreadable', `cannot read ${file}: ${(cause as Error).message}`, { file }, { cause });
    }
  });
}

export class UsageError extends TallywatchError {
  constructor(message: string) {
    super('usage', message);
  }
}
