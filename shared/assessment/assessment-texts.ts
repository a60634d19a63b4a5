/**
 * Patient-facing texts of the assessment, in plain words (grade 6 or below; a test checks).
 * They inform and never diagnose: "may", "often", "worth asking your therapist".
 */
import type { LocalizedText } from '../questionnaire/questionnaire-types.ts';
import type { CauseCode, GuidanceLevel, RedFlagCode, TherapistSignalCode } from './assessment-types.ts';
import type { MeanwhileCode } from './rule-table.ts';

const t = (en: string, es: string): LocalizedText => ({ en, es });

export const causeTexts: Record<CauseCode, { name: LocalizedText; explanation: LocalizedText }> = {
  'gas-release': {
    name: t('Gas bubbles in the joint', 'Burbujas de gas en la coyuntura'),
    explanation: t(
      'Tiny bubbles of gas build up in the small joints of the back. When you move, they can pop. This happens to most people now and then. It often feels like a release, and it should not hurt.',
      'En las coyunturas de la espalda se juntan burbujas de gas muy chicas. Al moverse, pueden tronar. Le pasa a casi todos de vez en cuando. Se siente como un alivio y no debe doler.',
    ),
  },
  'tendon-ligament': {
    name: t('Tight bands moving over bone', 'Tejidos tensos que pasan sobre el hueso'),
    explanation: t(
      'Tendons and ligaments are strong bands that hold the body together. When they are tight, they can snap as they slide over a bone. You may feel stiff or sore, but it should not hurt.',
      'Los tendones y ligamentos son tiras fuertes que unen el cuerpo. Si están tensos, pueden hacer clic al pasar sobre un hueso. Puede sentirse tieso, pero no debe doler.',
    ),
  },
  hypermobility: {
    name: t('Very bendy joints', 'Coyunturas muy flexibles'),
    explanation: t(
      'Some people have joints that bend more than most. They may pop in and out of place. For most people this is not a problem. Your therapist can tell you if some support would help.',
      'Algunas personas tienen coyunturas que se doblan más de lo normal. Pueden salirse y volver a su lugar. Casi siempre no es un problema. Su terapeuta le puede decir si un apoyo le ayuda.',
    ),
  },
  'age-related': {
    name: t('Changes with age or use', 'Cambios por la edad o el uso'),
    explanation: t(
      'Over the years, the soft layer in the joints can wear thin. Doing the same moves for a long time can change the joint too. This may cause a grinding feel, more pops and some soreness.',
      'Con los años, la capa suave de las coyunturas se puede gastar. Hacer lo mismo por mucho tiempo también cambia la coyuntura. Eso puede causar roce, más crujidos y algo de dolor.',
    ),
  },
  'injury-dysfunction': {
    name: t('An old injury, or a joint that is upset', 'Una lesión de antes, o un problema que empieza'),
    explanation: t(
      'An old injury, like a broken bone or a sprain, can cause pops or grinding later. Pops can also mean a joint is upset. This is more likely if it pops a lot, locks up or hurts. It is worth asking your therapist.',
      'Una lesión de antes, como un hueso roto o una torcedura, puede causar crujidos después. Los crujidos también pueden indicar que una coyuntura está irritada. Es más probable si cruje mucho, se traba o duele. Vale la pena preguntarle a su terapeuta.',
    ),
  },
};

export const guidanceTexts: Record<GuidanceLevel, { title: LocalizedText; body: LocalizedText }> = {
  'common-harmless': {
    title: t('This is often normal', 'Esto suele ser normal'),
    body: t(
      'From your answers, your back cracking sounds like the common kind. It is often harmless. You can still ask your therapist any question.',
      'Por sus respuestas, el crujido de su espalda parece del tipo común. Casi siempre no hace daño. Igual puede preguntarle a su terapeuta lo que quiera.',
    ),
  },
  'discuss-with-therapist': {
    title: t('Talk to your therapist today', 'Hable hoy con su terapeuta'),
    body: t(
      'Some of your answers are worth a closer look. This is not bad news. Please give this sheet to your therapist and talk about it today.',
      'Algunas respuestas merecen una mirada más de cerca. No es una mala noticia. Por favor dele esta hoja a su terapeuta y hablen de esto hoy.',
    ),
  },
  'tell-front-desk-now': {
    title: t('Please tell the front desk now', 'Por favor avise ahora en la recepción'),
    body: t(
      'One of your answers needs a check now. Please tell the front desk now, or wave to staff. Do not wait for your turn.',
      'Una de sus respuestas se debe revisar ahora. Avise ahora en la recepción, o haga señas al personal. No espere su turno.',
    ),
  },
};

