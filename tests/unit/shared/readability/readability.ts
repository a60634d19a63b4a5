/**
 * Readability measures for the patient-text tests.
 * English: Flesch-Kincaid grade (Kincaid et al. 1975) via the `flesch-kincaid` and `syllable`
 * packages. Spanish: Fernández-Huerta (1959) with the syllable counter above.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { spanishSyllables } from './spanish-syllables.ts';

export interface TextCounts {
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function sentenceCount(text: string): number {
  const parts = text.split(/[.!?]+/).filter((part) => /[\p{L}\p{N}]/u.test(part));
  return Math.max(1, parts.length);
}

function wordSyllables(word: string, language: 'en' | 'es'): number {
  // Flesch's counting rule (How to Write Plain English, 1979): figures count as one syllable.
  if (/^\d+$/.test(word)) return 1;
  return Math.max(1, language === 'en' ? syllable(word) : spanishSyllables(word));
}

export function countText(text: string, language: 'en' | 'es'): TextCounts {
  const words = text.match(wordPattern) ?? [];
  let syllables = 0;
  for (const word of words) syllables += wordSyllables(word, language);
  return { sentences: sentenceCount(text), words: words.length, syllables };
}

/** Flesch-Kincaid grade level of an English text. */
export function fleschKincaidGrade(text: string): number {
  const counts = countText(text, 'en');
  return fleschKincaid({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables });
}

/**
 * Fernández-Huerta reading ease (higher is easier) of a Spanish text:
 * L = 206.84 − 0.60·P − 1.02·F, with P = syllables per 100 words and F = words per sentence.
 * F here is words per sentence (as in Flesch, which the formula adapts): the common copy that
 * reads F as "sentences per 100 words" scores shorter sentences as harder, an error shown by
 * G. Law (LINGUIST List 22.2332, 2011).
 */
export function fernandezHuerta(text: string): number {
  const counts = countText(text, 'es');
  const p = (counts.syllables / counts.words) * 100;
  const f = counts.words / counts.sentences;
  return 206.84 - 0.6 * p - 1.02 * f;
}
