import { useTranslation } from 'react-i18next';
import { BackNextFooter } from '../../components/back-next-footer.tsx';
import { ScreenLayout } from '../../components/screen-layout.tsx';

/** What happens to the answers and how long it takes, before the first question. */
export function PrivacyScreen(props: { header: React.ReactNode; onAccept: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const points = t('privacy.points', { returnObjects: true });
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
        {points.map((point) => (
          <li key={point} data-speak>
            {point}
          </li>
        ))}
      </ul>
    </ScreenLayout>
  );
}
