/**
 * English month names, January first: for dates said in words in figure labels ("July 2024"), data-claim notes
 * ("from 1 January 2025 on") and citations ("Retrieved December 7, 2026"). Written out rather than taken from Intl
 * so that build and browser, in any locale, print the same bytes.
 *
 * @example MONTH_NAMES[6] // 'July'
 */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
