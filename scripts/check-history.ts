/**
 * Checks that every published dataset and figure file is byte for byte what
 * was published (the same check `npm run build` makes first). Prints one line
 * per problem; exit 1 when there is any.
 */
import { publishedHistoryProblems } from '../src/history/guard.ts';

const problems = publishedHistoryProblems();
for (const problem of problems) console.error(`✗ ${problem}`);
if (problems.length > 0) process.exit(1);
console.log('published datasets and figures intact');
