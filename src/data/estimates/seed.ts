/** The one seed every bootstrap in the estimates uses, so each interval is reproducible from the published row. */
export const SEED = 20261122;

/** Confidence level of every interval the estimates publish. */
export const LEVEL = 0.9;
