import type { Messages } from './messages-en.ts';

/** The touchscreen's own words in Spanish. */
export const messagesEs: Messages = {
  preview: 'Vista previa: no es el quiosco instalado',
  attract: {
    title: '¿Su espalda truena o cruje al girar?',
    body: 'Conteste unas preguntas cortas mientras espera. Luego lleve un resumen a su terapeuta.',
    start: 'Toque para empezar',
    language: 'Idioma',
  },
  privacy: {
    title: 'Antes de empezar',
    points: [
      'Toma unos 2 minutos.',
      'Nunca le pedimos su nombre.',
      'Sus respuestas se imprimen para usted y luego se borran. No se guardan.',
      'Puede volver y cambiar una respuesta cuando quiera.',
    ],
    accept: 'Empezar las preguntas',
  },
  nav: {
    back: 'Atrás',
    next: 'Siguiente',
    skip: 'Saltar esta pregunta',
    toReview: 'Volver a mis respuestas',
    progress: 'Pregunta {{index}} de {{total}}',
    required: 'Elija una respuesta para seguir.',
    chooseAny: 'Elija todas las que apliquen.',
    chooseOne: 'Elija una.',
  },
  answers: {
    yes: 'Sí',
    no: 'No',
    unsure: 'No sé',
    selected: 'Elegido',
    bodyPictureLabel: 'Dibujo de la espalda. Toque donde truena.',
    bodyListLabel: 'Dónde truena',
  },
  alert: {
    title: 'Por favor, avise ahora en la recepción',
    body: 'Una de sus respuestas necesita que el personal la revise hoy. Es para cuidarle. Por favor, vaya a la recepción ahora.',
    continue: 'Voy a avisar. Seguir.',
  },
  review: {
    title: 'Revise sus respuestas',
    body: 'Toque una respuesta para cambiarla.',
    notAnswered: 'Sin respuesta',
    change: 'Cambiar',
    confirm: 'Están bien. Ver mi resultado.',
  },
  result: {
    title: 'Lo que sugieren sus respuestas',
    causesTitle: 'Lo que puede causarlo',
    because: 'Porque usted dijo:',
    noCause: 'Sus respuestas no señalan una causa. Su terapeuta puede hablarlo con usted.',
    meanwhileTitle: 'Qué puede hacer por ahora',
    notDiagnosis: 'Esto no es un diagnóstico. Su terapeuta le va a revisar.',
    print: 'Imprimir mi resumen',
    dontPrint: 'No imprimir',
    done: 'Terminé',
  },
  print: {
    printing: 'Imprimiendo su resumen…',
    done: 'Por favor, tome su hoja de la impresora.',
    doneHint: 'Désela a su terapeuta.',
    failed: 'La impresora no funciona ahora.',
    failedHint: 'Su resumen sigue en esta pantalla.',
    retry: 'Intentar de nuevo',
    askDesk: 'Preguntar en la recepción',
    askDeskHint: 'Muestre esta pantalla en la recepción. Ahí le ayudan.',
    notPrinted: 'No se imprimió. Su resumen sigue en esta pantalla.',
  },
  thanks: {
    title: '¡Gracias!',
    body: 'Por favor, tome asiento. Su terapeuta le verá pronto.',
    countdown: 'Esta pantalla se borra en {{seconds}} segundos.',
    now: 'Empezar de nuevo ahora',
  },
  idle: {
    title: '¿Sigue ahí?',
    body: 'Por su privacidad, esta pantalla se borra en {{seconds}} segundos.',
    stay: 'Sigo aquí',
  },
  errors: {
    noBridge: 'Este quiosco no está bien configurado. Pregunte en la recepción.',
  },
};
