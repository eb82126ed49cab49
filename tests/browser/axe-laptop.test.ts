/**
 * axe on every built page at 1280 px, light and dark, and with the theme toggle
 * against the system's choice: the suites are tests/support/axe-suites.ts.
 */
import { axeEveryPage, axeThemeToggle } from '../support/axe-suites.ts';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();
axeEveryPage(site, { width: 1280, height: 800 });
axeThemeToggle(site);
