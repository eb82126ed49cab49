/**
 * axe at 1280 px, light and dark, on one page of each template (the per-page sweep checks every page at
 * 390 px, and these pages there in both themes too: tests/support/page-sweep.ts), and with the theme toggle
 * against the system's choice. The suites are tests/support/axe-suites.ts.
 */
import { axePages, axeThemeToggle } from '../support/axe-suites.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { templatePages } from '../support/page-templates.ts';
import { builtPages } from '../support/site-pages.ts';

const site = useBuiltSite();
axePages(site, { width: 1280, height: 800 }, templatePages(builtPages()));
axeThemeToggle(site);
