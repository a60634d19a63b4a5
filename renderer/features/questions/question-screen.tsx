import { useTranslation } from 'react-i18next';
import type { QuestionPage } from '../../../shared/questionnaire/question-pages.ts';
import type { Answers, AnswerValue, Language, QuestionnaireItem } from '../../../shared/questionnaire/questionnaire-types.ts';
import { BackNextFooter } from '../../components/back-next-footer.tsx';
import { ScreenLayout } from '../../components/screen-layout.tsx';
import { BodyMap } from './body-map.tsx';
import { ChoiceTiles } from './choice-tiles.tsx';
import { PainScale } from './pain-scale.tsx';

function asCodes(value: AnswerValue | undefined): string[] {
  if (value === undefined || typeof value === 'number') return [];
  return typeof value === 'string' ? [value] : [...value];
}

const isMultiple = (item: QuestionnaireItem) => item.kind === 'multi-choice' || item.kind === 'body-regions';

/** The answer widget of one item, labelled by `labelledBy`. */
function AnswerWidget(props: {
  item: QuestionnaireItem;
  value: AnswerValue | undefined;
  language: Language;
  labelledBy: string;
  onAnswer: (value: AnswerValue | undefined) => void;
}) {
  const { item, language, labelledBy } = props;
  const codes = asCodes(props.value);
  const multiple = isMultiple(item);
  if (item.kind === 'scale' && item.scale) {
    return (
      <PainScale
        scale={item.scale}
        language={language}
        value={typeof props.value === 'number' ? props.value : undefined}
        labelledBy={labelledBy}
        onChange={props.onAnswer}
      />
    );
  }
  if (item.kind === 'body-regions') {
    return <BodyMap options={item.options} language={language} selected={codes} labelledBy={labelledBy} onChange={(next) => props.onAnswer(next)} />;
  }
  return (
    <ChoiceTiles
      options={item.options}
      language={language}
      multiple={multiple}
      selected={codes}
      labelledBy={labelledBy}
      onChange={(next) => props.onAnswer(multiple ? next : next[0])}
    />
  );
}

/**
 * One question page, rendered from its definition: no screen hard-codes a question. A page is
 * one item, or a group's items as short rows under the group's heading (one Next for all).
 */
export function QuestionScreen(props: {
  page: QuestionPage;
  answers: Answers;
  language: Language;
  progress: { index: number; total: number; fraction: number; title: string } | null;
  fromReview: boolean;
  canGoOn: boolean;
  header: React.ReactNode;
  onAnswer: (linkId: string, value: AnswerValue | undefined) => void;
  onNext: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const { page, language, answers } = props;
  const titleId = `question-${page.linkId}`;
  const first = page.items[0];
  if (!first) return null;
  const answered = page.items.some((item) => asCodes(answers[item.linkId]).length > 0 || typeof answers[item.linkId] === 'number');
  const required = page.items.some((item) => item.required);

  const nextLabel = props.fromReview ? t('nav.toReview') : !answered && !required ? t('nav.skip') : t('nav.next');
  const heading = page.group ? page.group.text : first.text;
  const help = page.group ? page.group.help : first.help;

  // The progress and the question stay in sight while the answers scroll under them.
  const pinned = (
    <>
      {props.progress ? (
        <div className="progress">
          <p className="progress__text" data-testid="progress">
            {t('nav.part', { index: props.progress.index, total: props.progress.total, title: props.progress.title })}
          </p>
          {first.section === 'safety' ? <p className="badge">{t('nav.safety')}</p> : null}
          <div className="progress__bar" aria-hidden="true">
            <div className="progress__fill" style={{ width: `${100 * props.progress.fraction}%` }} />
          </div>
        </div>
      ) : null}
      <h1 id={titleId} className="question" data-speak>
        {heading[language]}
      </h1>
      <p className="hint" data-speak>
        {help ? help[language] : isMultiple(first) ? t('nav.chooseAny') : t('nav.chooseOne')}
      </p>
    </>
  );

  const widget = page.group ? (
    <ol className="question-rows">
      {page.items.map((item) => (
        <li key={item.linkId} className="question-row" data-link-id={item.linkId}>
          <h2 id={`item-${item.linkId}`} className="question-row__text" data-speak>
            {item.text[language]}
          </h2>
          <AnswerWidget
            item={item}
            value={answers[item.linkId]}
            language={language}
            labelledBy={`item-${item.linkId}`}
            onAnswer={(value) => props.onAnswer(item.linkId, value)}
          />
        </li>
      ))}
    </ol>
  ) : (
    <AnswerWidget
      item={first}
      value={answers[first.linkId]}
      language={language}
      labelledBy={titleId}
      onAnswer={(value) => props.onAnswer(first.linkId, value)}
    />
  );

  return (
    <ScreenLayout
      labelledBy={titleId}
      header={props.header}
      kind="question"
      pinned={pinned}
      footer={
        <BackNextFooter onBack={props.onBack} nextLabel={nextLabel} onNext={props.onNext} blockedBy={props.canGoOn ? undefined : `${titleId}-required`} />
      }
    >
      {widget}
      {!props.canGoOn ? (
        <p id={`${titleId}-required`} className="hint hint--required">
          {t('nav.required')}
        </p>
      ) : null}
    </ScreenLayout>
  );
}