export const signalTexts: Record<TherapistSignalCode, LocalizedText> = {
  painful: t('It hurts when it cracks', 'Duele cuando cruje'),
  frequent: t('It cracks many times a day', 'Cruje muchas veces al día'),
  'other-symptoms': t('It comes with other problems', 'Viene con otras molestias'),
  locking: t('It locks or gets stuck', 'Se traba o se queda pegada'),
  unusual: t('It feels strange or new', 'Se siente raro o nuevo'),
};

export const redFlagTexts: Record<RedFlagCode, LocalizedText> = {
  'bladder-bowel-saddle': t('New trouble holding pee or poop, or numb skin between the legs', 'Problema nuevo para aguantar la orina o el popó, o piel dormida entre las piernas'),
  'weakness-numbness': t('New or worse weak or numb legs or arms, or harder to walk', 'Piernas o brazos débiles o dormidos, nuevo o peor, o le cuesta caminar'),
  'fever-unwell': t('Fever, chills or feeling sick with the back pain', 'Fiebre, escalofríos o malestar con el dolor de espalda'),
  trauma: t('A recent fall, crash or hard hit', 'Una caída, choque o golpe fuerte reciente'),
  'cancer-weight-loss': t('Weight loss without trying, or cancer in the past', 'Bajó de peso sin querer, o tuvo cáncer'),
  'night-pain': t('Bad pain at night that rest does not help', 'Dolor fuerte de noche que no se calma al descansar'),
};

export const meanwhileTexts: Record<MeanwhileCode, LocalizedText> = {
  'tell-front-desk': t('If you can, go to the front desk now. If not, wave to staff.', 'Si puede, vaya ahora a la recepción. Si no, haga señas al personal.'),
  'do-not-force': t('Until someone checks you, do not crack your back on purpose.', 'Hasta que alguien le revise, no haga crujir la espalda a propósito.'),
  'stop-if-hurts': t('Do not force your back to crack. Stop any move that hurts.', 'No fuerce la espalda para que cruja. Pare si algo le duele.'),
  'stuck-go-slow': t('If your back gets stuck, move slowly and gently. Do not push it.', 'Si la espalda se traba, muévase despacio y con calma. No la fuerce.'),
  'support-loose-joints': t('Strong muscles help hold loose joints. Ask your therapist which moves are safe for you.', 'Los músculos fuertes ayudan a las coyunturas flojas. Pregunte qué ejercicios le sirven.'),
  'move-breaks': t('When you sit or drive, get up and move a bit about every half hour.', 'Si está sentado o maneja, párese y muévase un poco cada media hora.'),
  'keep-moving': t('Keep moving in ways that feel good. A short walk each day helps many backs.', 'Siga moviéndose como se sienta bien. Caminar un poco cada día ayuda a muchas espaldas.'),
  'note-when': t('Notice when the cracking happens, so you can tell your therapist.', 'Fíjese cuándo le cruje. Así se lo puede contar a su terapeuta.'),
};

/**
 * "Because you said …" for each answer a rule can use, keyed `linkId=code`. Scale answers use
 * the key `linkId` and a `{value}` placeholder. A test checks every rule has its sentence.
 */
