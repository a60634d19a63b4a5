/**
 * Every patient-facing string is plain: English Flesch-Kincaid grade ≤ 6, Spanish
 * Fernández-Huerta ≥ 70. Sentences of five words or more are checked alone; shorter labels
 * (answer buttons, headings) are checked on the screen where they appear, because the formulas
 * say nothing useful about a two-word button.
 */
import { describe, expect, it } from 'vitest';
import { allPatientTexts, patientScreens, sentencesOf } from './patient-texts.ts';
import { countText, fernandezHuerta, fleschKincaidGrade } from './readability.ts';
import { spanishSyllables } from './spanish-syllables.ts';

const maxGrade = 6;
const minEase = 70;

describe('readability formulas (checked against published values)', () => {
  it('Flesch-Kincaid grade matches a hand count', () => {
    // "The cat sat on the mat." 6 words, 6 syllables, 1 sentence: 0.39*6 + 11.8*1 - 15.59 = -1.45
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeCloseTo(-1.45, 2);
    // A long academic sentence is well above grade 6.
    expect(fleschKincaidGrade('Musculoskeletal crepitus frequently accompanies degenerative intervertebral articulation pathology.')).toBeGreaterThan(15);
  });

  it('Fernández-Huerta matches a hand count with F as words per sentence', () => {
    // "El gato come pan." 4 words, 6 syllables (el ga-to co-me pan), 1 sentence:
    // 206.84 - 0.60*150 - 1.02*4 = 112.76
    expect(fernandezHuerta('El gato come pan.')).toBeCloseTo(112.76, 2);
    // Shorter sentences must read easier, not harder (the common mis-copy gets this backwards).
    const long = 'El gato come pan y el perro come carne y el niño bebe leche en la casa.';
    const short = 'El gato come pan. El perro come carne. El niño bebe leche en la casa.';
    expect(fernandezHuerta(short)).toBeGreaterThan(fernandezHuerta(long));
    expect(fernandezHuerta('La caracterización multidimensional de la sintomatología osteoarticular degenerativa.')).toBeLessThan(40);
  });

  it('counts sentences, words and figures as in Flesch (a figure is one syllable)', () => {
    expect(countText('How bad is it, from 0 to 10? Pick one.', 'en')).toEqual({ sentences: 2, words: 10, syllables: 10 });
  });
});

describe('Spanish syllable counter', () => {
  it.each([
    ['casa', 2],
    ['espalda', 3],
    ['cruje', 2],
    ['coyuntura', 4],
    ['días', 2],
    ['dolor', 2],
    ['aéreo', 4],
    ['guerra', 2],
    ['pingüino', 3],
    ['que', 1],
    ['quince', 2],
    ['hoy', 1],
    ['muy', 1],
    ['rey', 1],
    ['y', 1],
    ['ciudad', 2],
    ['teatro', 3],
    ['país', 2],
    ['oído', 3],
    ['cáncer', 2],
    ['escalofríos', 5],
    ['hinchazón', 3],
    ['murciélago', 4],
    ['buey', 1],
    ['Uruguay', 3],
    ['poeta', 3],
    ['cuidado', 3],
    ['terapeuta', 4],
    ['ayuda', 3],
    ['rodillas', 3],
    ['después', 2],
    ['aguantar', 3],
    ['leer', 2],
    ['baúl', 2],
  ])('%s has %i syllables', (word, expected) => {
    expect(spanishSyllables(word)).toBe(expected);
  });
});

describe('patient texts, sentence by sentence', () => {
  const texts = allPatientTexts();
  const screens = patientScreens();

  it('covers the questionnaire, the assessment, the printout and the screen messages', () => {
    expect(texts.length).toBeGreaterThan(300);
    for (const prefix of ['safety-', 'risk-', 'cause.', 'guidance.', 'summary.', 'screen.']) {
      expect(
        texts.some((entry) => entry.name.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
  });

  const isSentence = (text: string, language: 'en' | 'es'): boolean => countText(text, language).words >= 5;

  /** Every sentence of five words or more, with where it comes from. */
  function sentences(language: 'en' | 'es'): { name: string; sentence: string }[] {
    return texts.flatMap(({ name, text }) =>
      sentencesOf(text[language])
        .filter((sentence) => isSentence(sentence, language))
        .map((sentence) => ({ name, sentence })),
    );
  }

  it('every English sentence reads at grade 6 or below (the worst is named)', () => {
    const scored = sentences('en').map((entry) => ({ ...entry, score: fleschKincaidGrade(entry.sentence) }));
    expect(scored.length).toBeGreaterThan(150);
    const failing = scored.filter((entry) => entry.score > maxGrade).sort((a, b) => b.score - a.score);
    const worst = failing[0];
    expect(failing.length, worst ? `${failing.length} too hard; worst ${worst.name}: "${worst.sentence}" grade ${worst.score.toFixed(1)}` : '').toBe(0);
  });

  it('every Spanish sentence reads at ease 70 or above (the worst is named)', () => {
    const scored = sentences('es').map((entry) => ({ ...entry, score: fernandezHuerta(entry.sentence) }));
    expect(scored.length).toBeGreaterThan(150);
    const failing = scored.filter((entry) => entry.score < minEase).sort((a, b) => a.score - b.score);
    const worst = failing[0];
    expect(failing.length, worst ? `${failing.length} too hard; worst ${worst.name}: "${worst.sentence}" ease ${worst.score.toFixed(1)}` : '').toBe(0);
  });

  it('every screen reads at grade 6 or below (en) and ease 70 or above (es), worst named', () => {
    const failing = screens
      .map(({ name, text }) => ({ name, grade: fleschKincaidGrade(text.en), ease: fernandezHuerta(text.es) }))
      .filter((screen) => screen.grade > maxGrade || screen.ease < minEase);
    expect(failing.map((screen) => `${screen.name}: grade ${screen.grade.toFixed(1)}, ease ${screen.ease.toFixed(1)}`)).toEqual([]);
  });

  it('the per-sentence check finds a hard sentence hidden among easy ones', () => {
    const hidden = `${'It is fine. '.repeat(8)}Degenerative changes frequently accompany repetitive movements. Go on.`;
    // Averaged over the whole text it passes; sentence by sentence it does not.
    expect(fleschKincaidGrade(hidden)).toBeLessThanOrEqual(maxGrade);
    expect(Math.max(...sentencesOf(hidden).map((sentence) => fleschKincaidGrade(sentence)))).toBeGreaterThan(maxGrade);
  });

  it('every short label appears on a checked screen', () => {
    const screenText = screens.map((screen) => `${screen.text.en} ${screen.text.es}`).join(' ');
    for (const { name, text } of texts.filter((entry) => !entry.name.startsWith('screen.') && !entry.name.startsWith('summary.'))) {
      if (!isSentence(text.en, 'en')) expect(screenText.includes(text.en), name).toBe(true);
      if (!isSentence(text.es, 'es')) expect(screenText.includes(text.es), name).toBe(true);
    }
  });

  it('never diagnoses: no "you have" in the cause explanations and guidance', () => {
    for (const { name, text } of texts.filter((entry) => /^(cause|guidance|because|meanwhile)\./.test(entry.name))) {
      expect(text.en, name).not.toMatch(/\byou have (a|an)\b|\bdiagnos/i);
    }
  });

  it('one Spanish verb for cracking: "crujir", never "tronar"', () => {
    for (const { name, text } of texts) expect(text.es, name).not.toMatch(/\btruen|\btron(ar|ó|a)\b/i);
  });
});
