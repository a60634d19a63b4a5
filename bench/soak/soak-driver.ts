/**
 * Acts one soak session out through the kiosk the way a patient taps it, checking each screen it
 * expects on the way. Every tap goes through the one kiosk driver (its selectors are structural,
 * so the same code drives English and Spanish); this file only says what a session does.
 */
import type { Page } from 'playwright-core';
import { KioskDriver } from '../../electron/browser-shell/kiosk-driver/kiosk-driver.ts';
import type { AnswerValue, Language } from '../../shared/questionnaire/questionnaire-types.ts';
import type { SessionPlan } from './soak-plan.ts';

const stepTimeoutMs = 15_000;
// Longer than the kiosk's own "stuck" verdict (60 s), so a stuck job fails with its reason, not a timeout.
const printTimeoutMs = 75_000;

export interface SessionOutcome {
  /** The CUPS job the session printed, if it printed. */
  readonly printed: boolean;
  readonly languageSwitches: number;
}

export class SoakDriver {
  private readonly kiosk: KioskDriver;

  constructor(
    /** The live kiosk page: after a renderer crash the shell opens a new one. */
    livePage: () => Page,
    /** Settings the session's waits depend on. */
    private readonly times: { idleSeconds: number; idleCountdownSeconds: number; thankYouSeconds: number },
    /** The staff PIN: after a red flag, staff acknowledge the alert at the band, as at a clinic. */
    private readonly staffPin: string,
  ) {
    this.kiosk = new KioskDriver(livePage, { stepTimeoutMs });
  }

  async waitForScreen(name: string, timeoutMs = stepTimeoutMs): Promise<void> {
    await this.kiosk.expectScreen(name, timeoutMs);
  }

  /** From the attract screen back to the attract screen, as `plan` says. */
  async run(plan: SessionPlan): Promise<SessionOutcome> {
    const kiosk = this.kiosk;
    let languageSwitches = 0;
    const switchLanguage = async (language: Language) => {
      await kiosk.chooseLanguage(language);
      languageSwitches += 1;
    };
    await kiosk.expectScreen('attract');
    if (plan.startLanguage !== 'en') await switchLanguage(plan.startLanguage);
    await kiosk.tapStart(plan.startLanguage);
    await kiosk.next();

    if (plan.path === 'idle-reset') {
      const first = await kiosk.currentLinkId();
      if (!first) throw new Error('No question after the privacy note');
      await kiosk.answer(plan.answers[first]);
      // Walk away: "Are you still there?", then its countdown wipes the session.
      const idleMs = (this.times.idleSeconds + this.times.idleCountdownSeconds) * 1000;
      await kiosk.waitForStillThere(idleMs + stepTimeoutMs);
      await kiosk.expectScreen('attract', idleMs + stepTimeoutMs);
      await kiosk.stillThere().waitFor({ state: 'detached', timeout: stepTimeoutMs });
      return { printed: false, languageSwitches };
    }

    const answers: Record<string, AnswerValue> = { ...plan.answers };
    const otherLanguage: Language = plan.startLanguage === 'en' ? 'es' : 'en';
    await kiosk.answerAll(answers, {
      // The plan's answers include some its path never asks (e.g. a pain score after "it does not hurt").
      strict: false,
      onAlert: async () => {
        if (plan.expectedLevel !== 'tell-front-desk-now') throw new Error('The front-desk alert showed for answers without a red flag');
        await kiosk.page.getByRole('alert').waitFor({ timeout: stepTimeoutMs });
      },
      onQuestion: async (_linkId, index) => {
        if (plan.switchLanguageMidway && index === 2) await switchLanguage(otherLanguage);
      },
    });

    if (plan.switchLanguageMidway) await switchLanguage(plan.startLanguage);
    if (plan.editOnReview) {
      await kiosk.changeOnReview('where');
      const where = plan.finalAnswers?.['where'];
      const before = answers['where'];
      const wanted = typeof where === 'object' ? where : [];
      const had = typeof before === 'object' ? before : [];
      // Toggle the one region that differs between the plan's first and final answers.
      await kiosk.answer([...wanted.filter((r) => !had.includes(r)), ...had.filter((r) => !wanted.includes(r))]);
      await kiosk.next();
      await kiosk.expectScreen('review');
    }
    await kiosk.next();
    await kiosk.expectScreen('result');
    const level = await kiosk.resultLevel();
    if (level !== plan.expectedLevel) throw new Error(`The result showed level ${level ?? '(none)'}, expected ${plan.expectedLevel ?? '(none)'}`);
    const phase = await kiosk.printOutcome(printTimeoutMs);
    if (phase !== 'done') throw new Error(`Printing ended in phase ${phase}`);

    await kiosk.next();
    await kiosk.expectScreen('thank-you');
    if (plan.end === 'start-over') await kiosk.startOver();
    await kiosk.expectScreen('attract', this.times.thankYouSeconds * 1000 + stepTimeoutMs);
    // The band stays up for the next patients until staff acknowledge the alert; so do they.
    if (plan.expectedLevel === 'tell-front-desk-now') await kiosk.acknowledgeAlert(this.staffPin);
    return { printed: true, languageSwitches };
  }
}
