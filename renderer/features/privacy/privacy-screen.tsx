import { useTranslation } from 'react-i18next';
import { backtalkQuestionnaire } from '../../../shared/questionnaire/backtalk-questionnaire.ts';
import type { Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import { typicalVisitMinutes } from '../../../shared/questionnaire/visit-length.ts';
import { BackNextFooter } from '../../components/back-next-footer.tsx';
import { ScreenLayout } from '../../components/screen-layout.tsx';

/** What happens to the answers and how long it takes, before the first question. */
export function PrivacyScreen(props: { header: React.ReactNode; onAccept: () => void; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const points = t('privacy.points', { returnObjects: true });
  // The same honest estimate as the welcome's promise, from the questionnaire itself (worked out once, in visit-length.ts).
  const language: Language = i18n.language === 'es' ? 'es' : 'en';
  const minutes = typicalVisitMinutes(backtalkQuestionnaire, language);
  return (
    <ScreenLayout
      labelledBy="privacy-title"
      header={props.header}
      footer={<BackNextFooter onBack={props.onBack} nextLabel={t('privacy.accept')} onNext={props.onAccept} />}
    >
      <h1 id="privacy-title" data-speak>
        {t('privacy.title')}
      </h1>
      <ul className="points points--checks">
        <li data-speak>{t('privacy.time', { minutes })}</li>
        {points.map((point) => (
          <li key={point} data-speak>
            {point}
          </li>
        ))}
      </ul>
    </ScreenLayout>
  );
}
