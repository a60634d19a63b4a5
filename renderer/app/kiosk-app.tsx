/**
 * The top of the renderer: loads the configuration over the bridge, then shows the patient flow,
 * the locked "staff setup needed" screen (no staff PIN known), or staff mode. Staff mode replaces the patient flow entirely; when
 * it ends (closed, reset, idle, or its session expired) the patient flow is mounted afresh under
 * a new key with freshly loaded settings, so nothing of an earlier session survives and every
 * setting staff changed is in force.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeApi } from '../../shared/ipc/bridge-api.ts';
import type { IpcReply } from '../../shared/ipc/ipc-contract.ts';
import type { Language } from '../../shared/questionnaire/questionnaire-types.ts';
import type { StaffSession } from '../../shared/staff/staff-schemas.ts';
import type { StaffCloseReason } from '../features/staff/staff-screen.tsx';
import { SettingsLost, StaffSetupNeeded } from '../features/staff/staff-setup-needed.tsx';
import { useStaffEntry } from '../features/staff/use-staff-entry.ts';
import { getKioskBridge } from './bridge/kiosk-bridge.ts';
import { takeKioskStartup } from './bridge/kiosk-startup.ts';
import { setI18nLanguage } from './i18n/i18n.ts';
import { messagesEn } from './i18n/messages-en.ts';
import { IdleTimer } from './idle/idle-timer.ts';
import { PatientApp } from './patient-app.tsx';
import { wipeSessionTraces } from './patient-flow/wipe-session-traces.ts';

type KioskConfig = IpcReply<'kiosk:get-config'>;

type Mode =
  | { readonly name: 'loading' }
  /** No staff PIN known: locked for everyone; `setupAllowed` hides IT's one-time setup behind the staff entry. */
  | { readonly name: 'setup-needed'; readonly setupAllowed: boolean; readonly settingUp: boolean }
  /** `unlocking`: the PIN pad is open, to enter staff mode or only to acknowledge a red-flag alert. */
  | { readonly name: 'patient'; readonly unlocking: false | 'staff-mode' | 'acknowledge' }
  /** The settings were lost: closed to patients until staff confirm them; `unlocking`: the PIN pad is open. */
  | { readonly name: 'settings-lost'; readonly unlocking: boolean }
  | { readonly name: 'staff'; readonly session: StaffSession };

// Staff screens load on demand: patients never need them, and they bring zod and the settings
// forms, which would otherwise weigh on every patient's first paint.
const loadFirstPinSetup = () => import('../features/staff/first-pin-setup.tsx');
const loadStaffScreen = () => import('../features/staff/staff-screen.tsx');
const loadStaffUnlockDialog = () => import('../features/staff/staff-unlock-dialog.tsx');
const loadAlertsReviewDialog = () => import('../features/staff/alerts-review-dialog.tsx');
const FirstPinSetup = lazy(() => loadFirstPinSetup().then((m) => ({ default: m.FirstPinSetup })));
const StaffScreen = lazy(() => loadStaffScreen().then((m) => ({ default: m.StaffScreen })));
const StaffUnlockDialog = lazy(() => loadStaffUnlockDialog().then((m) => ({ default: m.StaffUnlockDialog })));
const AlertsReviewDialog = lazy(() => loadAlertsReviewDialog().then((m) => ({ default: m.AlertsReviewDialog })));

/** Once the first screen is up and the page is idle, fetch the staff code so the PIN pad opens at once. */
function preloadStaffScreens(): void {
  const preload = () => void Promise.all([loadStaffUnlockDialog(), loadStaffScreen()]).catch(() => undefined);
  if ('requestIdleCallback' in window) requestIdleCallback(preload, { timeout: 5_000 });
  else setTimeout(preload, 2_000);
}

