/**
 * The one module script of a page: every behaviour a page with the site's chrome, an essay or a live figure needs,
 * each a no-op where its elements are absent. One file rather than five (the theme button, the contents' progress,
 * the essay's citations and notes, <live-figure>'s loader): one request, cached from page to page, and about 0.7 KB
 * less gzip than the five apart (a shared dictionary, one header), which leaves read JS within its 5 KB with the
 * inline head script. It starts after the first paint (./after-paint-script.ts), so it is on no path to LCP.
 * @example <PageScript /> // Base.astro (pages with the site's chrome) and LiveFigureScript.astro (live embeds)
 */
import '../components/live-figure.ts';
import { followReading } from '../components/essay/reading-progress.ts';
import { followEssayNotes } from '../components/essay/essay-notes.ts';
import { followThemeToggle } from '../components/site/theme-toggle.ts';
import { layOutWhenIdle } from '../components/essay/lay-out-when-idle.ts';

followThemeToggle(document);
followReading(document);
followEssayNotes(document);
layOutWhenIdle(document);
// A link with settings: what they did on this page is said once, where the reader sees it (page-query.ts).
if (location.search) void import('../components/page-query.ts');
