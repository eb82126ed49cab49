/**
 * The names essay-previews.ts and sheet-linger.ts share with essay-apparatus.css and essay-containment.css: what
 * holds a preview, the width below which previews are sheets along an edge of the screen, and the classes a sheet
 * lingering for a mouse is marked with (sheet-linger.ts).
 */
export const HOLDERS = '.cite, .claim';
export const LINGERING = 'is-lingering';
export const HELD = 'previews-held';
export const SHEETS = '(max-width: 40rem)';
