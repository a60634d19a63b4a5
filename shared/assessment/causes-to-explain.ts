import type { Assessment, RankedCause } from './assessment-types.ts';

/**
 * The causes the patient is told about, on the screen and on the sheet alike: the likely ones,
 * and none when a red flag is raised. The flag comes first, and a calm cause beside it ("this
 * happens to most people") would reassure where the answers call for a check. The therapist part
 * of the sheet keeps every score.
 */
export function causesToExplain(assessment: Assessment): readonly RankedCause[] {
  return assessment.redFlags.length > 0 ? [] : assessment.causes.filter((cause) => cause.likely);
}
