/**
 * The history guard as an Astro integration: before `astro build` renders a
 * page, every published dataset file and every published figure file is
 * checked against its recorded sha256 (./guard.ts). Any problem stops the
 * build with one line per problem and no stack trace.
 */
import type { AstroIntegration } from 'astro';
// Imported with the config: by astro:build:start the runner that loaded the config is closed.
import { publishedHistory } from './guard.ts';

/** An error whose message is the whole story: printed without a stack trace. */
export class PublishedHistoryError extends Error {
  constructor(problems: readonly string[]) {
    super(
      `Published history changed; nothing was built (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`,
    );
    this.name = 'PublishedHistoryError';
    this.stack = this.message;
  }
}

export function historyGuard(): AstroIntegration {
  return {
    name: 'open-closed:history-guard',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const started = performance.now();
        const { problems, note } = publishedHistory();
        if (problems.length > 0) throw new PublishedHistoryError(problems);
        logger.info(`published datasets and figures intact; ${note} (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
