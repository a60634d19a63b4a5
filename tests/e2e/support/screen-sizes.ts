/** The screens every patient screen is checked on (patient-screen-audit.e2e.ts: layout and touch targets). */
export const patientScreenSizes = [
  { name: 'portrait 1080×1920', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape 1920×1080', viewport: { width: 1920, height: 1080 } },
  { name: 'landscape 1280×800', viewport: { width: 1280, height: 800 } },
  // A common 7" and 10" touch panel: the least room a question and its answers must share.
  { name: 'landscape 1024×600', viewport: { width: 1024, height: 600 } },
] as const;
