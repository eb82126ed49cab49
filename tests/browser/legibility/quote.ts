/**
 * A text as a legibility problem names it: quoted, and cut to 40 characters so a report stays one line.
 *
 * @example quote('dotted: log-linear, no wall') // '"dotted: log-linear, no wall"'
 */
export const quote = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}…` : text);
