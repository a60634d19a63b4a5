import { useTranslation } from 'react-i18next';

/** A sign under a scroller (never over its content), shown only while there is more below. */
export function MoreBelowCue(props: { shown: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="more-below" data-more-below hidden={!props.shown} aria-hidden="true">
      {t('nav.moreBelow')}
      <svg viewBox="0 0 24 24" focusable="false">
        <path d="M12 4v15M5 12l7 7 7-7" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </div>
  );
}
