import { useTranslation } from 'react-i18next';
import { causeTexts, guidanceTexts } from '../../../shared/assessment/assessment-texts.ts';
import type { Assessment } from '../../../shared/assessment/assessment-types.ts';
import type { Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import { BackNextFooter } from '../../components/back-next-footer.tsx';
import { ScreenLayout } from '../../components/screen-layout.tsx';

/** What the answers suggest: informs, never diagnoses. The print panel sits on top of it. */
export function ResultScreen(props: {
  assessment: Assessment;
  language: Language;
  header: React.ReactNode;
  printPanel: React.ReactNode;
  onFinish: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const { assessment, language } = props;
  const likely = assessment.causes.filter((cause) => cause.likely);
  const guidance = guidanceTexts[assessment.guidance];
  return (
    <ScreenLayout
      labelledBy="result-title"
      header={props.header}
      footer={<BackNextFooter onBack={props.onBack} nextLabel={t('result.done')} onNext={props.onFinish} />}
    >
      <h1 id="result-title" data-speak>
        {t('result.title')}
      </h1>
      {props.printPanel}
      <section className={`guidance guidance--${assessment.level}`} data-level={assessment.level}>
        <h2 data-speak>{guidance.title[language]}</h2>
        <p data-speak>{guidance.body[language]}</p>
      </section>
      <section>
        <h2>{t('result.causesTitle')}</h2>
        {likely.length === 0 ? <p>{t('result.noCause')}</p> : null}
        {likely.map((cause) => (
          <article key={cause.cause} className="cause" data-cause={cause.cause}>
            <h3 data-speak>{causeTexts[cause.cause].name[language]}</h3>
            <p data-speak>{causeTexts[cause.cause].explanation[language]}</p>
            {cause.evidence.some((e) => e.weight > 0) ? (
              <>
                {/* Each evidence text already starts with "Because you said…", so no label above the list. */}
                <ul className="because" aria-label={t('result.because')}>
                  {cause.evidence
                    .filter((e) => e.weight > 0)
                    .map((e) => (
                      <li key={`${e.linkId}:${e.code}`}>{e.because[language]}</li>
                    ))}
                </ul>
              </>
            ) : null}
          </article>
        ))}
      </section>
      <section>
        <h2>{t('result.meanwhileTitle')}</h2>
        <ul className="points">
          {assessment.meanwhile.map((tip) => (
            <li key={tip.en}>{tip[language]}</li>
          ))}
        </ul>
      </section>
      <p className="hint">{t('result.notDiagnosis')}</p>
    </ScreenLayout>
  );
}
