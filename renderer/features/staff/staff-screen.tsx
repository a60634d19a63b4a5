// First: zod must know it may not eval before any schema is built (see the module).
import './zod-without-eval.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import type { BridgeApi } from '../../../shared/ipc/bridge-api.ts';
import type { IpcError } from '../../../shared/ipc/ipc-result.ts';
import type { Language } from '../../../shared/questionnaire/questionnaire-types.ts';
import type { SettingsPatch, StaffSession, StaffSettingsView } from '../../../shared/staff/staff-schemas.ts';
import { createStaffApi, staffErrorKey } from './staff-api.ts';
import { StaffAlertSettings } from './staff-alert-settings.tsx';
import { StaffAlertsPanel } from './staff-alerts-panel.tsx';
import { StaffCountsPanel } from './staff-counts-panel.tsx';
import { StaffPinPanel } from './staff-pin-panel.tsx';
import { StaffPrinterPanel } from './staff-printer-panel.tsx';
import { SettingsProblems, StaffSettingsPanel } from './staff-settings-panel.tsx';
import './staff.css';

const tabs = ['kiosk', 'printer', 'settings', 'counts', 'pin'] as const;
type Tab = (typeof tabs)[number];

/** Why staff mode ended; every one of them leads back to a fresh attract screen. */
export type StaffCloseReason = 'closed' | 'reset' | 'session-ended';

export interface StaffScreenProps {
  readonly bridge: BridgeApi;
  readonly session: StaffSession;
  readonly language: Language;
  readonly onLanguage: (language: Language) => void;
  /** Staff mode is over; the app shows a fresh attract screen. */
  readonly onClose: (reason: StaffCloseReason) => void;
}

