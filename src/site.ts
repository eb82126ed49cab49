/** Publication-wide metadata used by layouts, citations and machine-readable files. */
export const SITE = {
  /** Where the site is published: the base of every permalink and citation. */
  url: 'https://open-closed-ai.example',
  title: 'Open & Closed',
  tagline: 'An interactive publication about open and closed AI',
  publisher: 'Open & Closed',
  licence: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
