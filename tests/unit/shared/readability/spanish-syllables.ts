/**
 * A small Spanish syllable counter for the readability test (no maintained npm package does
 * this). Spanish spelling is regular: count vowel nuclei, splitting a vowel run only where two
 * strong vowels meet (hiatus) or an accented í/ú stands next to another vowel.
 */
const strong = new Set(['a', 'e', 'o', 'á', 'é', 'ó']);
const accentedWeak = new Set(['í', 'ú']);
const weak = new Set(['i', 'u', 'ü']);

function isVowel(letter: string): boolean {
  return strong.has(letter) || accentedWeak.has(letter) || weak.has(letter);
}

/** Syllables in one Spanish word (0 for a word with no letters). */
export function spanishSyllables(input: string): number {
  let word = input.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (word.length === 0) return 0;
  // Silent u in que/qui/gue/gui (but not in güe/güi, which keep ü).
  word = word.replace(/([qg])u([eiéí])/g, '$1$2');
  // y is a vowel at the end of a word or between consonants ("hoy", "muy", "y").
  word = word.replace(/y(?![aeiouáéíóú])/g, 'i');

  let count = 0;
  let run = '';
  const flush = (): void => {
    if (run.length === 0) return;
    count += 1;
    for (let i = 1; i < run.length; i += 1) {
      const a = run[i - 1] as string;
      const b = run[i] as string;
      const hiatus = (strong.has(a) && strong.has(b)) || accentedWeak.has(a) || accentedWeak.has(b);
      if (hiatus) count += 1;
    }
    run = '';
  };
  for (const letter of word) {
    if (isVowel(letter)) run += letter;
    else flush();
  }
  flush();
  return count;
}
