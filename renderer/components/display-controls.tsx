import { useId } from 'react';

/** The two display-mode buttons of the header: text size (cycles through its steps) and contrast. */
export function TextSizeButton(props: { step: number; steps: number; label: string; stepLabel: string; onNext: () => void }) {
  // Named by what it shows ("Text size"), with the step as its description: a voice-control user
  // says the words they see (WCAG 2.5.3, label in name), and a screen reader still hears the step.
  const stepId = useId();
  return (
    <button type="button" className="tool-button" onClick={props.onNext} aria-describedby={stepId} data-testid="text-size" data-step={props.step}>
      <span className="tool-button__aa" aria-hidden="true">
        A<span className="tool-button__aa-big">A</span>
      </span>
      <span>{props.label}</span>
      <span id={stepId} hidden>
        {props.stepLabel}
      </span>
      <span className="tool-button__steps" aria-hidden="true">
        {Array.from({ length: props.steps }, (_, index) => (
          <span key={index} className={index <= props.step ? 'is-on' : ''} />
        ))}
      </span>
    </button>
  );
}

export function ContrastButton(props: { on: boolean; label: string; onToggle: () => void }) {
  return (
    <button type="button" className="tool-button" aria-pressed={props.on} onClick={props.onToggle} data-testid="contrast">
      <svg className="tool-button__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2.5" />
        <path d="M12 3a9 9 0 0 1 0 18z" fill="currentColor" />
      </svg>
      <span>{props.label}</span>
    </button>
  );
}
