/**
 * Patient-facing texts of the assessment, in plain words (grade 6 or below; a test checks).
 * They inform and never diagnose: "may", "often", "worth asking your therapist".
 */
import type { LocalizedText } from '../questionnaire/questionnaire-types.ts';
import type { CauseCode, GuidanceCode, RedFlagCode, RiskMarkerCode, TherapistSignalCode } from './assessment-types.ts';
import type { MeanwhileCode } from './rule-table.ts';

const t = (en: string, es: string): LocalizedText => ({ en, es });

export const causeTexts: Record<CauseCode, { name: LocalizedText; explanation: LocalizedText }> = {
  'gas-release': {
    name: t('Gas bubbles in the joint', 'Burbujas de gas en la articulación'),
    explanation: t(
      'Tiny bubbles of gas build up in the small joints of the back. When you move, they can pop. This happens to most people now and then. It often feels like a release, and it should not hurt.',
      'En las pequeñas articulaciones de la espalda se juntan burbujas de gas. Al moverse, pueden crujir. Le pasa a la mayoría de la gente de vez en cuando. Suele sentirse como un alivio y no debe doler.',
    ),
  },
  'tendon-ligament': {
    name: t('Tight bands moving over bone', 'Tejidos tensos que pasan sobre el hueso'),
    explanation: t(
      'Tendons and ligaments are strong bands. They hold the body together. When they are tight, they can snap as they slide over a bone. You may feel stiff or sore, but it should not hurt.',
      'Los tendones y ligamentos son bandas fuertes que unen el cuerpo. Si están tensos, pueden crujir al pasar sobre un hueso. Puede sentir la espalda tiesa o molesta, pero no debe doler.',
    ),
  },
  hypermobility: {
    name: t('Very bendy joints', 'Articulaciones muy flexibles'),
    explanation: t(
      'Some people have joints that bend more than most. They may pop in and out of place. For most people this is not a problem. Your therapist can tell you if some support would help.',
      'Algunas personas tienen articulaciones que se doblan más de lo normal. Pueden salirse y volver a su lugar. Para la mayoría no es un problema. Su terapeuta le puede decir si un apoyo le ayudaría.',
    ),
  },
  'age-related': {
    name: t('Changes with age or use', 'Cambios por la edad o el uso'),
    explanation: t(
      'Over the years, the soft layer in the joints can wear thin. Doing the same moves for a long time can change the joint too. This may cause a grinding feel, more pops and some soreness.',
      'Con los años, la capa suave de las articulaciones se puede gastar. Hacer lo mismo por mucho tiempo también puede cambiar la articulación. Eso puede causar roce, más crujidos y algo de dolor.',
    ),
  },
  'injury-dysfunction': {
    name: t('An old injury, or a joint that is upset', 'Una lesión de antes, o un problema que empieza'),
    explanation: t(
      'An old injury, like a broken bone or a sprain, can make it pop or grind later. Pops can also mean a joint is upset. This is more likely if it pops a lot, locks up or hurts. It is worth asking your therapist.',
      'Una lesión de antes, como un hueso roto o una torcedura, puede causar crujidos después. Un crujido también puede ser señal de que la zona está irritada. Es más probable si cruje mucho, se traba o duele. Vale la pena preguntarle a su terapeuta.',
    ),
  },
};

export const guidanceTexts: Record<GuidanceCode, { title: LocalizedText; body: LocalizedText }> = {
  'common-harmless': {
    title: t('This sounds common and harmless', 'Esto parece común y sin peligro'),
    body: t(
      'You said it cracks only now and then, it does not hurt, and you have no other problems. Cracking like this is common and often harmless. You can still ask your therapist any question.',
      'Usted dijo que cruje solo de vez en cuando, que no le duele y que no tiene otras molestias. Un crujido así es común y muchas veces no hace daño. Igual puede preguntarle a su terapeuta lo que quiera.',
    ),
  },
  'could-not-tell': {
    title: t('Please ask your therapist today', 'Por favor, pregúntele hoy a su terapeuta'),
    body: t(
      'Some questions were skipped or answered "not sure". So this kiosk could not tell if your cracking is the harmless kind. Please give this sheet to your therapist. They can ask you about it today.',
      'Algunas preguntas quedaron sin respuesta o con "No sé". Por eso esta pantalla no pudo saber si su crujido es del tipo sin peligro. Por favor, dele esta hoja a su terapeuta. Hoy le puede preguntar sobre esto.',
    ),
  },
  'discuss-with-therapist': {
    title: t('Talk to your therapist today', 'Hable hoy con su terapeuta'),
    body: t(
      'Some of your answers are worth a closer look. This is not bad news. Please give this sheet to your therapist and talk about it today.',
      'Vale la pena revisar mejor algunas de sus respuestas. No es una mala noticia. Por favor, dele esta hoja a su terapeuta y hablen de esto hoy.',
    ),
  },
  'tell-front-desk-now': {
    title: t('Please tell the front desk now', 'Por favor, avise ahora en la recepción'),
    body: t(
      'One of your answers needs a check now. Please tell the front desk now, or wave to staff. Do not wait for your turn.',
      'Una de sus respuestas se debe revisar ahora. Avise ahora en la recepción, o haga señas al personal. No espere su turno.',
    ),
  },
};

