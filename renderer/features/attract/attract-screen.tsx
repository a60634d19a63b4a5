import { useTranslation } from 'react-i18next';
import { backtalkQuestionnaire } from '../../../shared/questionnaire/backtalk-questionnaire.ts';
import type { Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import { ScreenLayout } from '../../components/screen-layout.tsx';
import { typicalVisitMinutes } from '../../../shared/questionnaire/visit-length.ts';

/**
 * The welcome: what this is, in the kiosk's language and the other one beneath, one equal start
 * button per language (each starts in its own language), and one line of promise per language.
 */
export function AttractScreen(props: { header: React.ReactNode; languages: readonly Language[]; language: Language; onStart: (language: Language) => void }) {
  const { t } = useTranslation();
  // The kiosk's current language first, then the others, each in its own words.
  const order = [props.language, ...props.languages.filter((language) => language !== props.language)].filter((language) => props.languages.includes(language));
  const others = order.slice(1);
  return (
    <ScreenLayout labelledBy="attract-title" header={props.header} kind="attract">
      <div className="attract">
        <svg className="attract__art" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
          <circle cx="60" cy="60" r="58" className="attract__art-disc" />
          {[30, 44, 58, 72, 86].map((y) => (
            <rect key={y} x="48" y={y - 5} width="24" height="10" rx="5" className="attract__art-bone" />
          ))}
          <path d="M60 18v84" className="attract__art-line" />
        </svg>
        <h1 id="attract-title" data-speak>
          {t('attract.title')}
        </h1>
        {others.map((language) => (
          <p key={language} className="attract__subtitle" lang={language}>
            {t('attract.title', { lng: language })}
          </p>
        ))}
        <div className="attract__starts">
          {order.map((language) => (
            <button
              key={language}
              type="button"
              lang={language}
              className="button button--primary button--huge attract__start"
              onClick={() => props.onStart(language)}
            >
              {/* One language: no need to name it. */}
              {order.length === 1 ? t('attract.start', { lng: language }) : t('attract.startIn', { lng: language })}
            </button>
          ))}
        </div>
        <p className="attract__promise" data-speak>
          {order.map((language) => (
            <span key={language} lang={language}>
              {t('attract.promise', { lng: language, minutes: typicalVisitMinutes(backtalkQuestionnaire, language) })}
            </span>
          ))}
        </p>
      </div>
    </ScreenLayout>
  );
}
