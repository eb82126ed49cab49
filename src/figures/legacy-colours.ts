/**
 * Colours that superseded figure versions drew with before the theme tokens (src/figures/theme.ts), kept so
 * that their code still reproduces their frozen bytes and their permalinks stay live (README "Figure
 * versions": a frozen version whose spec reproduces its files byte for byte draws a reader's view). Only a
 * superseded version may use these; every latest version takes theme tokens (colour-literals.test.ts), and the
 * tokens' light values are the old colours wherever a figure used one of them.
 *
 * @example fill: options.widening ? theme.ink : LEGACY.text333
 */
export const LEGACY = {
  /** Annotation text of open-closed-compute v1–v3 and open-bets v1. */
  text333: '#333',
  /** Quiet text and the memo's rings in memo-costs v1. */
  grey777: '#777',
  /** The chance line of memo-costs v1. */
  grey999: '#999',
  /** The Vicuna–PaLM link of memo-costs v1. */
  greyBbb: '#bbb',
  /** Budget tiers of budget-frontier v1. */
  tier7a: '#7a7a7a',
  /** Tier labels of budget-frontier v1. */
  text555: '#555',
} as const;
