/** Seconds left, inside a ring that empties as they run out. Sized in em: the number always fits. */
export function CountdownRing(props: { left: number; total: number; testId?: string }) {
  const fraction = props.total > 0 ? props.left / props.total : 0;
  return (
    <span className="ring" aria-hidden="true">
      <svg viewBox="0 0 120 120" focusable="false">
        <circle cx="60" cy="60" r="54" className="ring__track" />
        <circle cx="60" cy="60" r="54" className="ring__arc" pathLength={100} strokeDasharray={`${fraction * 100} 100`} transform="rotate(-90 60 60)" />
      </svg>
      <span className="ring__number" data-testid={props.testId}>
        {props.left}
      </span>
    </span>
  );
}
