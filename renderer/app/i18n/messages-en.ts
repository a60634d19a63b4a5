/** The touchscreen's own words in English (question texts come from the questionnaire). */
export const messagesEn = {
  preview: 'Preview: not the installed kiosk',
  attract: {
    title: 'Does your back crack or pop when you twist?',
    body: 'Answer a few short questions while you wait. Then take a summary to your therapist.',
    start: 'Touch to start',
    language: 'Language',
  },
  privacy: {
    title: 'Before we start',
    points: [
      'It takes about 2 minutes.',
      'We never ask your name.',
      'Your answers are printed for you, then wiped from this screen. They are not saved.',
      'You can go back and change an answer at any time.',
    ],
    accept: 'Start the questions',
  },
  nav: {
    back: 'Back',
    next: 'Next',
    skip: 'Skip this question',
    toReview: 'Back to my answers',
    progress: 'Question {{index}} of {{total}}',
    required: 'Please choose an answer to go on.',
    chooseAny: 'Choose all that apply.',
    chooseOne: 'Choose one.',
  },
  answers: {
    yes: 'Yes',
    no: 'No',
    unsure: 'Not sure',
    selected: 'Selected',
    bodyPictureLabel: 'Picture of the back. Tap where it cracks.',
    bodyListLabel: 'Where it cracks',
  },
  alert: {
    title: 'Please tell the front desk now',
    body: 'One of your answers needs a quick check by our staff today. This is to keep you safe. Please go to the desk now.',
    continue: 'I will tell them. Go on.',
  },
  review: {
    title: 'Check your answers',
    body: 'Tap an answer to change it.',
    notAnswered: 'Not answered',
    change: 'Change',
    confirm: 'These are right. Show my result.',
  },
  result: {
    title: 'What your answers suggest',
    causesTitle: 'What may be causing it',
    because: 'Because you said:',
    noCause: 'Your answers do not point to one cause. Your therapist can talk it over with you.',
    meanwhileTitle: 'What you can do for now',
    notDiagnosis: 'This is not a diagnosis. Your therapist will check you.',
    print: 'Print my summary',
    dontPrint: "Don't print",
    done: 'I am done',
  },
  print: {
    printing: 'Printing your summary…',
    done: 'Please take your sheet from the printer.',
    doneHint: 'Give it to your therapist.',
    failed: 'The printer is not working right now.',
    failedHint: 'Your summary is safe on this screen.',
    retry: 'Try again',
    askDesk: 'Ask the front desk',
    askDeskHint: 'Please show this screen at the front desk. They can help.',
    notPrinted: 'Not printed. Your summary stays on this screen.',
  },
  thanks: {
    title: 'Thank you!',
    body: 'Please have a seat. Your therapist will see you soon.',
    countdown: 'This screen resets in {{seconds}} seconds.',
    now: 'Start over now',
  },
  idle: {
    title: 'Are you still there?',
    body: 'For your privacy, this screen will clear in {{seconds}} seconds.',
    stay: "I'm still here",
  },
  errors: {
    noBridge: 'This kiosk is not set up correctly. Please ask the front desk.',
  },
} as const;

/** Every language must provide the same keys. */
type Widen<T> = T extends string ? string : T extends readonly (infer U)[] ? readonly Widen<U>[] : { readonly [K in keyof T]: Widen<T[K]> };
export type Messages = Widen<typeof messagesEn>;
