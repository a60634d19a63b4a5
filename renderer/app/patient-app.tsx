/**
 * Composes the features into the patient flow. Features never import each other; this file
 * wires them to the flow machine, the bridge and the settings.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessWithRaisedFlags } from '../../shared/assessment/sticky-flags.ts';
import type { BridgeApi } from '../../shared/ipc/bridge-api.ts';
import type { SessionEvent } from '../../shared/ipc/session-events.ts';
import { backtalkQuestionnaire } from '../../shared/questionnaire/backtalk-questionnaire.ts';
import { pagesByPart } from '../../shared/questionnaire/question-pages.ts';
import type { Language } from '../../shared/questionnaire/questionnaire-types.ts';
import type { KioskSettings } from '../../shared/settings/kiosk-settings.ts';
import { ContrastButton, TextSizeButton } from '../components/display-controls.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { ReadAloudButton } from '../components/read-aloud-button.tsx';
import { AttractScreen } from '../features/attract/attract-screen.tsx';
import { playAttentionChime } from '../features/front-desk-alert/attention-chime.ts';
import { FrontDeskAlertScreen } from '../features/front-desk-alert/front-desk-alert-screen.tsx';
import { StaffNeededBand } from '../features/front-desk-alert/staff-needed-band.tsx';
import { usePendingAlerts } from '../features/front-desk-alert/use-pending-alerts.ts';
import { StillThereDialog } from '../features/idle-check/still-there-dialog.tsx';
import { PrintPanel } from '../features/printing/print-panel.tsx';
import { PrivacyScreen } from '../features/privacy/privacy-screen.tsx';
import { QuestionScreen } from '../features/questions/question-screen.tsx';
import { ResultScreen } from '../features/result/result-screen.tsx';
import { ReviewScreen } from '../features/review/review-screen.tsx';
import { ThankYouScreen } from '../features/thank-you/thank-you-screen.tsx';
import { setI18nLanguage } from './i18n/i18n.ts';
import { IdleTimer } from './idle/idle-timer.ts';
import { canLeavePage, nextTextSize, textSizeSteps, watchesForIdle, type DisplayMode } from './patient-flow/patient-flow-machine.ts';
import { startTally, tallySession } from './patient-flow/session-tally.ts';
import { usePatientFlow } from './patient-flow/use-patient-flow.ts';
import { wipeSessionTraces } from './patient-flow/wipe-session-traces.ts';

/** The display mode lives on <html> so every rem (and the overlay) follows it. */
function applyDisplayMode(display: DisplayMode): void {
  const root = document.documentElement;
  root.dataset['textSize'] = String(display.textSize);
  root.dataset['contrast'] = display.contrast;
}

/** How often the screen asks whether the urgent slip has printed. */
const alertPollMs = 500;

