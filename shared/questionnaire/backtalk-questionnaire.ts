/**
 * The Backtalk check-in questionnaire (version 2): one item per screen (the five bendy-joint
 * items share one), the red-flag (safety) items first, then the two risk markers, then the questions about the cracking. The screens
 * follow this order, so a patient who walks away early has still been screened. linkIds and option codes are stable: the rule table, the FHIR export,
 * printed QR codes and therapists' scanners all depend on them, so never rename one; add a
 * new code and bump the questionnaire version instead.
 */
import type { AnswerOption, ItemGroup, LocalizedText, Questionnaire, QuestionnaireItem, QuestionnairePart } from './questionnaire-types.ts';

const t = (en: string, es: string): LocalizedText => ({ en, es });

const notSure: AnswerOption = { code: 'unsure', text: t('Not sure', 'No sé') };

/** The three codes of every yes-no-unsure item, in screen order. */
export const yesNoUnsureOptions: readonly AnswerOption[] = [{ code: 'yes', text: t('Yes', 'Sí') }, { code: 'no', text: t('No', 'No') }, notSure];

const pickAll = t('You can pick more than one.', 'Puede elegir más de una.');

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
      {
        code: 'after-still',
        text: t('Getting up after I sit, drive or lie down for a while', 'Al levantarme después de un rato en una silla, en el carro o en la cama'),
      },
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
    help: t('0 means no pain. 10 means the worst pain you can think of.', '0 es nada de dolor. 10 es el peor dolor que se pueda imaginar.'),
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
      { code: 'snap-slide', text: t('A snap, like something slides over a bone', 'Un chasquido, como si algo pasara sobre un hueso') },
      { code: 'grinding', text: t('Grinding or rubbing', 'Como que raspa o roza') },
      { code: 'slip-in-out', text: t('It slips out of place and back in', 'Se sale de su lugar y vuelve') },
      { code: 'locking', text: t('It locks or gets stuck', 'Se traba o se queda bloqueada') },
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
      { code: 'stiffness', text: t('Stiff back', 'Espalda rígida') },
      { code: 'soreness', text: t('Sore back', 'Espalda adolorida') },
      { code: 'swelling', text: t('Swelling', 'Hinchazón') },
      { code: 'spreading-pain', text: t('Pain that goes down an arm or leg', 'Dolor que baja a un brazo o una pierna') },
      { code: 'numb-tingling', text: t('Numb or tingly skin', 'Piel dormida o con hormigueo') },
      { code: 'weakness', text: t('Weak arm or leg', 'Brazo o pierna sin fuerza') },
      { code: 'none', text: t('None of these', 'Ninguna de estas'), exclusive: true },
    ],
  },
  {
    linkId: 'past-injury',
    kind: 'multi-choice',
    section: 'about',
    required: false,
    text: t('Have you ever hurt this part of your back?', '¿Alguna vez se lastimó esta parte de la espalda?'),
    help: pickAll,
    shortLabel: t('Past injury', 'Lesión anterior'),
    options: [
      { code: 'fracture', text: t('A broken bone', 'Un hueso roto') },
      { code: 'sprain', text: t('A sprain or strain', 'Una torcedura o un tirón') },
      { code: 'ligament-tear', text: t('A torn ligament', 'Un ligamento desgarrado') },
      { code: 'surgery', text: t('Surgery', 'Una operación') },
      { code: 'fall-accident', text: t('A fall or an accident', 'Una caída, un choque u otro accidente') },
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
    help: t('The next few questions are about how much your joints bend.', 'Las preguntas que siguen son sobre cuánto se doblan sus articulaciones.'),
    shortLabel: t('Hands flat on floor', 'Manos planas en el piso'),
    options: yesNoUnsureOptions,
  },
  {
    linkId: 'hypermobility-thumb',
    kind: 'yes-no-unsure',
    section: 'about',
    required: false,
    text: t('Can you bend your thumb to touch your forearm? Or could you ever?', '¿Puede doblar el pulgar hasta tocar el antebrazo? ¿O pudo alguna vez?'),
    shortLabel: t('Thumb to forearm', 'Pulgar al antebrazo'),
    options: yesNoUnsureOptions,
  },
  {
    linkId: 'hypermobility-child-splits',
    kind: 'yes-no-unsure',
    section: 'about',
    required: false,
    text: t(
      'As a child, could you twist your body into odd shapes or do the splits?',
      'De niño o niña, ¿podía poner el cuerpo en formas raras o abrir las piernas del todo?',
    ),
    shortLabel: t('Very bendy as a child', 'Muy flexible en la niñez'),
    options: yesNoUnsureOptions,
  },
  {
    linkId: 'hypermobility-dislocation',
    kind: 'yes-no-unsure',
    section: 'about',
    required: false,
    text: t(
      'As a child or teenager, did your shoulder or kneecap slip out of place more than once?',
      'De niño, niña o adolescente, ¿se le salió de su lugar el hombro o la rótula más de una vez?',
    ),
    shortLabel: t('Shoulder or kneecap slipped out', 'Hombro o rótula fuera de lugar'),
    options: yesNoUnsureOptions,
  },
  {
    linkId: 'hypermobility-double-jointed',
    kind: 'yes-no-unsure',
    section: 'about',
    required: false,
    text: t('Do you think you are "double-jointed"?', '¿Cree que sus articulaciones se doblan más de lo normal?'),
    shortLabel: t('Double-jointed', 'Articulaciones que se doblan de más'),
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
    shortLabel: t('Daily habits', 'Lo que hace a diario'),
    options: [
      { code: 'sitting', text: t('Sit for hours, like at a desk or a screen', 'Pasar horas en una silla, como frente a una pantalla') },
      { code: 'driving', text: t('Drive for a long time', 'Manejar por mucho rato') },
      { code: 'repetitive', text: t('Twist or lift the same way again and again', 'Girar o cargar cosas de la misma forma, una y otra vez') },
      { code: 'none', text: t('None of these', 'Ninguna de estas'), exclusive: true },
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

const safetyHelp = t('Please answer this one. It helps us keep you safe.', 'Por favor, conteste esta. Nos ayuda a cuidarle.');

/**
 * Each red flag in the clinical words staff read on the urgent slip and the sheet's staff block
 * (never shown to the patient). Keyed by linkId, so a safety item without one does not compile.
 */
const clinicalLabels = {
  'safety-urine-retention': t(
    'Possible cauda equina: new urinary retention or difficulty voiding (hesitancy, poor stream, no urge)',
    'Posible cauda equina: retención urinaria nueva o dificultad para orinar (chorro débil, sin ganas de orinar)',
  ),
  'safety-incontinence': t('Possible cauda equina: new urinary or faecal incontinence', 'Posible cauda equina: incontinencia urinaria o fecal nueva'),
  'safety-saddle-numbness': t(
    'Possible cauda equina: saddle anaesthesia (perineal or perianal numbness)',
    'Posible cauda equina: anestesia en silla de montar (perineal o perianal)',
  ),
  'safety-sexual-change': t(
    'Possible cauda equina: new sexual dysfunction or genital numbness',
    'Posible cauda equina: disfunción sexual nueva o anestesia genital',
  ),
  'safety-both-legs': t(
    'Bilateral leg pain, numbness or weakness (possible cauda equina)',
    'Dolor, adormecimiento o debilidad en ambas piernas (posible cauda equina)',
  ),
  'safety-weakness-walking': t(
    'Progressive neurological deficit: new or worsening limb weakness or gait disturbance',
    'Déficit neurológico progresivo: debilidad nueva o en aumento, o alteración de la marcha',
  ),
  'safety-fever': t('Possible spinal infection: fever, chills or systemic illness', 'Posible infección espinal: fiebre, escalofríos o malestar general'),
  'safety-injecting-drugs': t('Spinal infection risk: intravenous drug use', 'Riesgo de infección espinal: uso de drogas inyectables'),
  'safety-weak-immune': t(
    'Spinal infection risk: immunosuppression (chemotherapy, transplant drugs, long-term steroids, HIV)',
    'Riesgo de infección espinal: inmunosupresión (quimioterapia, trasplante, corticoides prolongados, VIH)',
  ),
  'safety-recent-infection': t('Spinal infection risk: recent infection', 'Riesgo de infección espinal: infección reciente'),
  'safety-recent-operation': t(
    'Spinal infection risk: recent surgery or invasive procedure',
    'Riesgo de infección espinal: cirugía o procedimiento invasivo reciente',
  ),
  'safety-trauma': t('Possible fracture: recent significant trauma', 'Posible fractura: traumatismo importante reciente'),
  'safety-fragility-pain': t(
    'Possible fragility fracture: sudden severe pain with osteoporosis or long-term steroid use',
    'Posible fractura por fragilidad: dolor intenso súbito con osteoporosis o corticoides prolongados',
  ),
  'safety-cancer-history': t('Possible malignancy: current or past cancer', 'Posible malignidad: cáncer actual o previo'),
  'safety-weight-loss': t('Possible malignancy or infection: unexplained weight loss', 'Posible malignidad o infección: pérdida de peso inexplicada'),
  'safety-night-pain': t(
    'Possible serious pathology: constant night pain not eased by rest',
    'Posible patología grave: dolor nocturno constante que no cede con reposo',
  ),
} as const satisfies Record<string, LocalizedText>;

/**
 * The answers the rule set weighs, in the clinical words the therapist part of the sheet uses for
 * a cause's evidence ("crepitus (grinding)", not "feel=grinding"). Keyed `linkId=code` like the
 * rule table's conditions; a scale answer is keyed by its linkId, with `{value}` for the number.
 * Staff-facing only. A test checks that every rule's answer has its words here.
 */
export const clinicalAnswerLabels = {
  'feel=single-pop': t('single pop with relief', 'un solo chasquido con alivio'),
  'feel=snap-slide': t('snapping, as of tissue sliding over bone', 'chasquido, como de tejido que se desliza sobre el hueso'),
  'feel=grinding': t('crepitus (grinding or rubbing)', 'crepitación (roce o raspado)'),
  'feel=slip-in-out': t('subjective subluxation (slips out and back)', 'subluxación subjetiva (se sale y vuelve)'),
  'feel=locking': t('locking or catching', 'bloqueo o enganche'),
  'feel=unusual': t('feels unusual or new to the patient', 'sensación nueva o extraña para el paciente'),
  'triggers=twisting': t('cracks on rotation', 'cruje en rotación'),
  'triggers=bending': t('cracks on flexion or extension', 'cruje en flexión o extensión'),
  'triggers=after-still': t('cracks on moving after sustained postures', 'cruje al moverse tras posturas mantenidas'),
  'triggers=on-purpose': t('self-manipulates', 'se autormanipula'),
  'hurts=yes': t('painful cracking', 'crujido doloroso'),
  'hurts=no': t('painless cracking', 'crujido indoloro'),
  'pain-score': t('pain {value}/10 on cracking', 'dolor {value}/10 al crujir'),
  'frequency=rarely': t('infrequent (a few times a month or less)', 'poco frecuente (unas veces al mes o menos)'),
  'frequency=daily': t('daily cracking', 'crujido diario'),
  'frequency=many-a-day': t('cracking many times a day', 'crujido muchas veces al día'),
  'symptoms=stiffness': t('stiffness', 'rigidez'),
  'symptoms=soreness': t('soreness', 'dolor muscular'),
  'symptoms=swelling': t('swelling', 'inflamación'),
  'symptoms=spreading-pain': t('radiating limb pain', 'dolor irradiado a un miembro'),
  'symptoms=numb-tingling': t('paraesthesia (numbness or tingling)', 'parestesias (adormecimiento u hormigueo)'),
  'symptoms=weakness': t('limb weakness', 'debilidad de un miembro'),
  'past-injury=fracture': t('previous fracture', 'fractura previa'),
  'past-injury=sprain': t('previous sprain or strain', 'esguince o distensión previa'),
  'past-injury=ligament-tear': t('previous ligament tear', 'rotura de ligamento previa'),
  'past-injury=surgery': t('previous surgery', 'cirugía previa'),
  'past-injury=fall-accident': t('previous fall or accident', 'caída o accidente previo'),
  'past-injury=none': t('no previous injury', 'sin lesión previa'),
  'hypermobility-hands-floor=yes': t('5PQ: palms flat to the floor', '5PQ: palmas en el suelo'),
  'hypermobility-thumb=yes': t('5PQ: thumb to forearm', '5PQ: pulgar al antebrazo'),
  'hypermobility-child-splits=yes': t('5PQ: contortion or splits as a child', '5PQ: contorsiones o spagat de niño'),
  'hypermobility-dislocation=yes': t('5PQ: dislocated shoulder or kneecap', '5PQ: luxación de hombro o rótula'),
  'hypermobility-double-jointed=yes': t('5PQ: considers self double-jointed', '5PQ: se considera hiperlaxo'),
  'age=under-30': t('age under 30', 'edad menor de 30'),
  'age=45-59': t('age 45 to 59', 'edad de 45 a 59'),
  'age=60-74': t('age 60 to 74', 'edad de 60 a 74'),
  'age=75-plus': t('age 75 or over', 'edad de 75 o más'),
  'habits=repetitive': t('repetitive twisting or lifting', 'torsión o carga repetitiva'),
  'limits=quite-a-bit': t('activity limited quite a bit', 'actividad bastante limitada'),
  'limits=a-lot': t('activity limited a lot', 'actividad muy limitada'),
} as const satisfies Record<string, LocalizedText>;

const safetyItem = (
  linkId: keyof typeof clinicalLabels,
  text: LocalizedText,
  shortLabel: LocalizedText,
  help: LocalizedText = safetyHelp,
): QuestionnaireItem => ({
  linkId,
  clinicalLabel: clinicalLabels[linkId],
  kind: 'yes-no-unsure',
  section: 'safety',
  required: true,
  text,
  help,
  shortLabel,
  options: yesNoUnsureOptions,
});

/**
 * The red-flag screen, asked first: one idea per question, "not sure" counts as "yes". It covers
 * the red flags of NICE CKS "Back pain - low (without radiculopathy)" and "Sciatica (lumbar
 * radiculopathy)" and the GIRFT National Suspected Cauda Equina Syndrome Pathway (2023); the
 * rule table names the source of each. Cauda equina signs come first: they are the most urgent.
 */
const safetyItems: readonly QuestionnaireItem[] = [
  safetyItem(
    'safety-urine-retention',
    t('Is it new for you to have trouble peeing?', '¿Le cuesta orinar desde hace poco?'),
    t('New trouble peeing', 'Problema nuevo para orinar'),
    t(
      'For example, it is hard to start, the stream is weak, or you do not feel the need to go.',
      'Por ejemplo, le cuesta empezar, el chorro sale débil o no siente ganas de orinar.',
    ),
  ),
  safetyItem(
    'safety-incontinence',
    t('Is it new for pee or poop to leak out by accident?', '¿Desde hace poco se le escapa la orina o las heces sin querer?'),
    t('New leaking of pee or poop', 'Se le escapa orina o heces, desde hace poco'),
  ),
  safetyItem(
    'safety-saddle-numbness',
    t('Is the skin numb between your legs or around your back passage?', '¿Siente la piel dormida entre las piernas o alrededor del ano?'),
    t('Numb between the legs', 'Piel dormida entre las piernas'),
    t('This is the part of you that sits on a bike seat.', 'Es la parte del cuerpo que se apoya en el asiento de una bicicleta.'),
  ),
  safetyItem(
    'safety-sexual-change',
    t('Is there a new change in the feeling of your private parts, or in sex?', '¿Nota un cambio nuevo en la sensación de sus genitales o en su vida sexual?'),
    t('New change in sex or genital feeling', 'Cambio nuevo en genitales o vida sexual'),
  ),
  safetyItem(
    'safety-both-legs',
    t('Do you have pain, numbness or weakness in both legs?', '¿Tiene dolor, o siente dormidas o débiles las dos piernas?'),
    t('Both legs: pain, numb or weak', 'Las dos piernas con dolor, dormidas o débiles'),
  ),
  safetyItem(
    'safety-weakness-walking',
    t('Is an arm or a leg weak in a way that is new or getting worse?', '¿Siente débil un brazo o una pierna, y es algo nuevo o que empeora?'),
    t('New or worse weakness, or trouble walking', 'Debilidad nueva o peor, o le cuesta caminar'),
    t('For example, it is harder to walk, or a foot drags.', 'Por ejemplo, le cuesta más caminar o arrastra un pie.'),
  ),
  safetyItem(
    'safety-fever',
    t('Do you have a fever or chills, or do you feel sick?', '¿Tiene fiebre o escalofríos, o se siente enfermo o enferma?'),
    t('Fever, chills or feeling sick', 'Fiebre, escalofríos o malestar'),
  ),
  safetyItem(
    'safety-injecting-drugs',
    t('Do you inject drugs with a needle?', '¿Se inyecta drogas con aguja?'),
    t('Injects drugs', 'Se inyecta drogas'),
    t('We ask everyone this. It helps us keep you safe.', 'Se lo preguntamos a todas las personas. Nos ayuda a cuidarle.'),
  ),
  safetyItem(
    'safety-weak-immune',
    t('Do you take a medicine or have an illness that makes it hard to fight germs?', '¿Toma medicinas o tiene una enfermedad que le baja las defensas?'),
    t('Weak immune system', 'Defensas bajas'),
    t(
      'For example: chemo, HIV, transplant drugs, or steroid pills for months. Steroids: like prednisone.',
      'Por ejemplo: quimio, VIH, medicinas por un trasplante o esteroides por meses. Esteroides: cortisona o prednisona.',
    ),
  ),
  safetyItem(
    'safety-recent-infection',
    t('Have you had an infection in the last few weeks?', '¿Ha tenido una infección en las últimas semanas?'),
    t('Recent infection', 'Infección reciente'),
    t('For example, in your bladder, your skin, your chest or your blood.', 'Por ejemplo, en la vejiga, la piel, el pecho o la sangre.'),
  ),
  safetyItem(
    'safety-recent-operation',
    t('Have you had an operation in the last few months?', '¿Le hicieron una operación en los últimos meses?'),
    t('Recent operation', 'Operación reciente'),
  ),
  safetyItem(
    'safety-trauma',
    t('Have you had a fall, a crash or a hard hit lately?', '¿Tuvo hace poco una caída, un choque o un golpe fuerte?'),
    t('Recent fall, crash or hard hit', 'Caída, choque o golpe fuerte reciente'),
  ),
  safetyItem(
    'safety-fragility-pain',
    t(
      'If you have thin bones or take steroid pills for a long time: did bad back pain start all at once?',
      'Si tiene los huesos débiles o toma esteroides desde hace mucho: ¿le empezó de golpe un dolor fuerte de espalda?',
    ),
    t('Thin bones or steroids, and sudden bad pain', 'Huesos débiles o esteroides, y dolor fuerte de golpe'),
    t(
      'Say yes even if the pain came after a bend, a lift or a cough. Thin bones: osteoporosis. Steroids: like prednisone.',
      'Diga que sí aunque el dolor empezó al agacharse, cargar algo o toser. Huesos débiles: osteoporosis. Esteroides: cortisona o prednisona.',
    ),
  ),
  safetyItem(
    'safety-cancer-history',
    t('Do you have cancer now, or have you had it before?', '¿Tiene o ha tenido cáncer?'),
    t('Cancer now or before', 'Cáncer ahora o antes'),
  ),
  safetyItem(
    'safety-weight-loss',
    t('Have you lost weight lately without trying?', '¿Ha bajado de peso hace poco sin querer?'),
    t('Weight loss without trying', 'Bajó de peso sin querer'),
  ),
  safetyItem(
    'safety-night-pain',
    t(
      'Do you have pain that never stops, gets worse at night and does not ease when you rest?',
      '¿Tiene un dolor que no se quita, que empeora de noche y que no se calma al descansar?',
    ),
    t('Constant pain, worse at night, rest does not help', 'Dolor constante, peor de noche, no se calma al descansar'),
  ),
];

/**
 * Risk markers, asked right after the red flags. Alone they are not urgent: they raise the level
 * to "talk to your therapist today" and are flagged on the therapist's part of the sheet.
 */
const riskItems: readonly QuestionnaireItem[] = [
  {
    linkId: 'risk-onset-age',
    kind: 'single-choice',
    section: 'risk',
    required: true,
    text: t('How old were you when your back pain first began?', '¿Qué edad tenía cuando empezó su dolor de espalda por primera vez?'),
    shortLabel: t('Age when back pain began', 'Edad al empezar el dolor'),
    options: [
      { code: 'under-20', text: t('Under 20', 'Menos de 20') },
      { code: '20-50', text: t('20 to 50', 'De 20 a 50') },
      { code: 'over-50', text: t('Over 50', 'Más de 50') },
      { code: 'no-back-pain', text: t('I do not have back pain', 'No tengo dolor de espalda') },
      notSure,
    ],
  },
  {
    linkId: 'risk-middle-back-pain',
    kind: 'yes-no-unsure',
    section: 'risk',
    required: true,
    text: t('Do you have new pain in the middle of your back?', '¿Tiene un dolor nuevo en la mitad de la espalda?'),
    help: t('This is the part behind your ribs, between your neck and your waist.', 'Es la parte detrás de las costillas, entre el cuello y la cintura.'),
    shortLabel: t('New middle back pain', 'Dolor nuevo en la mitad de la espalda'),
    options: yesNoUnsureOptions,
  },
];

const linkIdsOf = (items: readonly QuestionnaireItem[]) => items.map((item) => item.linkId);
const aboutLinkIds = (...linkIds: string[]) => linkIds;
const hypermobilityItems = aboutItems.filter((item) => item.linkId.startsWith('hypermobility-'));

/** The five bendy-joint questions are answered on one page: five short rows, one Next. */
const groups: readonly ItemGroup[] = [
  {
    id: 'hypermobility',
    linkIds: linkIdsOf(hypermobilityItems),
    text: t('How much do your joints bend?', '¿Qué tan flexible es su cuerpo?'),
    help: t('Answer each one: yes, no or not sure.', 'Conteste cada una: sí, no o no sé.'),
    shortLabel: t('How much your joints bend', 'Qué tan flexible es su cuerpo'),
  },
];

/** Four parts for progress and the review's headings; the screening questions are the first. */
const parts: readonly QuestionnairePart[] = [
  { id: 'screening', title: t('Safety questions', 'Preguntas de seguridad'), linkIds: [...linkIdsOf(safetyItems), ...linkIdsOf(riskItems)] },
  { id: 'where-when', title: t('Where and when it cracks', 'Dónde y cuándo cruje'), linkIds: aboutLinkIds('where', 'triggers', 'frequency') },
  { id: 'how-it-feels', title: t('How it feels', 'Cómo se siente'), linkIds: aboutLinkIds('hurts', 'pain-score', 'feel', 'symptoms', 'past-injury') },
  {
    id: 'about-you',
    title: t('About you', 'Sobre usted'),
    linkIds: [...linkIdsOf(hypermobilityItems), ...aboutLinkIds('age', 'habits', 'limits', 'duration')],
  },
];

export const backtalkQuestionnaire: Questionnaire = {
  id: 'backtalk-checkin',
  url: 'https://backtalk.example/fhir/Questionnaire/checkin',
  version: '2.0.0',
  title: t('Back cracking check-in', 'Preguntas sobre el crujido de espalda'),
  items: [...safetyItems, ...riskItems, ...aboutItems],
  groups,
  parts,
};

/** linkIds of the safety (red-flag) items, in order. */
export const safetyLinkIds: readonly string[] = safetyItems.map((item) => item.linkId);

/** linkIds of the risk-marker items, in order. */
export const riskLinkIds: readonly string[] = riskItems.map((item) => item.linkId);

/** linkIds of the five hypermobility screen items (Hakim and Grahame 2003), in order. */
export const hypermobilityLinkIds: readonly string[] = linkIdsOf(hypermobilityItems);

/** Looks an item up by linkId in the Backtalk questionnaire. */
const itemsByLinkId: ReadonlyMap<string, QuestionnaireItem> = new Map(backtalkQuestionnaire.items.map((item) => [item.linkId, item]));
export function findItem(linkId: string): QuestionnaireItem | undefined {
  return itemsByLinkId.get(linkId);
}
