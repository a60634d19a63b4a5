import { useTranslation } from 'react-i18next';
import type { QuestionPage } from '../../../shared/questionnaire/question-pages.ts';
import type { Answers, AnswerValue, Language, QuestionnaireItem, QuestionnairePart } from '../../../shared/questionnaire/questionnaire-types.ts';
import { BackNextFooter } from '../../components/back-next-footer.tsx';
import { ScreenLayout } from '../../components/screen-layout.tsx';

function describe(item: QuestionnaireItem, value: AnswerValue, language: Language): string {
  if (typeof value === 'number') return item.scale ? `${value} / ${item.scale.max}` : String(value);
  const codes = typeof value === 'string' ? [value] : value;
  return codes.map((code) => item.options.find((o) => o.code === code)?.text[language] ?? code).join(', ');
}

/** One row per page: a page of several questions shows each answer on its own line. */
function PageAnswers(props: { page: QuestionPage; answers: Answers; language: Language; notAnswered: string }) {
  const { page, answers, language } = props;
  const answeredItems = page.items.filter((item) => answers[item.linkId] !== undefined);
  if (answeredItems.length === 0) return <span className="review-item__value review-item__value--empty">{props.notAnswered}</span>;
  if (!page.group) {
    const [item] = answeredItems;
    const value = item ? answers[item.linkId] : undefined;
    return <span className="review-item__value">{item && value !== undefined ? describe(item, value, language) : props.notAnswered}</span>;
  }
  return (
    <span className="review-item__value review-item__value--lines">
      {page.items.map((item) => {
        const value = answers[item.linkId];
        return (
          <span key={item.linkId} className="review-item__line">
            <span className="review-item__line-label">{item.shortLabel[language]}: </span>
            {value === undefined ? <span className="review-item__value--empty">{props.notAnswered}</span> : describe(item, value, language)}
          </span>
        );
      })}
    </span>
  );
}

/** Every answer, under a heading per part; each row (one per page) opens its page again. */
export function ReviewScreen(props: {
  sections: readonly { readonly part: QuestionnairePart; readonly pages: readonly QuestionPage[] }[];
  answers: Answers;
  language: Language;
  header: React.ReactNode;
  onEdit: (linkId: string) => void;
  onConfirm: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const { language } = props;
  return (
    <ScreenLayout
      labelledBy="review-title"
      header={props.header}
      footer={<BackNextFooter onBack={props.onBack} nextLabel={t('review.confirm')} onNext={props.onConfirm} />}
    >
      <h1 id="review-title" data-speak>
        {t('review.title')}
      </h1>
      <p className="hint" data-speak>
        {t('review.body')}
      </p>
      {props.sections.map(({ part, pages }, index) => (
        <section key={part.id} className="review-section" aria-labelledby={`review-part-${part.id}`} data-part={part.id}>
          <h2 id={`review-part-${part.id}`} className="review-section__title" data-speak>
            {t('review.part', { index: index + 1, title: part.title[language] })}
          </h2>
          <ul className="review-list">
            {pages.map((page) => {
              const label = page.group ? page.group.shortLabel : page.items[0]?.shortLabel;
              return (
                <li key={page.linkId}>
                  <button type="button" className="review-item" data-link-id={page.linkId} onClick={() => props.onEdit(page.linkId)}>
                    <span className="review-item__label">{label?.[language]}</span>
                    <PageAnswers page={page} answers={props.answers} language={language} notAnswered={t('review.notAnswered')} />
                    <span className="review-item__change" aria-hidden="true">
                      <svg viewBox="0 0 24 24" focusable="false">
                        <path d="M4 20h4L19 9l-4-4L4 16zM14 6l4 4" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinejoin="round" />
                      </svg>
                      {t('review.change')}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </ScreenLayout>
  );
}
