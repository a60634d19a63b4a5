/**
 * The Backtalk check-in questionnaire: one item per screen, "about" items first, the six
 * safety items last. linkIds and option codes are stable: the rule table, the FHIR export,
 * printed QR codes and therapists' scanners all depend on them, so never rename one; add a
 * new code and bump the questionnaire version instead.
 */
import type { AnswerOption, LocalizedText, Questionnaire, QuestionnaireItem } from './questionnaire-types.ts';

const t = (en: string, es: string): LocalizedText => ({ en, es });

const notSure: AnswerOption = { code: 'unsure', text: t('Not sure', 'No sé') };

/** The three codes of every yes-no-unsure item, in screen order. */
export const yesNoUnsureOptions: readonly AnswerOption[] = [
  { code: 'yes', text: t('Yes', 'Sí') },
  { code: 'no', text: t('No', 'No') },
  notSure,
];

const pickAll = t('Pick all that fit.', 'Elija todas las que apliquen.');

const aboutItems: readonly QuestionnaireItem[] = [
  {
    linkId: 'where',
    kind: 'body-regions',
    section: 'about',
    required: true,
    text: t('Where does your back crack?', '¿Dónde le cruje la espalda?'),
    help: t('Tap each part that cracks. You can pick more than one.', 'Toque cada parte que cruje. Puede elegir más de una.'),
    shortLabel: t('Where it cracks', 'Dónde cruje'),
    options: [
      { code: 'neck', text: t('Neck', 'Cuello') },
      { code: 'upper-back', text: t('Upper back', 'Parte alta de la espalda') },
      { code: 'middle-back', text: t('Middle back', 'Parte media de la espalda') },
      { code: 'lower-back', text: t('Lower back', 'Parte baja de la espalda') },
    ],
  },
  {
    linkId: 'triggers',
    kind: 'multi-choice',
    section: 'about',
    required: false,
    text: t('What makes it crack?', '¿Qué hace que cruja?'),
    help: pickAll,
    shortLabel: t('What brings it on', 'Qué lo provoca'),
    options: [
      { code: 'twisting', text: t('Twisting or turning', 'Girar el cuerpo') },
      { code: 'bending', text: t('Bending forward or back', 'Doblar el cuerpo al frente o atrás') },
      { code: 'after-still', text: t('Getting up after I sit, drive or lie down for a while', 'Al pararme si estuve un rato sentado, en el carro o en la cama') },
      { code: 'on-purpose', text: t('I crack it on purpose', 'La hago crujir a propósito') },
      { ...notSure, exclusive: true },
    ],
  },
  {
    linkId: 'frequency',
    kind: 'single-choice',
    section: 'about',
    required: false,
    text: t('How often does your back crack?', '¿Cada cuánto le cruje la espalda?'),
    shortLabel: t('How often', 'Cada cuánto'),
    options: [
      { code: 'rarely', text: t('A few times a month or less', 'Unas pocas veces al mes o menos') },
      { code: 'weekly', text: t('A few times a week', 'Unas veces por semana') },
      { code: 'daily', text: t('Every day', 'Todos los días') },
      { code: 'many-a-day', text: t('Many times a day', 'Muchas veces al día') },
      notSure,
    ],
  },
  {
    linkId: 'hurts',
    kind: 'yes-no-unsure',
    section: 'about',
    required: false,
    text: t('Does it hurt when your back cracks?', '¿Le duele cuando le cruje la espalda?'),
    shortLabel: t('Hurts when it cracks', 'Duele al crujir'),
    options: yesNoUnsureOptions,
  },
  {
    linkId: 'pain-score',
    kind: 'scale',
    section: 'about',
    required: false,
    text: t('How bad is the pain, from 0 to 10?', '¿Cuánto le duele, de 0 a 10?'),
    help: t('0 means no pain. 10 means the worst pain you can think of.', '0 es nada de dolor. 10 es el peor dolor que pueda pensar.'),
    shortLabel: t('Pain (0 to 10)', 'Dolor (0 a 10)'),
    options: [],
    scale: { min: 0, max: 10, minLabel: t('No pain', 'Nada de dolor'), maxLabel: t('Worst pain', 'El peor dolor') },
    enableWhen: [{ linkId: 'hurts', operator: 'equals', code: 'yes' }],
  },
  {
    linkId: 'feel',
    kind: 'multi-choice',
    section: 'about',
    required: false,
    text: t('What does it feel like when it cracks?', '¿Cómo se siente cuando cruje?'),
    help: pickAll,
    shortLabel: t('How it feels', 'Cómo se siente'),
    options: [
      { code: 'single-pop', text: t('One pop, then it feels better', 'Un solo crujido y luego se siente mejor') },
      { code: 'snap-slide', text: t('A snap, like something slides over a bone', 'Un clic, como si algo pasara sobre un hueso') },
      { code: 'grinding', text: t('Grinding or rubbing', 'Como que raspa o roza') },
      { code: 'slip-in-out', text: t('It slips out of place and back in', 'Se sale de su lugar y vuelve') },
      { code: 'locking', text: t('It locks or gets stuck', 'Se traba o se queda pegada') },
      { code: 'unusual', text: t('It feels strange or new to me', 'Se siente raro o nuevo para mí') },
      { ...notSure, exclusive: true },
    ],
  },
  {
    linkId: 'symptoms',
    kind: 'multi-choice',
    section: 'about',
    required: false,
    text: t('Do you have any of these too?', '¿Tiene también alguna de estas cosas?'),
    help: pickAll,
    shortLabel: t('Other symptoms', 'Otras molestias'),
    options: [
      { code: 'stiffness', text: t('Stiff back', 'Espalda tiesa') },
      { code: 'soreness', text: t('Sore back', 'Espalda adolorida') },
      { code: 'swelling', text: t('Swelling', 'Hinchazón') },
      { code: 'spreading-pain', text: t('Pain that goes down an arm or leg', 'Dolor que baja a un brazo o una pierna') },
      { code: 'numb-tingling', text: t('Numb or tingly skin', 'Piel dormida o con hormigueo') },
      { code: 'weakness', text: t('Weak arm or leg', 'Brazo o pierna sin fuerza') },
      { code: 'none', text: t('None of these', 'Nada de esto'), exclusive: true },
    ],
  },
  {
    linkId: 'past-injury',
    kind: 'multi-choice',
    section: 'about',
    required: false,
    text: t('Have you ever hurt this part of your back?', '¿Alguna vez se lastimó esta parte de la espalda?'),
    help: pickAll,
    shortLabel: t('Past injury', 'Lesión de antes'),
    options: [
      { code: 'fracture', text: t('A broken bone', 'Un hueso roto') },
      { code: 'sprain', text: t('A sprain or strain', 'Una torcedura') },
      { code: 'ligament-tear', text: t('A torn ligament', 'Un ligamento roto') },
      { code: 'surgery', text: t('Surgery', 'Una operación') },
      { code: 'fall-accident', text: t('A fall or an accident', 'Una caída o un choque') },
      { code: 'none', text: t('No, never', 'No, nunca'), exclusive: true },
      { ...notSure, exclusive: true },
    ],
  },
  // The five-part self-report screen of Hakim and Grahame (2003), one plain item per part.
  {
    linkId: 'hypermobility-hands-floor',
    kind: 'yes-no-unsure',
    section: 'about',
    required: false,
    text: t(
      'Can you put your hands flat on the floor with your knees straight? Or could you ever?',
      '¿Puede poner las manos planas en el piso sin doblar las rodillas? ¿O pudo alguna vez?',
    ),
    help: t('The next few questions are about how much your joints bend.', 'Las preguntas que siguen son sobre cuánto se doblan sus coyunturas.'),
    shortLabel: t('Hands flat on floor', 'Manos planas en el piso'),
    options: yesNoUnsureOptions,
  },
  {
    linkId: 'hypermobility-thumb',
    kind: 'yes-no-unsure',
    section: 'about',
    required: false,
    text: t(
      'Can you bend your thumb back to touch your arm? Or could you ever?',
      '¿Puede doblar el dedo gordo hacia atrás hasta tocar el brazo? ¿O pudo alguna vez?',
    ),
    shortLabel: t('Thumb to arm', 'Dedo gordo al brazo'),
    options: yesNoUnsureOptions,
  },
  {
    linkId: 'hypermobility-child-splits',
    kind: 'yes-no-unsure',
    section: 'about',
    required: false,
    text: t(
      'As a child, could you twist your body into odd shapes or do the splits?',
      'De niño, ¿podía doblar el cuerpo en formas raras o abrir las piernas del todo?',
    ),
    shortLabel: t('Very bendy as a child', 'Muy flexible de niño'),
    options: yesNoUnsureOptions,
  },
  {
    linkId: 'hypermobility-dislocation',
    kind: 'yes-no-unsure',
    section: 'about',
    required: false,
    text: t(
      'Has your shoulder or kneecap slipped out of place more than once?',
      '¿Se le salió el hombro o la rodilla de su lugar más de una vez?',
    ),
    shortLabel: t('Shoulder or knee slipped out', 'Hombro o rodilla fuera de lugar'),
    options: yesNoUnsureOptions,
  },
  {
    linkId: 'hypermobility-double-jointed',
    kind: 'yes-no-unsure',
    section: 'about',
    required: false,
    text: t('Do you think you are "double-jointed"?', '¿Cree que sus coyunturas se doblan más de lo normal?'),
    shortLabel: t('Double-jointed', 'Coyunturas muy flojas'),
    options: yesNoUnsureOptions,
  },
  {
    linkId: 'age',
    kind: 'single-choice',
    section: 'about',
    required: false,
    text: t('How old are you?', '¿Cuántos años tiene?'),
    shortLabel: t('Age', 'Edad'),
    options: [
      { code: 'under-30', text: t('Under 30', 'Menos de 30') },
      { code: '30-44', text: t('30 to 44', 'De 30 a 44') },
      { code: '45-59', text: t('45 to 59', 'De 45 a 59') },
      { code: '60-74', text: t('60 to 74', 'De 60 a 74') },
      { code: '75-plus', text: t('75 or more', '75 o más') },
    ],
  },
  {
    linkId: 'habits',
    kind: 'multi-choice',
    section: 'about',
    required: false,
    text: t('Which of these do you do a lot?', '¿Cuáles de estas cosas hace mucho?'),
    help: pickAll,
    shortLabel: t('Daily habits', 'Lo que hace cada día'),
    options: [
      { code: 'sitting', text: t('Sit for hours, like at a desk or a screen', 'Estar sentado por horas, como frente a una pantalla') },
      { code: 'driving', text: t('Drive for a long time', 'Manejar por mucho rato') },
      { code: 'repetitive', text: t('Twist or lift the same way again and again', 'Girar o cargar cosas igual, una y otra vez') },
      { code: 'none', text: t('None of these', 'Nada de esto'), exclusive: true },
    ],
  },
  {
    linkId: 'limits',
    kind: 'single-choice',
    section: 'about',
    required: false,
    text: t('How much does your back get in the way of daily life?', '¿Cuánto le estorba la espalda en su vida de cada día?'),
    shortLabel: t('Gets in the way of daily life', 'Le estorba en su día'),
    options: [
      { code: 'not-at-all', text: t('Not at all', 'Nada') },
      { code: 'a-little', text: t('A little', 'Un poco') },
      { code: 'quite-a-bit', text: t('Quite a bit', 'Bastante') },
      { code: 'a-lot', text: t('A lot. I can not do some things.', 'Mucho. No puedo hacer algunas cosas.') },
    ],
  },
  {
    linkId: 'duration',
    kind: 'single-choice',
    section: 'about',
    required: false,
    text: t('How long has your back cracked like this?', '¿Desde cuándo le cruje así la espalda?'),
    shortLabel: t('How long', 'Desde cuándo'),
    options: [
      { code: 'under-6-weeks', text: t('Less than 6 weeks', 'Menos de 6 semanas') },
      { code: '6-weeks-3-months', text: t('6 weeks to 3 months', 'De 6 semanas a 3 meses') },
      { code: '3-12-months', text: t('3 months to a year', 'De 3 meses a un año') },
      { code: 'over-a-year', text: t('More than a year', 'Más de un año') },
      notSure,
    ],
  },
];

