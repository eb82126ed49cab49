/**
 * One notation across the site: each registered symbol means one thing in every essay and figure. A figure
 * parameter may carry a registered symbol only when its key is one of the symbol's `keys` (the same quantity,
 * whatever figure shows it), and an essay's maths may not use it where one of the essay's figures gives it another
 * meaning; a contested symbol (one the site has used for several things) only where a figure of the essay defines
 * it with its meaning or the essay is listed in `mathIn` (a quantity it discusses without a slider: Chinchilla's D). Checked at build by src/authoring/remark-notation.ts (file:line) and
 * over every figure by notation.test.ts. To add a symbol: an entry here, with its meaning and unit.
 *
 * @example NOTATION.find((s) => s.symbol === 'ρ')?.meaning // 'the frontier’s head start in compute over the meek actor'
 */

export interface NotationEntry {
  /** As figures print it (ParamDefinition.symbol). */
  readonly symbol: string;
  /** How maths writes it in an essay: a KaTeX command or a letter, as a regular expression's source. */
  readonly tex: string;
  /** The one thing it means, in words. */
  readonly meaning: string;
  /** Its unit wherever it appears. */
  readonly unit: string;
  /** Figure parameter keys that are this quantity. */
  readonly keys: readonly string[];
  /**
   * A symbol the site has used for more than one thing (κ, ρ, ℓ, D): an essay's maths may use it only where one of
   * its figures defines it with this meaning or the essay is in `mathIn`. Any registered symbol in maths is an
   * error where one of the essay's figures gives it another meaning.
   */
  readonly contested?: boolean;
  /** Essays whose maths use a contested symbol for this quantity without a figure parameter that defines it. */
  readonly mathIn?: readonly string[];
}

export const NOTATION: readonly NotationEntry[] = [
  {
    symbol: 'κ',
    contested: true,
    tex: String.raw`\\kappa(?![a-zA-Z])`,
    meaning: 'the exponent of the task horizon in effective compute (the meek essay)',
    unit: '',
    keys: [],
    mathIn: ['meek-models'],
  },
  {
    symbol: 'σ',
    tex: String.raw`\\sigma(?![a-zA-Z])`,
    meaning: 'the saturation of returns to effective compute (the wall model)',
    unit: 'per point',
    keys: ['saturation'],
  },
  {
    symbol: 'ρ',
    contested: true,
    tex: String.raw`\\rho(?![a-zA-Z])`,
    meaning: 'the frontier’s head start in compute over the meek actor (Gundlach et al.’s ρ)',
    unit: '×',
    keys: ['lead'],
  },
  {
    symbol: 'λ',
    tex: String.raw`\\lambda(?![a-zA-Z])`,
    meaning: 'the rise of the capability ceiling from new ideas (the wall model)',
    unit: 'points/yr',
    keys: ['ceiling_rise'],
  },
  {
    symbol: 'ℓ',
    contested: true,
    tex: String.raw`\\ell(?![a-zA-Z_])`,
    meaning: 'how many years behind the frontier an open bet aims',
    unit: 'years',
    keys: ['lag_years'],
  },
  {
    symbol: 'ℓₒ',
    tex: String.raw`\\ell_\{?o\b`,
    meaning: 'open models’ lag behind the frontier in compute',
    unit: 'months',
    keys: ['open_lag'],
  },
  {
    symbol: 'D',
    contested: true,
    tex: String.raw`(?<![\\a-zA-Z_^])D(?![a-zA-Z])`,
    meaning: 'training tokens (Chinchilla’s D)',
    unit: 'tokens',
    keys: ['training_tokens'],
    mathIn: ['meek-models', 'the-edge'],
  },
  {
    symbol: 'δ',
    tex: String.raw`\\delta(?![a-zA-Z])`,
    meaning: 'the years after the leader that open models get the research glut',
    unit: 'years',
    keys: ['glut_delay'],
  },
  {
    symbol: 'α',
    tex: String.raw`\\alpha(?![a-zA-Z])`,
    meaning: 'the loss law’s exponent in compute (returns to compute)',
    unit: '',
    keys: ['alpha'],
  },
  { symbol: 'gᵢ', tex: 'g_i', meaning: 'frontier spend growth', unit: '×/yr', keys: ['g_i'] },
  { symbol: 'gₕ', tex: 'g_h', meaning: 'hardware price-performance growth', unit: '×/yr', keys: ['g_h'] },
  { symbol: 'gₐ', tex: 'g_a', meaning: 'algorithmic efficiency growth', unit: '×/yr', keys: ['g_a'] },
  {
    symbol: 't₀',
    tex: 't_0',
    meaning: 'the first year a figure counts from',
    unit: 'year',
    keys: ['from_year'],
  },
];

/**
 * Uses that break the registry and are known, each with the rename that removes it (issue 19). The build does not
 * fail on these; it fails on any other. notation.test.ts fails when one is fixed, so this list only shrinks.
 */
export interface KnownClash {
  readonly symbol: string;
  /** A figure parameter using the symbol for another quantity, as "figure:key" … */
  readonly param?: string;
  /** … or an essay whose maths uses it for another quantity. */
  readonly essay?: string;
  readonly rename: string;
}

export const KNOWN_CLASHES: readonly KnownClash[] = [];
