import { syllable } from 'syllable';

/**
 * Flesch–Kincaid grade level of a text: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
 * Numbers, units and abbreviations count as one short word; "e.g." and decimals do not end sentences.
 */
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|vs|approx|cf)\./gi;

export const sentencesOf = (text: string): string[] =>
  text
    .replace(ABBREVIATIONS, (m) => m.replace('.', ''))
    .split(/(?<=[.!?;:])\s+(?=[A-Z0-9("“‘])/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z]/.test(s));

export const wordsOf = (text: string): string[] =>
  text.match(/[A-Za-z]+(?:['’-][A-Za-z]+)*|\d+(?:[.,]\d+)*/g) ?? [];

const syllablesOf = (word: string): number => {
  if (/^\d/.test(word)) return 1;
  // Abbreviations in capitals (MCL, ACL) read letter by letter, but patients know them as one token.
  if (/^[A-Z]{2,}$/.test(word)) return 1;
  return Math.max(1, syllable(word));
};

export interface Readability {
  grade: number;
  words: number;
  sentences: number;
}

export const readability = (text: string): Readability => {
  const sentences = Math.max(1, sentencesOf(text).length);
  const words = wordsOf(text);
  const n = Math.max(1, words.length);
  const syllables = words.reduce((acc, w) => acc + syllablesOf(w), 0);
  return {
    grade: 0.39 * (n / sentences) + 11.8 * (syllables / n) - 15.59,
    words: words.length,
    sentences,
  };
};