export function KioskApp() {
  const [bridge] = useState<BridgeApi | null>(getKioskBridge);
  const [config, setConfig] = useState<KioskConfig | null>(null);
  const [failed, setFailed] = useState(bridge === null);
  const [mode, setMode] = useState<Mode>({ name: 'loading' });
  // A new key remounts the patient flow from scratch (after staff mode or a reset).
  const [patientKey, setPatientKey] = useState(0);
  const [staffAcknowledgements, setStaffAcknowledgements] = useState(0);
  /** Staff came from the band and more than one alert waits: they see each before acknowledging. */
  const [reviewingAlerts, setReviewingAlerts] = useState<StaffSession | null>(null);
  const { i18n } = useTranslation();

  const loadConfig = useCallback(async () => {
    if (!bridge) return null;
    const result = await bridge.kioskGetConfig({});
    if (result.ok) setConfig(result.value);
    else setFailed(true);
    return result.ok ? result.value : null;
  }, [bridge]);

  useEffect(() => {
    if (!bridge) return;
    void (async () => {
      const [configReply, status] = await takeKioskStartup(bridge);
      if (!configReply.ok || !status.ok) return setFailed(true);
      setConfig(configReply.value);
      const { pinState } = status.value;
      setMode(
        pinState !== 'set'
          ? { name: 'setup-needed', setupAllowed: pinState === 'setup-allowed', settingUp: false }
          : configReply.value.settingsLost
            ? { name: 'settings-lost', unlocking: false }
            : { name: 'patient', unlocking: false },
      );
      preloadStaffScreens();
    })();
  }, [bridge]);

  const openStaff = useCallback((session: StaffSession) => setMode({ name: 'staff', session }), []);

  const closeStaff = useCallback(
    (_reason: StaffCloseReason | 'idle') => {
      void (async () => {
        await wipeSessionTraces();
        const loaded = await loadConfig();
        setPatientKey((key) => key + 1);
        setMode(loaded?.settingsLost ? { name: 'settings-lost', unlocking: false } : { name: 'patient', unlocking: false });
      })();
    },
    [loadConfig],
  );

  const entryEnabled =
    ((mode.name === 'patient' || mode.name === 'settings-lost') && !mode.unlocking) || (mode.name === 'setup-needed' && mode.setupAllowed && !mode.settingUp);
  useStaffEntry(entryEnabled, () =>
    setMode((current) =>
      current.name === 'setup-needed'
        ? { ...current, settingUp: true }
        : current.name === 'settings-lost'
          ? { ...current, unlocking: true }
          : { name: 'patient', unlocking: 'staff-mode' },
    ),
  );

  // Staff acknowledge a red-flag alert from the band with their PIN, without leaving the
  // patient's session: the alert is marked seen (audited), the staff session closes at once.
  // With more than one alert open, some may be an earlier patient's: staff see the list first.
  const endAlertsReview = useCallback(
    async (session: StaffSession) => {
      if (!bridge) return;
      setReviewingAlerts(null);
      await bridge.staffLock({ staffToken: session.staffToken });
      setStaffAcknowledgements((count) => count + 1);
    },
    [bridge],
  );
  const acknowledgeAlert = useCallback(
    async (session: StaffSession) => {
      if (!bridge) return;
      setMode({ name: 'patient', unlocking: false });
      const listed = await bridge.alertList({ staffToken: session.staffToken });
      const open = listed.ok ? listed.value.alerts : [];
      if (open.length > 1 || !listed.ok) return setReviewingAlerts(session);
      if (open.length === 1) await bridge.alertAcknowledge({ staffToken: session.staffToken, alertIds: open.map((alert) => alert.alertId) });
      await endAlertsReview(session);
    },
    [bridge, endAlertsReview],
  );
  const closeAlertsReview = useCallback(() => {
    if (reviewingAlerts) void endAlertsReview(reviewingAlerts);
  }, [reviewingAlerts, endAlertsReview]);
  // The review left alone closes itself, as staff mode does, and locks the staff session.
  useEffect(() => {
    if (!reviewingAlerts) return;
    const timer = new IdleTimer(document, reviewingAlerts.idleSeconds * 1000, closeAlertsReview);
    timer.start();
    return () => timer.stop();
  }, [reviewingAlerts, closeAlertsReview]);

  // Staff mode left alone closes itself (and ends the session in the main process).
  const staffSession = mode.name === 'staff' ? mode.session : null;
  useEffect(() => {
    if (!bridge || !staffSession) return;
    const timer = new IdleTimer(document, staffSession.idleSeconds * 1000, () => {
      void bridge.staffLock({ staffToken: staffSession.staffToken });
      closeStaff('idle');
    });
    timer.start();
    return () => timer.stop();
  }, [bridge, staffSession, closeStaff]);

  if (failed || !bridge) {
    return (
      <main className="screen">
        <div className="screen__body">
          <p className="lead" role="alert">
            {messagesEn.errors.noBridge}
          </p>
        </div>
      </main>
    );
  }
  if (!config || mode.name === 'loading') return null;

  const preview = config.preview ? (
    <div className="preview-ribbon" role="note">
      {messagesEn.preview}
    </div>
  ) : null;

  if (mode.name === 'setup-needed') {
    return (
      <>
        {preview}
        <StaffSetupNeeded />
        {mode.settingUp ? (
          <Suspense fallback={null}>
            <FirstPinSetup bridge={bridge} onDone={openStaff} onClose={() => setMode({ ...mode, settingUp: false })} />
          </Suspense>
        ) : null}
      </>
    );
  }
  if (mode.name === 'settings-lost') {
    return (
      <>
        {preview}
        <SettingsLost />
        {mode.unlocking ? (
          <Suspense fallback={null}>
            <StaffUnlockDialog bridge={bridge} onUnlocked={openStaff} onClose={() => setMode({ name: 'settings-lost', unlocking: false })} />
          </Suspense>
        ) : null}
      </>
    );
  }
  if (mode.name === 'staff') {
    return (
      <>
        {preview}
        <Suspense fallback={null}>
          <StaffScreen
            bridge={bridge}
            session={mode.session}
            language={i18n.language === 'es' ? 'es' : 'en'}
            onLanguage={(language: Language) => setI18nLanguage(language)}
            onClose={closeStaff}
          />
        </Suspense>
      </>
    );
  }
  return (
    <>
      {preview}
      <PatientApp
        key={patientKey}
        bridge={bridge}
        settings={config.settings}
        staffAcknowledgements={staffAcknowledgements}
        onStaffNeeded={() => setMode({ name: 'patient', unlocking: 'acknowledge' })}
      />
      {reviewingAlerts ? (
        <Suspense fallback={null}>
          <AlertsReviewDialog bridge={bridge} session={reviewingAlerts} onDone={closeAlertsReview} />
        </Suspense>
      ) : null}
      {mode.unlocking ? (
        <Suspense fallback={null}>
          <StaffUnlockDialog
            bridge={bridge}
            onUnlocked={mode.unlocking === 'acknowledge' ? (session: StaffSession) => void acknowledgeAlert(session) : openStaff}
            onClose={() => setMode({ name: 'patient', unlocking: false })}
          />
        </Suspense>
      ) : null}
    </>
  );
}