export function PatientApp(props: {
  bridge: BridgeApi;
  settings: KioskSettings;
  /** Staff tapped the "Staff needed" band: the app asks for their PIN. */
  onStaffNeeded: () => void;
  /** Goes up each time staff acknowledge the alert with their PIN. */
  staffAcknowledgements: number;
}) {
  const { bridge, settings } = props;
  const { t } = useTranslation();
  const { machine, state, send } = usePatientFlow(backtalkQuestionnaire, settings.defaultLanguage);
  const { screen, language, answers, display } = state;

  const record = useCallback((event: SessionEvent) => void bridge.sessionRecord({ event }), [bridge]);

  // Layout effects: the new language and display mode are on screen in the same frame as the tap.
  useLayoutEffect(() => setI18nLanguage(language), [language]);
  useLayoutEffect(() => applyDisplayMode(display), [display]);

  const reset = useCallback(() => {
    send({ type: 'reset', language: settings.defaultLanguage });
    void wipeSessionTraces();
  }, [send, settings.defaultLanguage]);

  // Counts for the front desk: numbers only (the rules are in session-tally.ts).
  const screenName = screen.name;
  const raisedCount = state.raised.length;
  const tally = useRef(startTally(state));
  const stateRef = useRef(state);
  stateRef.current = state;
  useEffect(() => {
    const { tally: next, events } = tallySession(tally.current, stateRef.current);
    tally.current = next;
    for (const event of events) record(event);
  }, [screenName, state.session, raisedCount, record]);
  useEffect(() => {
    // Each screen starts at its top, and the bench reads when it became interactive. One mark
    // per screen, replaced each time: the page runs all day and its timeline must not grow.
    window.scrollTo(0, 0);
    performance.clearMarks(`backtalk:screen:${screenName}`);
    performance.mark(`backtalk:screen:${screenName}`);
  }, [screenName, state.session]);

  // Idle anywhere but the attract screen: ask, then wipe.
  const watching = watchesForIdle(state);
  useEffect(() => {
    if (!watching) return;
    const timer = new IdleTimer(document, settings.idleSeconds * 1000, () => send({ type: 'idle' }));
    timer.start();
    return () => timer.stop();
  }, [watching, screen, settings.idleSeconds, send]);

  // Staff are called at the first red flag: the main process prints the urgent slip from this
  // call alone (so it prints even if the patient walks away), and the screen follows its fate.
  const raisedRef = useRef(state.raised);
  raisedRef.current = state.raised;
  const [chime, setChime] = useState<'played' | 'off' | 'silent'>('off');
  useEffect(() => {
    if (state.alertRound === 0) return;
    let cancelled = false;
    send({ type: 'alert-slip', state: 'printing' });
    // The slip is asked for before anything else (the chime's audio start-up takes a moment).
    void (async () => {
      let result = await bridge.alertRaise({ flags: [...raisedRef.current] });
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the effect's cleanup sets `cancelled` while we await
      while (!cancelled && result.ok && result.value.state === 'printing') {
        await new Promise((resolve) => setTimeout(resolve, alertPollMs));
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by the cleanup while we waited
        if (cancelled) return;
        result = await bridge.alertStatus({ alertId: result.value.alertId });
      }
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by the cleanup while we waited
      if (cancelled) return;
      send({ type: 'alert-slip', state: result.ok ? result.value.state : 'failed' });
    })();
    setChime(settings.attentionChime ? (playAttentionChime() ? 'played' : 'silent') : 'off');
    return () => {
      cancelled = true;
    };
  }, [state.alertRound, bridge, send, settings.attentionChime]);

  // Staff acknowledged with their PIN: the band goes (the flags stay raised).
  const acknowledgements = useRef(props.staffAcknowledgements);
  useEffect(() => {
    if (props.staffAcknowledgements === acknowledgements.current) return;
    acknowledgements.current = props.staffAcknowledgements;
    send({ type: 'staff-acknowledged' });
  }, [props.staffAcknowledgements, send]);

  // Alerts from earlier sessions (or from before a reload) keep the band up until staff acknowledge.
  const pending = usePendingAlerts(bridge, `${String(props.staffAcknowledgements)}:${state.alertSlip}`);
  const staffNeeded = state.attention === 'needed' || pending.open > 0;
  const bandSlip = state.attention === 'needed' && state.alertSlip !== 'printed' ? state.alertSlip : pending.failed ? 'failed' : 'printed';

  const onPrintStarted = useCallback(() => send({ type: 'summary-printing' }), [send]);

  const needsAssessment = screenName === 'result' || screenName === 'thank-you';
  const assessment = useMemo(() => (needsAssessment ? assessWithRaisedFlags(answers, state.raised) : null), [needsAssessment, answers, state.raised]);

  const setLanguage = (next: Language) => send({ type: 'set-language', language: next });
  const languageSwitch = <LanguageSwitch languages={settings.languages} current={language} onChange={setLanguage} label={t('attract.language')} />;
  const screenKey = screen.name === 'question' ? `question:${screen.linkId}` : screen.name;
  const tools = (
    <div className="tools" role="group" aria-label={t('display.tools')}>
      <ReadAloudButton language={language} readLabel={t('display.readAloud')} stopLabel={t('display.stopReading')} screenKey={screenKey} />
      <TextSizeButton
        step={display.textSize}
        steps={textSizeSteps.length}
        label={t('display.textSize')}
        stepLabel={t('display.textSizeStep', { step: display.textSize + 1, steps: textSizeSteps.length })}
        onNext={() => send({ type: 'set-text-size', textSize: nextTextSize(display.textSize) })}
      />
      <ContrastButton
        on={display.contrast === 'high'}
        label={t('display.contrast')}
        onToggle={() => send({ type: 'set-contrast', contrast: display.contrast === 'high' ? 'standard' : 'high' })}
      />
    </div>
  );
  const header = (
    <>
      <span className="clinic-name">{settings.clinicName}</span>
      <div className="screen__tools">
        {tools}
        {languageSwitch}
      </div>
    </>
  );

  let content: React.ReactNode;
  switch (screen.name) {
    case 'attract':
      content = (
        <AttractScreen
          header={header}
          languages={settings.languages}
          language={language}
          onStart={(chosen) => {
            send({ type: 'set-language', language: chosen });
            send({ type: 'start' });
          }}
        />
      );
      break;
    case 'privacy':
      // Back to the attract screen ends the session: the one reset path (default language, traces wiped).
      content = <PrivacyScreen header={header} onAccept={() => send({ type: 'accept-privacy' })} onBack={reset} />;
      break;
    case 'question': {
      const page = machine.currentPage(state);
      if (!page) break;
      const progress = machine.progress(state);
      content = (
        <QuestionScreen
          key={page.linkId}
          page={page}
          answers={answers}
          language={language}
          progress={progress ? { index: progress.index, total: progress.total, fraction: progress.fraction, title: progress.part.title[language] } : null}
          fromReview={screen.fromReview}
          canGoOn={canLeavePage(page, answers)}
          header={header}
          onAnswer={(linkId, value) => send({ type: 'answer', linkId, value })}
          onNext={() => send({ type: 'next' })}
          onBack={() => send({ type: 'back' })}
        />
      );
      break;
    }
    case 'front-desk-alert':
      content = <FrontDeskAlertScreen header={header} slip={state.alertSlip} onContinue={() => send({ type: 'continue-after-alert' })} />;
      break;
    case 'review':
      content = (
        <ReviewScreen
          sections={pagesByPart(machine.questionnaire, answers)}
          answers={answers}
          language={language}
          header={header}
          onEdit={(linkId) => send({ type: 'edit', linkId })}
          onConfirm={() => send({ type: 'next' })}
          onBack={() => send({ type: 'back' })}
        />
      );
      break;
    case 'result':
      content = assessment ? (
        <ResultScreen
          assessment={assessment}
          language={language}
          header={header}
          printPanel={
            <PrintPanel
              bridge={bridge}
              answers={answers}
              language={language}
              // "auto" prints once a session; after that the patient asks for another sheet.
              mode={state.summaryPrinted ? 'ask' : settings.printMode}
              onPrintStarted={onPrintStarted}
              raisedFlags={state.raised}
              urgent={assessment.level === 'tell-front-desk-now'}
            />
          }
          onFinish={() => send({ type: 'finish' })}
          onBack={() => send({ type: 'back' })}
        />
      ) : null;
      break;
    case 'thank-you':
      content = <ThankYouScreen seconds={settings.thankYouSeconds} level={assessment?.level ?? 'common-harmless'} header={header} onDone={reset} />;
      break;
  }

  return (
    // The session key remounts the whole tree on reset: no component keeps a trace of the last patient.
    <div key={state.session} className="patient-app" data-screen={screen.name} data-session={state.session} data-staff-needed={staffNeeded}>
      {staffNeeded ? <StaffNeededBand slip={bandSlip} chime={state.attention === 'needed' ? chime : 'off'} onStaff={props.onStaffNeeded} /> : null}
      <div className="patient-app__screen">{content}</div>
      {state.stillThereCheck ? (
        <StillThereDialog
          seconds={settings.idleCountdownSeconds}
          onStay={() => send({ type: 'still-here' })}
          onTimeout={() => {
            record('timed-out');
            reset();
          }}
        />
      ) : null}
    </div>
  );
}
