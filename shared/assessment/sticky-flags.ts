/**
 * Sticky red flags: once a safety answer raised a flag in a session, the flag stays raised even
 * if the patient changes the answer later. `assessWithRaisedFlags` wraps `assessAnswers`: causes
 * and signals come from the answers as they are now, while the flags (and so the level and the
 * advice) also count every flag raised earlier, marked as changed. Pure, like assessAnswers.
 */
import type { Answers } from '../questionnaire/questionnaire-types.ts';
import { assessAnswers } from './assess-answers.ts';
import type { Assessment, RaisedFlag, RedFlag } from './assessment-types.ts';

const sameFlag = (a: RedFlag, b: RedFlag) => a.flag === b.flag && a.linkId === b.linkId;

/**
 * The flags the given raised answers raise on their own, per the rule table. Entries that raise
 * none (not a safety item, or a code that is no flag) are dropped, so a caller cannot invent one.
 */
export function flagsOf(raised: readonly RaisedFlag[]): readonly RedFlag[] {
  if (raised.length === 0) return [];
  const answers: Record<string, string> = {};
  for (const entry of raised) answers[entry.linkId] = entry.code;
  return assessAnswers(answers).redFlags;
}

export function assessWithRaisedFlags(answers: Answers, raised: readonly RaisedFlag[]): Assessment {
  const now = assessAnswers(answers);
  const earlier = flagsOf(raised);
  const changed = earlier.filter((flag) => !now.redFlags.some((current) => sameFlag(current, flag)));
  if (changed.length === 0) return now;
  // Assess once more with the raised answers in place: the rule table then picks the level and
  // the advice for a red flag, so this wrapper holds no clinical rule of its own.
  const raisedAnswers: Record<string, string> = {};
  for (const flag of changed) raisedAnswers[flag.linkId] = flag.code;
  const asRaised = assessAnswers({ ...answers, ...raisedAnswers });
  const redFlags: RedFlag[] = asRaised.redFlags.map((flag) => {
    if (!changed.some((candidate) => sameFlag(candidate, flag))) return flag;
    const current = answers[flag.linkId];
    return { ...flag, changed: true, ...(typeof current === 'string' ? { changedTo: current } : {}) };
  });
  return { ...now, level: asRaised.level, guidance: asRaised.guidance, redFlags, meanwhile: asRaised.meanwhile };
}
