/** Sticky red flags: a flag raised in the session stays raised when the answer is changed. */
import { describe, expect, it } from 'vitest';
import { assessAnswers } from '../../../../shared/assessment/assess-answers.ts';
import { assessWithRaisedFlags, flagsOf } from '../../../../shared/assessment/sticky-flags.ts';
import { backtalkQuestionnaire, safetyLinkIds } from '../../../../shared/questionnaire/backtalk-questionnaire.ts';
import { sampleCases } from '../../../../shared/summary/sample-answers.ts';

const allNo = Object.fromEntries(safetyLinkIds.map((linkId) => [linkId, 'no']));
const calm = { ...sampleCases['no-worry'], ...allNo };

describe('assessWithRaisedFlags', () => {
  it('keeps the level at front desk when a flagged answer is changed to "no"', () => {
    for (const linkId of safetyLinkIds) {
      for (const code of ['yes', 'unsure']) {
        // What the kiosk did before: the changed answer alone said "commonly harmless".
        expect(assessAnswers(calm).level).not.toBe('tell-front-desk-now');
        const assessment = assessWithRaisedFlags(calm, [{ linkId, code }]);
        expect(assessment.level).toBe('tell-front-desk-now');
        // The words follow the level: the result card and the sheet never say "common and harmless" under a raised flag.
        expect(assessment.guidance).toBe('tell-front-desk-now');
        expect(assessment.redFlags).toEqual([expect.objectContaining({ linkId, code, changed: true, changedTo: 'no' })]);
        // The red-flag advice replaces the calm advice, as for any red flag.
        expect(assessment.meanwhile).toEqual(assessAnswers({ ...calm, [linkId]: code }).meanwhile);
      }
    }
  });

  it('changes nothing when the flagged answer still stands, or when nothing was raised', () => {
    const linkId = safetyLinkIds[0]!;
    const flagged = { ...calm, [linkId]: 'yes' };
    expect(assessWithRaisedFlags(flagged, [{ linkId, code: 'yes' }])).toEqual(assessAnswers(flagged));
    expect(assessWithRaisedFlags(calm, [])).toEqual(assessAnswers(calm));
  });

  it('keeps the causes of the answers as they are now', () => {
    const linkId = safetyLinkIds[1]!;
    expect(assessWithRaisedFlags(calm, [{ linkId, code: 'yes' }]).causes).toEqual(assessAnswers(calm).causes);
  });

  it('ignores "raised" answers that raise no flag (not a safety item, or a calm code)', () => {
    const about = backtalkQuestionnaire.items.find((item) => item.section === 'about')!;
    expect(
      flagsOf([
        { linkId: about.linkId, code: about.options[0]!.code },
        { linkId: safetyLinkIds[0]!, code: 'no' },
        { linkId: 'made-up', code: 'yes' },
      ]),
    ).toEqual([]);
    expect(assessWithRaisedFlags(calm, [{ linkId: safetyLinkIds[0]!, code: 'no' }]).level).toBe(assessAnswers(calm).level);
  });
});
