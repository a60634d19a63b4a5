/**
 * Acts one soak session out through the kiosk the way a patient taps it (big buttons only),
 * checking each screen it expects on the way. Selectors are structural, not textual, so the
 * same code drives English and Spanish.
 */
import type { Page } from 'playwright-core';
import { clearScreeningAnswers } from '../../shared/summary/sample-answers.ts';
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
  constructor(
    /** The live kiosk page: after a renderer crash the shell opens a new one. */
    private readonly livePage: () => Page,
    /** Settings the session's waits depend on. */
    private readonly times: { idleSeconds: number; idleCountdownSeconds: number; thankYouSeconds: number },
  ) {}

  private get page(): Page {
    return this.livePage();
  }

  private screen() {
    return this.page.locator('[data-screen]');
  }

  async waitForScreen(name: string, timeoutMs = stepTimeoutMs): Promise<void> {
    await this.page.locator(`[data-screen="${name}"]`).waitFor({ timeout: timeoutMs });
  }

  private async primary(): Promise<void> {
    await this.page.locator('.screen__footer .button--primary').click({ timeout: stepTimeoutMs });
  }

  private async switchLanguage(language: Language): Promise<void> {
    await this.page.locator(`.language-switch button[lang="${language}"]`).first().click({ timeout: stepTimeoutMs });
    await this.page.locator(`.language-switch button[lang="${language}"][aria-pressed="true"]`).first().waitFor({ timeout: stepTimeoutMs });
  }

  private async currentLinkId(): Promise<string | null> {
    const heading = this.page.locator('h1.question');
    if ((await heading.count()) === 0) return null;
    return (await heading.getAttribute('id'))?.replace(/^question-/, '') ?? null;
  }

  private async answer(value: AnswerValue | undefined, row?: string): Promise<void> {
    if (value === undefined) return;
    // A page of several questions (the bendy-joint questions) answers each in its own row.
    const scope = row === undefined ? this.page.locator(':root') : this.page.locator(`.question-row[data-link-id="${row}"]`);
    if (typeof value === 'number') {
      await scope.locator(`.scale__number[data-value="${value}"]`).click({ timeout: stepTimeoutMs });
      return;
    }
    for (const code of typeof value === 'string' ? [value] : value) {
      await scope.locator(`.tiles .tile[data-code="${code}"]`).click({ timeout: stepTimeoutMs });
    }
  }

  private async answerPage(answers: Readonly<Record<string, AnswerValue>>, linkId: string): Promise<void> {
    const rows = await this.page
      .locator('.question-row[data-link-id]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-link-id') ?? ''));
    if (rows.length === 0) return this.answer(answers[linkId]);
    for (const row of rows) await this.answer(answers[row], row);
  }

  /** From the attract screen back to the attract screen, as `plan` says. */
  async run(plan: SessionPlan): Promise<SessionOutcome> {
    let languageSwitches = 0;
    await this.waitForScreen('attract');
    if (plan.startLanguage !== 'en') {
      await this.switchLanguage(plan.startLanguage);
      languageSwitches += 1;
    }
    await this.page.locator(`.attract__start[lang="${plan.startLanguage}"]`).click({ timeout: stepTimeoutMs });
    await this.waitForScreen('privacy');
    await this.primary();

    if (plan.path === 'idle-reset') {
      const first = await this.currentLinkId();
      if (!first) throw new Error('No question after the privacy note');
      await this.answer(plan.answers[first]);
      // Walk away: "Are you still there?", then its countdown wipes the session.
      const idleMs = (this.times.idleSeconds + this.times.idleCountdownSeconds) * 1000;
      await this.page.getByRole('alertdialog').waitFor({ timeout: idleMs + stepTimeoutMs });
      await this.waitForScreen('attract', idleMs + stepTimeoutMs);
      await this.page.getByRole('alertdialog').waitFor({ state: 'detached', timeout: stepTimeoutMs });
      return { printed: false, languageSwitches };
    }

    const answers: Record<string, AnswerValue> = { ...clearScreeningAnswers, ...plan.answers };
    const otherLanguage: Language = plan.startLanguage === 'en' ? 'es' : 'en';
    let questionsSeen = 0;
    for (let step = 0; ; step += 1) {
      if (step > 80) throw new Error('Never reached the review screen');
      const screen = await this.screen().getAttribute('data-screen', { timeout: stepTimeoutMs });
      if (screen === 'review') break;
      if (screen === 'front-desk-alert') {
        if (plan.expectedLevel !== 'tell-front-desk-now') throw new Error('The front-desk alert showed for answers without a red flag');
        await this.page.getByRole('alert').waitFor({ timeout: stepTimeoutMs });
        await this.primary();
        await this.page.locator('[data-screen="front-desk-alert"]').waitFor({ state: 'detached', timeout: stepTimeoutMs });
        continue;
      }
      const linkId = await this.currentLinkId();
      if (!linkId) throw new Error(`Unexpected screen ${screen ?? '(none)'}`);
      questionsSeen += 1;
      if (plan.switchLanguageMidway && questionsSeen === 3) {
        await this.switchLanguage(otherLanguage);
        languageSwitches += 1;
      }
      await this.answerPage(answers, linkId);
      await this.primary();
      await this.page.locator(`#question-${linkId}`).waitFor({ state: 'detached', timeout: stepTimeoutMs });
    }

    if (plan.switchLanguageMidway) {
      await this.switchLanguage(plan.startLanguage);
      languageSwitches += 1;
    }
    if (plan.editOnReview) {
      await this.page.locator('.review-item[data-link-id="where"]').click({ timeout: stepTimeoutMs });
      const where = plan.finalAnswers?.['where'];
      const before = answers['where'];
      const wanted = typeof where === 'object' ? where : [];
      const had = typeof before === 'object' ? before : [];
      // Toggle the one region that differs between the plan's first and final answers.
      for (const region of [...wanted.filter((r) => !had.includes(r)), ...had.filter((r) => !wanted.includes(r))]) {
        await this.page.locator(`.tiles .tile[data-code="${region}"]`).click({ timeout: stepTimeoutMs });
      }
      await this.primary();
      await this.waitForScreen('review');
    }
    await this.primary();
    await this.waitForScreen('result');
    const level = await this.page.locator('[data-level]').getAttribute('data-level', { timeout: stepTimeoutMs });
    if (level !== plan.expectedLevel) throw new Error(`The result showed level ${level ?? '(none)'}, expected ${plan.expectedLevel ?? '(none)'}`);
    await this.page.locator('[data-print-phase="done"], [data-print-phase="failed"]').waitFor({ timeout: printTimeoutMs });
    const phase = await this.page.locator('[data-print-phase]').getAttribute('data-print-phase');
    if (phase !== 'done') throw new Error(`Printing ended in phase ${phase ?? '(none)'}`);

    await this.primary();
    await this.waitForScreen('thank-you');
    if (plan.end === 'start-over') {
      await this.page.locator('[data-screen="thank-you"] .screen__footer .button--secondary').click({ timeout: stepTimeoutMs });
    }
    await this.waitForScreen('attract', this.times.thankYouSeconds * 1000 + stepTimeoutMs);
    return { printed: true, languageSwitches };
  }
}
