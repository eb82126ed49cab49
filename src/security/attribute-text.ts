/**
 * Text for a double-quoted HTML attribute in markup the site hands to others to paste (the embed snippet on a
 * permalink, oEmbed's `html`): & < > and " as entities, so a title like `Compute & "openness"` cannot end the
 * attribute or start a tag in someone else's page.
 *
 * @example attributeText('Compute & "openness" <b>') // 'Compute &amp; &quot;openness&quot; &lt;b&gt;'
 */
const ENTITY: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

export function attributeText(text: string): string {
  return text.replace(/[&"<>]/g, (c) => ENTITY[c]!);
}