const safetyHelp = t('Please answer this one. It helps us keep you safe.', 'Por favor conteste esta. Nos ayuda a cuidarle.');

const safetyItem = (linkId: string, text: LocalizedText, shortLabel: LocalizedText, clinicalLabel: LocalizedText): QuestionnaireItem => ({
  linkId,
  clinicalLabel,
  kind: 'yes-no-unsure',
  section: 'safety',
  required: true,
  text,
  help: safetyHelp,
  shortLabel,
  options: yesNoUnsureOptions,
});

// Wording follows the red-flag list of NICE NG59 and the IFOMPT framework, in plain words.
const safetyItems: readonly QuestionnaireItem[] = [
  safetyItem(
    'safety-bladder-bowel',
    t(
      'Is it new for you to have trouble holding in your pee or poop? Or is the skin numb between your legs, on your bottom or on your inner thighs?',
      '¿Tiene problemas nuevos para aguantar la orina o el popó? ¿O siente la piel dormida entre las piernas, en las nalgas o por dentro de los muslos?',
    ),
    t('New pee or poop trouble, or numb groin', 'Problema nuevo de orina o popó, o zona íntima dormida'),
    t('Possible cauda equina: new bladder or bowel dysfunction (urinary retention or incontinence) or saddle anaesthesia', 'Posible cauda equina: disfunción nueva de vejiga o intestino (retención urinaria o incontinencia) o anestesia en silla de montar'),
  ),
  safetyItem(
    'safety-weakness',
    t(
      'Are your legs or arms weak or numb in a way that is new or getting worse? Or is it harder to walk?',
      '¿Siente las piernas o los brazos débiles o dormidos, y es algo nuevo o que empeora? ¿O le cuesta más caminar?',
    ),
    t('New or worse weak or numb arms or legs', 'Brazos o piernas débiles o dormidos, nuevo o peor'),
    t('Progressive neurological deficit: new or worsening limb weakness or numbness, bilateral leg symptoms or gait disturbance', 'Déficit neurológico progresivo: debilidad o adormecimiento nuevo o en aumento, síntomas en ambas piernas o alteración de la marcha'),
  ),
  safetyItem(
    'safety-fever',
    t(
      'Do you have a fever or chills, or do you feel sick, along with the back pain?',
      '¿Tiene fiebre o escalofríos, o se siente mal, junto con el dolor de espalda?',
    ),
    t('Fever, chills or feeling sick', 'Fiebre, escalofríos o se siente mal'),
    t('Possible spinal infection: fever, chills or systemic illness with back pain', 'Posible infección espinal: fiebre, escalofríos o malestar general con dolor de espalda'),
  ),
  safetyItem(
    'safety-fall',
    t(
      'Did you have a fall, a crash or a hard hit lately? Or even a small fall, if you have thin bones or have taken steroid pills for a long time?',
      '¿Tuvo hace poco una caída, un choque o un golpe fuerte? ¿O una caída leve, si tiene los huesos débiles o toma pastillas de esteroides desde hace mucho?',
    ),
    t('Recent fall, crash or hard hit', 'Caída, choque o golpe hace poco'),
    t('Possible fracture: recent significant trauma, or minor trauma with osteoporosis or long-term steroid use', 'Posible fractura: traumatismo reciente importante, o leve con osteoporosis o uso prolongado de corticoides'),
  ),
  safetyItem(
    'safety-cancer',
    t(
      'Have you lost weight without trying? Or have you ever had cancer?',
      '¿Ha bajado de peso sin querer? ¿O tuvo cáncer alguna vez?',
    ),
    t('Weight loss or cancer', 'Bajó de peso o tuvo cáncer'),
    t('Possible malignancy: unexplained weight loss or history of cancer', 'Posible malignidad: pérdida de peso sin causa o antecedente de cáncer'),
  ),
  safetyItem(
    'safety-night-pain',
    t(
      'Do you have bad or nonstop pain at night that does not get better when you rest?',
      '¿Tiene dolor fuerte o sin parar de noche, que no se calma al descansar?',
    ),
    t('Bad pain at night, rest does not help', 'Dolor fuerte de noche que no se calma'),
    t('Non-mechanical pain: severe or constant night pain not eased by rest', 'Dolor no mecánico: dolor nocturno intenso o constante que no cede con el reposo'),
  ),
];

export const backtalkQuestionnaire: Questionnaire = {
  id: 'backtalk-checkin',
  url: 'https://backtalk.example/fhir/Questionnaire/checkin',
  version: '1.0.0',
  title: t('Back cracking check-in', 'Preguntas sobre el crujido de espalda'),
  items: [...aboutItems, ...safetyItems],
};

/** linkIds of the safety items, in order. */
export const safetyLinkIds: readonly string[] = safetyItems.map((item) => item.linkId);

/** linkIds of the five hypermobility screen items (Hakim and Grahame 2003), in order. */
export const hypermobilityLinkIds: readonly string[] = aboutItems
  .filter((item) => item.linkId.startsWith('hypermobility-'))
  .map((item) => item.linkId);

/** Looks an item up by linkId in the Backtalk questionnaire. */
const itemsByLinkId: ReadonlyMap<string, QuestionnaireItem> = new Map(
  backtalkQuestionnaire.items.map((item) => [item.linkId, item]),
);
export function findItem(linkId: string): QuestionnaireItem | undefined {
  return itemsByLinkId.get(linkId);
}
