/** Pasted markup keeps a title inside its attribute. */
import { describe, expect, it } from 'vitest';
import { attributeText } from './attribute-text.ts';

describe('attributeText', () => {
  it('writes & < > and " as entities and leaves the rest', () => {
    expect(attributeText('Compute & "openness" <b>')).toBe('Compute &amp; &quot;openness&quot; &lt;b&gt;');
    expect(attributeText('The frontier’s lead in loss')).toBe('The frontier’s lead in loss');
  });

  it('cannot end the attribute, whatever the title', () => {
    const title = '"><script>alert(1)</script>';
    expect(`<iframe title="${attributeText(title)}">`).not.toMatch(/"[^"]*"[^>]*>.*<script/);
    expect(attributeText(title)).not.toMatch(/["<>]/);
  });
});
