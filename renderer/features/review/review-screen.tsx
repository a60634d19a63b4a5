import { useTranslation } from 'react-i18next';
import type { Answers, AnswerValue, Language, QuestionnaireItem } from '../../../shared/questionnaire/questionnaire-types.ts';
import { BackNextFooter } from '../../components/back-next-footer.tsx';
import { ScreenLayout } from '../../components/screen-layout.tsx';

function describe(item: QuestionnaireItem, value: AnswerValue, language: Language): string {
  if (typeof value === 'number') return item.scale ? `${value} / ${item.scale.max}` : String(value);
  const codes = typeof value === 'string' ? [value] : value;
  return codes.map((code) => item.options.find((o) => o.code === code)?.text[language] ?? code).join(', ');
}

/** Every answer, each one a button that opens its question again. */
export function ReviewScreen(props: {
  items: readonly QuestionnaireItem[];
  answers: Answers;
  language: Language;
  header: React.ReactNode;
  onEdit: (linkId: string) => void;
  onConfirm: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
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
      <ul className="review-list">
        {props.items.map((item) => {
          const value = props.answers[item.linkId];
          return (
            <li key={item.linkId}>
              <button type="button" className="review-item" data-link-id={item.linkId} onClick={() => props.onEdit(item.linkId)}>
                <span className="review-item__label">{item.shortLabel[props.language]}</span>
                <span className={`review-item__value ${value === undefined ? 'review-item__value--empty' : ''}`}>{value === undefined ? t('review.notAnswered') : describe(item, value, props.language)}</span>
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
    </ScreenLayout>
  );
}
