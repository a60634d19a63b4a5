import { useTranslation } from 'react-i18next';
import { causeTexts, guidanceTexts } from '../../../shared/assessment/assessment-texts.ts';
import { causesToExplain } from '../../../shared/assessment/causes-to-explain.ts';
import type { Assessment, GuidanceLevel } from '../../../shared/assessment/assessment-types.ts';
import type { Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import { BackNextFooter } from '../../components/back-next-footer.tsx';
import { ScreenLayout } from '../../components/screen-layout.tsx';

/** One icon per guidance level: a tick, a speech bubble, an exclamation mark. */
function VerdictIcon(props: { level: GuidanceLevel }) {
  return (
    <svg className="verdict__icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="22" fill="currentColor" />
      {props.level === 'common-harmless' ? (
        <path d="M13 25l7 7 15-16" fill="none" stroke="var(--surface)" strokeWidth="5" strokeLinecap="round" strokeLinejoin="round" />
      ) : null}
      {props.level === 'discuss-with-therapist' ? (
        <path d="M12 15h24v14H22l-6 5v-5h-4z" fill="var(--surface)" stroke="var(--surface)" strokeWidth="2" strokeLinejoin="round" />
      ) : null}
      {props.level === 'tell-front-desk-now' ? (
        <>
          <path d="M24 11v16" stroke="var(--alert)" strokeWidth="5.5" strokeLinecap="round" />
          <circle cx="24" cy="35" r="3.2" fill="var(--alert)" />
        </>
      ) : null}
    </svg>
  );
}

/**
 * What the answers suggest, result first: the verdict card (icon, one sentence, one thing to
 * do), then what the patient can do now, then the likely causes (none with a red flag, as on
 * the sheet), then printing. Informs, never diagnoses.
 */
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
  const likely = causesToExplain(assessment);
  const hasRedFlag = assessment.redFlags.length > 0;
  const guidance = guidanceTexts[assessment.guidance];
  return (
    <ScreenLayout
      labelledBy="result-title"
      header={props.header}
      kind="result"
      footer={<BackNextFooter onBack={props.onBack} nextLabel={t('result.done')} onNext={props.onFinish} />}
    >
      <div className="result">
        <h1 id="result-title" data-speak>
          {t('result.title')}
        </h1>
        <section
          className={`verdict verdict--${assessment.level} guidance guidance--${assessment.level}`}
          data-level={assessment.level}
          aria-labelledby="verdict-title"
        >
          <VerdictIcon level={assessment.level} />
          <h2 id="verdict-title" className="verdict__title" data-speak>
            {guidance.title[language]}
          </h2>
          <p className="verdict__body" data-speak>
            {guidance.body[language]}
          </p>
          <p className="verdict__action" data-speak>
            {t(`result.verdictAction.${assessment.level}`)}
          </p>
        </section>
        <section className="result__section">
          <h2>{t('result.meanwhileTitle')}</h2>
          <ul className="points">
            {assessment.meanwhile.map((tip) => (
              <li key={tip.en}>{tip[language]}</li>
            ))}
          </ul>
        </section>
        {hasRedFlag ? null : (
          <section className="result__section">
            <h2>{t('result.causesTitle')}</h2>
            {likely.length === 0 ? <p>{t('result.noCause')}</p> : null}
            {likely.map((cause) => (
              <article key={cause.cause} className="cause" data-cause={cause.cause}>
                <h3 data-speak>{causeTexts[cause.cause].name[language]}</h3>
                <p data-speak>{causeTexts[cause.cause].explanation[language]}</p>
                {cause.evidence.some((e) => e.weight > 0) ? (
                  // Each evidence text already starts with "Because you said…", so no label above the list.
                  <ul className="because" aria-label={t('result.because')}>
                    {cause.evidence
                      .filter((e) => e.weight > 0)
                      .map((e) => (
                        <li key={`${e.linkId}:${e.code}`}>{e.because[language]}</li>
                      ))}
                  </ul>
                ) : null}
              </article>
            ))}
          </section>
        )}
        <section className="result__section" aria-label={t('result.print')}>
          {props.printPanel}
        </section>
        <p className="hint">{t('result.notDiagnosis')}</p>
      </div>
    </ScreenLayout>
  );
}