export const signalTexts: Record<TherapistSignalCode, LocalizedText> = {
  painful: t('It hurts when it cracks', 'Duele cuando cruje'),
  frequent: t('It cracks every day or more', 'Cruje todos los días o más'),
  'other-symptoms': t('It comes with other problems', 'Viene con otras molestias'),
  locking: t('It locks or gets stuck', 'Se traba o se queda bloqueada'),
  unusual: t('It feels strange or new', 'Se siente raro o nuevo'),
};

/** Printed on the urgent part of the sheet (patient language) and for the therapist (English). */
export const redFlagTexts: Record<RedFlagCode, LocalizedText> = {
  'urine-retention': t('New trouble peeing', 'Problema nuevo para orinar'),
  incontinence: t('New leaking of pee or poop', 'Se le escapa orina o heces, desde hace poco'),
  'saddle-numbness': t('Numb skin between the legs', 'Piel dormida entre las piernas'),
  'sexual-change': t('New change in sex or genital feeling', 'Cambio nuevo en genitales o vida sexual'),
  'both-legs': t('Pain, numbness or weakness in both legs', 'Las dos piernas con dolor, dormidas o débiles'),
  'progressive-weakness': t('New or worse weakness, or trouble walking', 'Debilidad nueva o peor, o le cuesta caminar'),
  'fever-unwell': t('Fever, chills or feeling sick', 'Fiebre, escalofríos o malestar'),
  'injecting-drugs': t('Injects drugs', 'Se inyecta drogas'),
  immunosuppression: t('Weak immune system', 'Defensas bajas'),
  'recent-infection': t('Recent infection', 'Infección reciente'),
  'recent-operation': t('Recent operation', 'Operación reciente'),
  trauma: t('A recent fall, crash or hard hit', 'Una caída, choque o golpe fuerte reciente'),
  'fragility-fracture': t('Thin bones or steroids, and sudden bad pain', 'Huesos débiles o esteroides, y dolor fuerte de golpe'),
  'cancer-history': t('Cancer now or before', 'Cáncer ahora o antes'),
  'weight-loss': t('Weight loss without trying', 'Bajó de peso sin querer'),
  'night-pain': t('Constant pain, worse at night, rest does not help', 'Dolor constante, peor de noche, no se calma al descansar'),
};

/** Risk markers, for the therapist part of the sheet and the command-line tool. */
export const riskMarkerTexts: Record<RiskMarkerCode, LocalizedText> = {
  'onset-age': t('Back pain began before 20 or after 50', 'El dolor de espalda empezó antes de los 20 o después de los 50'),
  'middle-back-pain': t('New pain in the middle back', 'Dolor nuevo en la mitad de la espalda'),
};

export const meanwhileTexts: Record<MeanwhileCode, LocalizedText> = {
  'tell-front-desk': t('If you can, go to the front desk now. If not, wave to staff.', 'Si puede, vaya ahora a la recepción. Si no, haga señas al personal.'),
  'do-not-force': t('Until someone checks you, do not crack your back on purpose.', 'Hasta que alguien le revise, no haga crujir la espalda a propósito.'),
  'stop-if-hurts': t('Do not force your back to crack. Stop any move that hurts.', 'No fuerce la espalda para que cruja. Pare si algo le duele.'),
  'stuck-go-slow': t(
    'If your back gets stuck, move slowly and gently. Do not push it.',
    'Si la espalda se traba, muévase despacio y con cuidado. No la fuerce.',
  ),
  'support-loose-joints': t(
    'Strong muscles help hold loose joints. Ask your therapist which moves are safe for you.',
    'Los músculos fuertes le dan apoyo a las articulaciones flojas. Pregunte qué ejercicios le hacen bien.',
  ),
  'move-breaks': t(
    'When you sit or drive, get up and move a bit about every half hour.',
    'Si pasa rato en una silla o maneja, levántese y muévase un poco cada media hora.',
  ),
  'keep-moving': t(
    'Keep moving in ways that feel good. A short walk each day helps many backs.',
    'Siga moviéndose como se sienta bien. Caminar un poco cada día ayuda a muchas espaldas.',
  ),
  'note-when': t('Notice when the cracking happens, so you can tell your therapist.', 'Fíjese cuándo le cruje. Así se lo puede contar a su terapeuta.'),
};

/**
 * "Because you said …" for each answer a rule can use, keyed `linkId=code`. Scale answers use
 * the key `linkId` and a `{value}` placeholder. A test checks every rule has its sentence.
 */
