import { useCallback, useEffect, useState } from 'react';
import type { Language } from '../../shared/questionnaire/questionnaire-types.ts';

/**
 * An on-device voice for the language, or null. Never a network voice (`localService` false):
 * it would send the screen's text, a patient's answers and result included, to a speech service.
 */
export function pickLocalVoice(voices: readonly SpeechSynthesisVoice[], language: Language): SpeechSynthesisVoice | null {
  return voices.find((voice) => voice.localService && voice.lang.toLowerCase().startsWith(language)) ?? null;
}

/** A local voice for the language, or null (no speech synthesis, or no local voice installed for it). */
export function useSpeechVoice(language: Language): SpeechSynthesisVoice | null {
  const pick = useCallback(() => (typeof speechSynthesis === 'undefined' ? null : pickLocalVoice(speechSynthesis.getVoices(), language)), [language]);
  const [voice, setVoice] = useState(pick);
  useEffect(() => {
    setVoice(pick());
    if (typeof speechSynthesis === 'undefined') return;
    // Chromium loads its voice list after start-up and says so with this event.
    const update = () => setVoice(pick());
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, [pick]);
  return voice;
}

/** What the screen asks, in reading order: every element the screen marked with `data-speak`. */
function textOnScreen(): string {
  const parts = [...document.querySelectorAll<HTMLElement>('main [data-speak]')].map((element) => element.innerText.trim());
  return parts.filter(Boolean).join('. \n');
}

/**
 * Reads the screen aloud (the question and its answers) with the platform's speech synthesis.
 * Not shown at all where no local voice exists for the language, so it never promises what it
 * can't do, and never reads a patient's screen to a network service.
 */
export function ReadAloudButton(props: { language: Language; readLabel: string; stopLabel: string; screenKey: string }) {
  const voice = useSpeechVoice(props.language);
  const [speaking, setSpeaking] = useState(false);

  // A new screen (or language) stops reading the old one.
  useEffect(() => {
    setSpeaking(false);
    return () => {
      if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
    };
  }, [props.screenKey, props.language]);

  if (!voice) return null;

  const toggle = () => {
    speechSynthesis.cancel();
    if (speaking) return setSpeaking(false);
    const utterance = new SpeechSynthesisUtterance(textOnScreen());
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9; // a little slower than usual, for older listeners
    utterance.onend = utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    speechSynthesis.speak(utterance);
  };

  return (
    <button type="button" className="tool-button" aria-pressed={speaking} onClick={toggle} data-testid="read-aloud">
      <svg className="tool-button__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor" />
        {speaking ? (
          <rect x="15" y="8" width="6" height="8" rx="1" fill="currentColor" />
        ) : (
          <path d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        )}
      </svg>
      <span>{speaking ? props.stopLabel : props.readLabel}</span>
    </button>
  );
}
