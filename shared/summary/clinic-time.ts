/** Printed times, in the clinic's time zone (never the print server's or UTC by accident). */
import type { Language } from '../questionnaire/questionnaire-types.ts';

/** "March 14, 2026 at 10:30 AM CDT" in the clinic's zone; the ISO text itself if it is not a date. */
export function formatClinicTime(createdAt: string, language: Language, timeZone: string): string {
  const date = new Date(createdAt);
  if (Number.isNaN(date.getTime())) return createdAt;
  return (
    new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone,
    }).format(date) + ` (${zoneName(date, language, timeZone)})`
  );
}

function zoneName(date: Date, language: Language, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', { timeZone, timeZoneName: 'short' }).formatToParts(date);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}
