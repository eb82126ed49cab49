/**
 * A label written to start a sentence ("PaLM’s cost over Vicuna’s", "Frontier cost growth"), set inside one: its
 * first letter lowered unless its first word is a name. A name is a word with a capital or a digit after its first
 * letter (PaLM, LLaMA-13B, RTX, GPT-4, OpenAI) or one of the proper names below. Claim notes and Believe lines used
 * to lower every label, and printed "paLM’s cost over Vicuna’s" (issue 19).
 *
 * @example midSentence('PaLM’s cost over Vicuna’s') // 'PaLM’s cost over Vicuna’s'
 * @example midSentence('Vicuna’s fine-tuning cost') // 'Vicuna’s fine-tuning cost'
 * @example midSentence('Frontier cost growth') // 'frontier cost growth'
 */

/** Proper names a label may start with that spelling alone does not mark (no inner capital or digit). */
const NAMES: ReadonlySet<string> = new Set([
  'Apple',
  'Chinchilla',
  'Christensen',
  'Cottier',
  'Epoch',
  'Framework',
  'Gemini',
  'Google',
  'Grok',
  'Kaplan',
  'Llama',
  'Mac',
  'Meta',
  'Moore',
  'Nvidia',
  'Ryzen',
  'Vicuna',
]);

/** The first word without its possessive or punctuation: "Vicuna’s," → "Vicuna". */
function firstWord(text: string): string {
  const word = text.trimStart().split(/[\s–—]/)[0] ?? '';
  return word.replace(/[’']s$/, '').replace(/[^\p{L}\p{N}-]/gu, '');
}

/** Whether a word is a name, whose capital stays inside a sentence. */
export function isName(word: string): boolean {
  const stem = word.split('-')[0] ?? word;
  return /[\p{Lu}\p{N}]/u.test(word.slice(1)) || NAMES.has(stem);
}

/** `label` as it reads after the first word of a sentence. */
export function midSentence(label: string): string {
  return isName(firstWord(label)) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