export function StaffScreen(props: StaffScreenProps) {
  const { bridge, session, onClose } = props;
  const { t } = useTranslation();
  const api = useMemo(() => createStaffApi(bridge, session.staffToken, () => onClose('session-ended')), [bridge, session.staffToken, onClose]);
  const [tab, setTab] = useState<Tab>('kiosk');
  const [view, setView] = useState<StaffSettingsView | null>(null);
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  /** "Saved", or what went wrong, in the staff notice line. */
  const showSaved = useCallback(
    (result: { readonly ok: true } | { readonly ok: false; readonly error: IpcError }) =>
      setNotice(result.ok ? { tone: 'ok', text: t('staff.settings.saved') } : { tone: 'error', text: t(staffErrorKey(result.error)) }),
    [t],
  );
  const [confirmExit, setConfirmExit] = useState(false);
  const [exiting, setExiting] = useState(false);

  useEffect(() => {
    void api.getSettings().then((result) => result.ok && setView(result.value));
  }, [api]);

  // Changes show at once and are saved in order, so quick taps on a stepper all count.
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const [closing, setClosing] = useState(false);
  const latest = useRef(0);
  const patch = useCallback(
    (change: SettingsPatch) => {
      setView((current) => (current ? { ...current, settings: { ...current.settings, ...change } } : current));
      const mine = ++latest.current;
      const saved = saving.current.then(async () => {
        const result = await api.updateSettings(change);
        showSaved(result);
        if (result.ok) {
          // A newer change is already on screen; its own reply will bring the final state.
          if (mine === latest.current) setView(result.value);
          return true;
        }
        const fresh = await api.getSettings();
        if (fresh.ok) setView(fresh.value);
        return false;
      });
      saving.current = saved;
      return saved;
    },
    [api, showSaved],
  );

  const confirmSettings = async () => {
    await saving.current;
    const result = await api.confirmSettings();
    if (result.ok) setView(result.value);
    showSaved(result);
  };

  const reset = async () => {
    await api.resetKiosk();
    onClose('reset');
  };

  const exit = async () => {
    setExiting(true);
    const result = await api.exitKiosk();
    if (!result.ok) {
      setExiting(false);
      setNotice({ tone: 'error', text: t(staffErrorKey(result.error)) });
    }
  };

  if (exiting) {
    return (
      <main className="screen staff-screen" data-staff-screen="exiting">
        <div className="screen__body staff-center">
          <h1>{t('staff.kiosk.exiting')}</h1>
        </div>
      </main>
    );
  }

  return (
    <main className="screen staff-screen" aria-labelledby="staff-title" data-staff-screen={tab}>
      <div className="screen__header staff-header">
        <h1 id="staff-title">{t('staff.title')}</h1>
        <div className="language-switch" role="group" aria-label={t('staff.language')}>
          {(['en', 'es'] as const).map((language) => (
            <button
              key={language}
              type="button"
              lang={language}
              className="chip"
              aria-pressed={props.language === language}
              onClick={() => props.onLanguage(language)}
            >
              {language === 'en' ? 'English' : 'Español'}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="button button--primary"
          disabled={closing}
          onClick={() => {
            setClosing(true);
            // Changes still on their way to the disk are saved first: locking ends the session,
            // and a save sent after that is refused (quick taps then Close lost the last ones).
            void saving.current.finally(async () => {
              await api.lock();
              onClose('closed');
            });
          }}
        >
          {t('staff.close')}
        </button>
      </div>
      <nav className="staff-tabs" aria-label={t('staff.title')}>
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            className="staff-tab"
            aria-current={tab === name ? 'page' : undefined}
            data-tab={name}
            onClick={() => {
              setTab(name);
              setNotice(null);
            }}
          >
            {t(`staff.tabs.${name}`)}
          </button>
        ))}
      </nav>
      <div className="screen__body">
        <p className="staff-notice" role="status" data-tone={notice?.tone}>
          {notice?.text ?? ''}
        </p>
        {tab === 'kiosk' ? (
          <section className="staff-panel" aria-labelledby="staff-kiosk-title">
            <h2 id="staff-kiosk-title" className="visually-hidden">
              {t('staff.tabs.kiosk')}
            </h2>
            {view ? <SettingsProblems problems={view.problems} settingsLost={view.settingsLost} onConfirmDefaults={() => void confirmSettings()} /> : null}
            <StaffAlertsPanel api={api} onNotice={setNotice} />
            <div className="staff-card">
              <h3>{t('staff.kiosk.resetTitle')}</h3>
              <p>{t('staff.kiosk.resetBody')}</p>
              <button type="button" className="button button--primary button--huge" onClick={() => void reset()}>
                {t('staff.kiosk.reset')}
              </button>
            </div>
            <div className="staff-card">
              <h3>{t('staff.kiosk.exitTitle')}</h3>
              <p>{t('staff.kiosk.exitBody')}</p>
              <button type="button" className="button button--secondary" onClick={() => setConfirmExit(true)}>
                {t('staff.kiosk.exit')}
              </button>
              {confirmExit ? (
                // "No" comes first, so it has the focus when the question opens; Escape means "No" too.
                <ModalDialog alert className="staff-dialog staff-dialog--danger" labelledBy="exit-confirm-text" onCancel={() => setConfirmExit(false)}>
                  <p id="exit-confirm-text" className="lead">
                    {t('staff.kiosk.exitConfirm')}
                  </p>
                  <div className="staff-actions">
                    <button type="button" className="button button--secondary" onClick={() => setConfirmExit(false)}>
                      {t('staff.kiosk.exitNo')}
                    </button>
                    <button type="button" className="button button--danger" onClick={() => void exit()}>
                      {t('staff.kiosk.exitYes')}
                    </button>
                  </div>
                </ModalDialog>
              ) : null}
            </div>
            <p className="hint">{t('staff.idleNote', { seconds: session.idleSeconds })}</p>
          </section>
        ) : null}
        {tab === 'printer' && view ? <StaffPrinterPanel api={api} view={view} onPatch={patch} whenSaved={() => saving.current} /> : null}
        {tab === 'settings' && view ? <StaffSettingsPanel view={view} onPatch={patch} /> : null}
        {tab === 'settings' && view ? <StaffAlertSettings view={view} onPatch={patch} /> : null}
        {tab === 'counts' ? <StaffCountsPanel api={api} /> : null}
        {tab === 'pin' && view ? <StaffPinPanel api={api} pinManaged={view.pinManaged} /> : null}
      </div>
    </main>
  );
}
