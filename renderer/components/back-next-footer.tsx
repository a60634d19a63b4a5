import { useTranslation } from 'react-i18next';

/**
 * The footer most patient screens share: "Back" on the left, the screen's forward action on the
 * right. One component, so every screen puts them in the same place with the same look.
 */
export function BackNextFooter(props: {
  onBack: () => void;
  nextLabel: string;
  onNext: () => void;
  /** When set, "Next" is disabled and points at the text that says why. */
  blockedBy?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button button--secondary" onClick={props.onBack}>
        {t('nav.back')}
      </button>
      <button
        type="button"
        className="button button--primary"
        onClick={props.onNext}
        disabled={props.blockedBy !== undefined}
        aria-describedby={props.blockedBy}
      >
        {props.nextLabel}
      </button>
    </>
  );
}
