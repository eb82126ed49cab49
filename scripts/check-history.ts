/**
 * Checks that every published dataset and figure file is byte for byte what
 * was published, and every published lock entry as the commit that published
 * it wrote it (the same check `npm run build` makes first). Prints one line
 * per problem, and how much git history was read; exit 1 when there is any.
 */
import { publishedHistory } from '../src/history/guard.ts';

const { problems, note } = publishedHistory();
for (const problem of problems) console.error(`✗ ${problem}`);
console.log(note);
if (problems.length > 0) process.exit(1);
console.log('published datasets and figures intact');
