/** axe on every built page at 390 px, light and dark: the suite is tests/support/axe-suites.ts. */
import { axeEveryPage } from '../support/axe-suites.ts';
import { useBuiltSite } from '../support/built-site.ts';

axeEveryPage(useBuiltSite(), { width: 390, height: 844 });