export const becauseTexts: Readonly<Record<string, LocalizedText>> = {
  'feel=single-pop': t('Because you said it pops once and then feels better.', 'Porque dijo que cruje una vez y luego se siente mejor.'),
  'feel=snap-slide': t(
    'Because you said it snaps, like something slides over a bone.',
    'Porque dijo que hace un chasquido, como si algo pasara sobre un hueso.',
  ),
  'feel=grinding': t('Because you said it feels like grinding or rubbing.', 'Porque dijo que se siente como que raspa o roza.'),
  'feel=slip-in-out': t('Because you said it slips out of place and back in.', 'Porque dijo que se sale de su lugar y vuelve.'),
  'feel=locking': t('Because you said it locks or gets stuck.', 'Porque dijo que se traba o se queda bloqueada.'),
  'feel=unusual': t('Because you said it feels strange or new.', 'Porque dijo que se siente raro o nuevo.'),
  'triggers=twisting': t('Because you said it cracks when you twist or turn.', 'Porque dijo que cruje al girar el cuerpo.'),
  'triggers=bending': t('Because you said it cracks when you bend.', 'Porque dijo que cruje al doblarse.'),
  'triggers=after-still': t(
    'Because you said it cracks when you get up after you sit, drive or lie down.',
    'Porque dijo que cruje al levantarse después de un rato en una silla, en el carro o en la cama.',
  ),
  'triggers=on-purpose': t('Because you said you crack it on purpose.', 'Porque dijo que la hace crujir a propósito.'),
  'hurts=yes': t('Because you said it hurts when it cracks.', 'Porque dijo que le duele cuando cruje.'),
  'hurts=no': t('Because you said it does not hurt.', 'Porque dijo que no le duele.'),
  'pain-score': t('Because you said your pain is {value} out of 10.', 'Porque dijo que su dolor es {value} de 10.'),
  'frequency=rarely': t('Because you said it cracks only now and then.', 'Porque dijo que cruje solo de vez en cuando.'),
  'frequency=daily': t('Because you said it cracks every day.', 'Porque dijo que cruje todos los días.'),
  'frequency=many-a-day': t('Because you said it cracks many times a day.', 'Porque dijo que cruje muchas veces al día.'),
  'symptoms=stiffness': t('Because you said your back feels stiff.', 'Porque dijo que tiene la espalda rígida.'),
  'symptoms=soreness': t('Because you said your back feels sore.', 'Porque dijo que le duele la espalda.'),
  'symptoms=swelling': t('Because you said there is swelling.', 'Porque dijo que tiene algo hinchado.'),
  'symptoms=spreading-pain': t('Because you said pain goes down an arm or a leg.', 'Porque dijo que el dolor baja a un brazo o una pierna.'),
  'symptoms=numb-tingling': t('Because you said some skin feels numb or tingly.', 'Porque dijo que tiene piel dormida o con hormigueo.'),
  'symptoms=weakness': t('Because you said an arm or a leg feels weak.', 'Porque dijo que un brazo o una pierna no tiene fuerza.'),
  'hypermobility-hands-floor=yes': t('Because you said you can put your hands flat on the floor.', 'Porque dijo que puede poner las manos planas en el piso.'),
  'hypermobility-thumb=yes': t('Because you said your thumb can bend to touch your forearm.', 'Porque dijo que el pulgar se dobla hasta tocar el antebrazo.'),
  'hypermobility-child-splits=yes': t('Because you said you were very bendy as a child.', 'Porque dijo que en su niñez era muy flexible.'),
  'hypermobility-dislocation=yes': t(
    'Because you said a shoulder or kneecap slipped out more than once.',
    'Porque dijo que el hombro o la rótula se salió más de una vez.',
  ),
  'hypermobility-double-jointed=yes': t('Because you said you think you are double-jointed.', 'Porque dijo que sus articulaciones se doblan más de lo normal.'),
  'age=under-30': t('Because you said you are under 30 years old.', 'Porque dijo que tiene menos de 30 años.'),
  'age=45-59': t('Because you said that you are 45 to 59 years old.', 'Porque dijo que tiene de 45 a 59 años.'),
  'age=60-74': t('Because you said that you are 60 to 74 years old.', 'Porque dijo que tiene de 60 a 74 años.'),
  'age=75-plus': t('Because you said you are 75 years old or more.', 'Porque dijo que tiene 75 años o más.'),
  'habits=repetitive': t(
    'Because you said you twist or lift the same way again and again.',
    'Porque dijo que gira o carga cosas de la misma forma, una y otra vez.',
  ),
  'past-injury=fracture': t('Because you said you broke a bone there.', 'Porque dijo que se rompió un hueso ahí.'),
  'past-injury=sprain': t('Because you said you had a sprain there.', 'Porque dijo que tuvo una torcedura ahí.'),
  'past-injury=ligament-tear': t('Because you said you tore a ligament there.', 'Porque dijo que se desgarró un ligamento ahí.'),
  'past-injury=surgery': t('Because you said you had surgery there.', 'Porque dijo que tuvo una operación ahí.'),
  'past-injury=fall-accident': t('Because you said you had a fall or an accident.', 'Porque dijo que tuvo una caída o un accidente.'),
  'past-injury=none': t('Because you said you never hurt that part of your back.', 'Porque dijo que nunca se lastimó esa parte.'),
  'limits=quite-a-bit': t('Because you said it gets in the way of your day quite a bit.', 'Porque dijo que le estorba bastante en su día.'),
  'limits=a-lot': t('Because you said it gets in the way of your day a lot.', 'Porque dijo que le estorba mucho en su día.'),
};
