/**
 * What no sentence a reader can meet may contain (issue 19): checks for one sentence of the catalogue
 * (tests/build/prose-catalogue.test.ts) and for the text of one <FigureValue>. Each returns the problems it finds,
 * in words; an empty list means the sentence reads right. Maths (⟦…⟧, KaTeX's TeX annotation) is left out of
 * the word checks: `g_i` in TeX is notation, not a leaked key.
 *
 * @example sentenceProblems('The gap peaks in 2,030.', { keys: new Set() }) // ['a year with a group separator: "2,030"']
 */

export interface Registries {
  /** Parameter keys, value names and case names of every figure and the parameter registry's ids. */
  readonly keys: ReadonlySet<string>;
}

/** Words spelt with a small letter before a capital on purpose. */
const MIXED_CASE_WORDS = /^(arXiv|iPhone|iPad|iOS|macOS|eBay|kWh|mAh)$/;

/** Exceptions to the a/an rule by sound, not spelling. */
const AN_BEFORE_CONSONANT = /^(hour|honest|honou?r|heir|X|LLM|MMLU|RTX|H100|H200|FLOP|SVG|HTML|MoE|NVIDIA|RL)/;
const A_BEFORE_VOWEL = /^(one|once|uni|use|usu|user|util|euro|eu|U\.S|US\b|ubiq|UK|URL)/i;

/** Whether a number read aloud starts with a vowel sound: 8, 11, 18, 80, 800 and 8,000, 11,000 … */
function numberTakesAn(digits: string): boolean {
  const plain = digits.replace(/,/g, '');
  if (plain.startsWith('8')) return true;
  const lead = plain.split('.')[0]!;
  return lead.length % 3 === 2 && (lead.startsWith('11') || lead.startsWith('18'));
}

function articleProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(/\b(a|an|A|An)\s+([A-Za-z0-9$][\w$]*(?:[.,]\d+)*)/g)) {
    const [whole, article, word] = match as unknown as [string, string, string];
    const an = article.toLowerCase() === 'an';
    let wantsAn: boolean;
    if (/^\d/.test(word)) wantsAn = numberTakesAn(word);
    else if (word.startsWith('$')) wantsAn = false;
    else if (AN_BEFORE_CONSONANT.test(word)) wantsAn = true;
    else if (A_BEFORE_VOWEL.test(word)) wantsAn = false;
    else if (/^[A-Z]{2,}/.test(word)) wantsAn = /^[AEFHILMNORSX]/.test(word);
    else wantsAn = /^[aeiouAEIOU]/.test(word);
    if (an !== wantsAn) problems.push(`wrong article: "${whole}"`);
  }
  return problems;
}

/** Problems of one sentence as a reader sees it. */
export function sentenceProblems(sentence: string, registries: Registries): string[] {
  const problems: string[] = [];
  const words = sentence.replace(/⟦[^⟧]*⟧/g, ' ');
  const found = (what: string, match: RegExpExecArray | null) => {
    if (match) problems.push(`${what}: "${match[0]}"`);
  };
  found('not a number', /\bNaN\b/.exec(words));
  found('infinity', /∞|\bInfinity\b/.exec(words));
  found('undefined or null', /\b(undefined|null)\b/.exec(words));
  found('an unfilled placeholder', /[{}]|<\/?[A-Z]\w*|\[object |\bTODO\b|\bXXX\b/.exec(words));
  // A year: after a word that introduces one ("in 2,029", "by 2,030"), so "2,000 times" is a number.
  const yearWords = /(?<=\b(?:in|by|until|from|since|after|before|around|to|and|year|till)\s)/.source;
  found('a year with a group separator', new RegExp(`${yearWords}2,0\\d\\d\\b(?!,\\d)`).exec(words));
  found('a negative duration', /[−-]\s?\d[\d.,]*\s*(years?|months?|weeks?|days?)\b/.exec(words));
  for (const match of words.matchAll(/\b([A-Za-z][\w']*)\s+\1\b/gi)) problems.push(`a repeated word: "${match[0]}"`);
  found(
    'one of a plural noun',
    /(?<![\d.,])1 (points|months|years|weeks|days|steps|runs|tokens|parameters|orders|nats|draws|bits|models|machines)\b/.exec(
      words,
    ),
  );
  // Two parentheses side by side, "(Cottier et al., 2024) (in our own …)": a citation and an aside run together.
  found('two brackets side by side', /\)\s+\(/.exec(words));
  // A name a template set mid-sentence with its first letter lowered ("paLM’s cost"): a small letter, then a capital.
  for (const match of words.matchAll(/(?<![\p{L}\p{N}_])\p{Ll}+\p{Lu}[\p{L}\p{N}]*/gu)) {
    if (!MIXED_CASE_WORDS.test(match[0]) && !registries.keys.has(match[0]))
      problems.push(`a name with its first letter lowered: "${match[0]}"`);
  }
  problems.push(...articleProblems(words));
  for (const token of words.match(/[A-Za-z]\w*/g) ?? []) {
    // Only keys no English word spells: with an underscore, a digit or an inner capital.
    if (registries.keys.has(token) && /_|\d|[a-z][A-Z]/.test(token)) problems.push(`an internal name: "${token}"`);
  }
  return problems;
}

/**
 * Problems of a <FigureValue>'s text: a value in its unit ("3.3 years", "2028", "15%"), never a clause.
 *
 * @example valueProblems('for ever: nothing lifts the meek actor') // ['a clause, not a value: …']
 */
export function valueProblems(text: string): string[] {
  const clause = /[:;]|\.\s|\b(is|are|was|were|keeps?|stays?|never|still)\b/.test(text) || text.split(/\s+/).length > 6;
  return clause ? [`a clause, not a value: "${text}"`] : [];
}
