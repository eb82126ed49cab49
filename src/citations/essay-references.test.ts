import { describe, expect, it } from 'vitest';
import { EssayBibliography } from './essay-references.ts';

/** One author (an organisation), two, many (14) and a list that ends with the literal "et al.". */
const keys = ['epoch-ai-models', 'hobbhahn-2022', 'touvron-2023', 'touvron-2023-llama2', 'hu-2021-lora'];

describe("an essay's references", () => {
  const bibliography = new EssayBibliography(keys);
  const entry = (key: string) => bibliography.entries().find((e) => e.key === key)!.html;

  it('lists one, two and many authors in APA style, with "&" before the last named author', () => {
    expect(entry('epoch-ai-models')).toMatch(/^Epoch AI\. \(/);
    expect(entry('hobbhahn-2022')).toMatch(/^Hobbhahn, M\., &#38; Besiroglu, T\. \(2022\)/);
    expect(entry('touvron-2023')).toMatch(/^Touvron, H\., Lavril, T\., .* Grave, E\., &#38; Lample, G\. \(2023\)/);
  });

  it('writes a literal "et al." author after a comma with no "&", in the list and in the preview', () => {
    expect(entry('touvron-2023-llama2')).toMatch(/^Touvron, H\., Martin, L\., Stone, K\., et al\. \(2023\)/);
    expect(entry('hu-2021-lora')).toMatch(/^Hu, E\. J\., Shen, Y\., Wallis, P\., et al\. \(2021\)/);
    expect(bibliography.previewText('touvron-2023-llama2')).toMatch(
      /^Touvron, H\., Martin, L\., Stone, K\., et al\. \(2023\)/,
    );
    for (const key of keys) expect(bibliography.previewText(key)).not.toMatch(/&\s*et al/);
  });

  it('cites each in the text, the two Touvron 2023 works told apart', () => {
    expect(bibliography.label({ key: 'hobbhahn-2022' })).toBe('Hobbhahn & Besiroglu, 2022');
    expect(bibliography.label({ key: 'hu-2021-lora', locator: '4', label: 'page' })).toBe('Hu et al., 2021, p. 4');
    expect(bibliography.label({ key: 'touvron-2023-llama2' })).toBe('Touvron, Martin, et al., 2023');
  });
});
