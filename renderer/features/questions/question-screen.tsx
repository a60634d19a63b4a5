import { useTranslation } from 'react-i18next';
import type { AnswerValue, Language, QuestionnaireItem } from '../../../shared/questionnaire/questionnaire-types.ts';
import { BackNextFooter } from '../../components/back-next-footer.tsx';
import { ScreenLayout } from '../../components/screen-layout.tsx';
import { BodyMap } from './body-map.tsx';
import { ChoiceTiles } from './choice-tiles.tsx';
import { PainScale } from './pain-scale.tsx';

function asCodes(value: AnswerValue | undefined): string[] {
  if (value === undefined || typeof value === 'number') return [];
  return typeof value === 'string' ? [value] : [...value];
}

/** One question per screen, rendered from its definition: no screen hard-codes a question. */
export function QuestionScreen(props: {
  item: QuestionnaireItem;
  value: AnswerValue | undefined;
  language: Language;
  progress: { index: number; total: number } | null;
  fromReview: boolean;
  canGoOn: boolean;
  header: React.ReactNode;
  onAnswer: (value: AnswerValue | undefined) => void;
  onNext: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const { item, language } = props;
  const titleId = `question-${item.linkId}`;
  const codes = asCodes(props.value);
  const multiple = item.kind === 'multi-choice' || item.kind === 'body-regions';
  const answered = props.value !== undefined && codes.length + (typeof props.value === 'number' ? 1 : 0) > 0;

  let widget: React.ReactNode;
  if (item.kind === 'scale' && item.scale) {
    widget = <PainScale scale={item.scale} language={language} value={typeof props.value === 'number' ? props.value : undefined} labelledBy={titleId} onChange={props.onAnswer} />;
  } else if (item.kind === 'body-regions') {
    widget = <BodyMap options={item.options} language={language} selected={codes} labelledBy={titleId} onChange={(next) => props.onAnswer(next)} />;
  } else {
    widget = (
      <ChoiceTiles
        options={item.options}
        language={language}
        multiple={multiple}
        selected={codes}
        labelledBy={titleId}
        onChange={(next) => props.onAnswer(multiple ? next : next[0])}
      />
    );
  }

  const nextLabel = props.fromReview ? t('nav.toReview') : !answered && !item.required ? t('nav.skip') : t('nav.next');

  // The progress and the question stay in sight while the answers scroll under them.
  const pinned = (
    <>
      {props.progress ? (
        <div className="progress">
          <p className="progress__text" data-testid="progress">
            {t('nav.progress', { index: props.progress.index, total: props.progress.total })}
          </p>
          {item.section === 'safety' ? <p className="badge">{t('nav.safety')}</p> : null}
          <div className="progress__bar" aria-hidden="true">
            <div className="progress__fill" style={{ width: `${(100 * props.progress.index) / props.progress.total}%` }} />
          </div>
        </div>
      ) : null}
      <h1 id={titleId} className="question" data-speak>
        {item.text[language]}
      </h1>
      <p className="hint" data-speak>
        {item.help ? item.help[language] : multiple ? t('nav.chooseAny') : t('nav.chooseOne')}
      </p>
    </>
  );

  return (
    <ScreenLayout
      labelledBy={titleId}
      header={props.header}
      kind="question"
      pinned={pinned}
      footer={<BackNextFooter onBack={props.onBack} nextLabel={nextLabel} onNext={props.onNext} blockedBy={props.canGoOn ? undefined : `${titleId}-required`} />}
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