export const becauseTexts: Readonly<Record<string, LocalizedText>> = {
  'feel=single-pop': t('Because you said it pops once and then feels better.', 'Porque dijo que cruje una vez y luego se siente mejor.'),
  'feel=snap-slide': t('Because you said it snaps, like something slides over a bone.', 'Porque dijo que hace clic, como si algo pasara sobre un hueso.'),
  'feel=grinding': t('Because you said it feels like grinding or rubbing.', 'Porque dijo que se siente como que raspa o roza.'),
  'feel=slip-in-out': t('Because you said it slips out of place and back in.', 'Porque dijo que se sale de su lugar y vuelve.'),
  'feel=locking': t('Because you said it locks or gets stuck.', 'Porque dijo que se traba o se queda pegada.'),
  'feel=unusual': t('Because you said it feels strange or new.', 'Porque dijo que se siente raro o nuevo.'),
  'triggers=twisting': t('Because you said it cracks when you twist or turn.', 'Porque dijo que cruje al girar el cuerpo.'),
  'triggers=bending': t('Because you said it cracks when you bend.', 'Porque dijo que cruje al doblarse.'),
  'triggers=after-still': t('Because you said it cracks when you get up after you sit, drive or lie down.', 'Porque dijo que cruje al pararse si estuvo un rato sentado, en el carro o en la cama.'),
  'triggers=on-purpose': t('Because you said you crack it on purpose.', 'Porque dijo que la hace crujir a propósito.'),
  'hurts=yes': t('Because you said it hurts when it cracks.', 'Porque dijo que le duele cuando cruje.'),
  'hurts=no': t('Because you said it does not hurt.', 'Porque dijo que no le duele.'),
  'pain-score': t('Because you said your pain is {value} out of 10.', 'Porque dijo que su dolor es {value} de 10.'),
  'frequency=rarely': t('Because you said it cracks only now and then.', 'Porque dijo que cruje solo de vez en cuando.'),
  'frequency=daily': t('Because you said it cracks every day.', 'Porque dijo que cruje todos los días.'),
  'frequency=many-a-day': t('Because you said it cracks many times a day.', 'Porque dijo que cruje muchas veces al día.'),
  'symptoms=stiffness': t('Because you said your back feels stiff.', 'Porque dijo que tiene la espalda tiesa.'),
  'symptoms=soreness': t('Because you said your back feels sore.', 'Porque dijo que le duele un poco la espalda.'),
  'symptoms=swelling': t('Because you said there is swelling.', 'Porque dijo que tiene algo hinchado.'),
  'symptoms=spreading-pain': t('Because you said pain goes down an arm or a leg.', 'Porque dijo que el dolor baja a un brazo o una pierna.'),
  'symptoms=numb-tingling': t('Because you said some skin feels numb or tingly.', 'Porque dijo que tiene piel dormida o con hormigueo.'),
  'symptoms=weakness': t('Because you said an arm or a leg feels weak.', 'Porque dijo que un brazo o una pierna no tiene fuerza.'),
  'hypermobility-hands-floor=yes': t('Because you said you can put your hands flat on the floor.', 'Porque dijo que puede poner las manos planas en el piso.'),
  'hypermobility-thumb=yes': t('Because you said your thumb can bend back to your arm.', 'Porque dijo que el dedo gordo se dobla hasta el brazo.'),
  'hypermobility-child-splits=yes': t('Because you said you were very bendy as a child.', 'Porque dijo que de niño era muy flexible.'),
  'hypermobility-dislocation=yes': t('Because you said a shoulder or knee slipped out more than once.', 'Porque dijo que el hombro o la rodilla se salió más de una vez.'),
  'hypermobility-double-jointed=yes': t('Because you said you think you are double-jointed.', 'Porque dijo que sus coyunturas se doblan de más.'),
  'age=under-30': t('Because you said you are under 30 years old.', 'Porque dijo que tiene menos de 30 años.'),
  'age=45-59': t('Because you said that you are 45 to 59 years old.', 'Porque dijo que tiene de 45 a 59 años.'),
  'age=60-74': t('Because you said that you are 60 to 74 years old.', 'Porque dijo que tiene de 60 a 74 años.'),
  'age=75-plus': t('Because you said you are 75 years old or more.', 'Porque dijo que tiene 75 años o más.'),
  'habits=repetitive': t('Because you said you twist or lift the same way again and again.', 'Porque dijo que gira o carga cosas igual una y otra vez.'),
  'past-injury=fracture': t('Because you said you broke a bone there.', 'Porque dijo que se rompió un hueso ahí.'),
  'past-injury=sprain': t('Because you said you had a sprain there.', 'Porque dijo que tuvo una torcedura ahí.'),
  'past-injury=ligament-tear': t('Because you said you tore a ligament there.', 'Porque dijo que se rompió un ligamento ahí.'),
  'past-injury=surgery': t('Because you said you had surgery there.', 'Porque dijo que tuvo una operación ahí.'),
  'past-injury=fall-accident': t('Because you said you had a fall or an accident.', 'Porque dijo que tuvo una caída o un accidente.'),
  'past-injury=none': t('Because you said you never hurt that part of your back.', 'Porque dijo que nunca se lastimó esa parte.'),
  'limits=quite-a-bit': t('Because you said it gets in the way of your day quite a bit.', 'Porque dijo que le estorba bastante en su día.'),
  'limits=a-lot': t('Because you said it gets in the way of your day a lot.', 'Porque dijo que le estorba mucho en su día.'),
};
