import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrinterInfo, PrinterStatus } from '../../../shared/ipc/ipc-contract.ts';
import { paperSizes } from '../../../shared/settings/kiosk-settings.ts';
import type { SettingsPatch, StaffSettingsView } from '../../../shared/staff/staff-schemas.ts';
import { staffErrorKey, type StaffApi } from './staff-api.ts';
import { ManagedNote } from './setting-rows.tsx';

/**
 * One row of printer chips: "none" (the system default, or the summary's printer for the alert
 * slip) and each CUPS queue, with its state when it is not ready.
 */
function PrinterChoiceRow(props: {
  setting: 'printer' | 'alertPrinter';
  title: string;
  noneLabel: string;
  printers: readonly PrinterInfo[] | null;
  chosen: string | null;
  managed: boolean;
  onChoose: (printer: string | null) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const labelId = `${props.setting}-choice-label`;
  return (
    <div className="staff-row staff-row--stacked" data-setting={props.setting}>
      <div className="staff-row__label">
        <span id={labelId}>{props.title}</span>
        <ManagedNote managed={props.managed} />
      </div>
      {props.children}
      <div className="staff-choices" role="group" aria-labelledby={labelId}>
        <button type="button" className="chip" aria-pressed={props.chosen === null} disabled={props.managed} onClick={() => props.onChoose(null)}>
          {props.noneLabel}
        </button>
        {(props.printers ?? []).map((printer) => (
          <button
            key={printer.name}
            type="button"
            className="chip"
            data-printer={props.setting === 'printer' ? printer.name : undefined}
            data-alert-printer={props.setting === 'alertPrinter' ? printer.name : undefined}
            aria-pressed={props.chosen === printer.name}
            disabled={props.managed}
            onClick={() => props.onChoose(printer.name)}
          >
            {printer.name}
            {printer.state === 'ready' ? '' : ` (${t(`staff.printer.state.${printer.state}`)})`}
          </button>
        ))}
      </div>
    </div>
  );
}

export function StaffPrinterPanel(props: {
  api: StaffApi;
  view: StaffSettingsView;
  onPatch: (patch: SettingsPatch) => Promise<boolean>;
  /** Resolves once every settings change is saved (a test print must use the paper just chosen). */
  whenSaved: () => Promise<unknown>;
}) {
  const { api, view } = props;
  const { t } = useTranslation();
  const [status, setStatus] = useState<PrinterStatus | null>(null);
  const [printers, setPrinters] = useState<PrinterInfo[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [testMessage, setTestMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [testing, setTesting] = useState(false);
  const managed = (key: 'printer' | 'paperSize' | 'alertPrinter') => view.managed.includes(key);

  const refresh = useCallback(async () => {
    const [statusResult, listResult] = await Promise.all([api.printerStatus(), api.listPrinters()]);
    if (statusResult.ok) setStatus(statusResult.value);
    if (listResult.ok) {
      setPrinters(listResult.value.printers);
      setListError(null);
    } else setListError(t(staffErrorKey(listResult.error)));
  }, [api, t]);

  // The chosen printer is part of the status, so check again whenever it changes.
  useEffect(() => void refresh(), [refresh, view.settings.printer]);

  const testPrint = async () => {
    setTesting(true);
    setTestMessage(null);
    await props.whenSaved();
    const result = await api.testPrint();
    setTesting(false);
    setTestMessage(result.ok ? { tone: 'ok', text: t('staff.printer.testSent', result.value) } : { tone: 'error', text: t(staffErrorKey(result.error)) });
    void refresh();
  };

  return (
    <section className="staff-panel" aria-labelledby="staff-printer-title">
      <h2 id="staff-printer-title">{t('staff.tabs.printer')}</h2>

      <div
        className={`staff-card${status && status.state !== 'ready' ? ' staff-card--warning' : ''}`}
        data-testid="printer-status"
        data-state={status?.state ?? 'unknown'}
      >
        <h3>{t('staff.printer.statusTitle')}</h3>
        {status ? (
          <>
            <p className="lead">
              {t('staff.printer.printerName')}: <strong>{status.printer ?? t('staff.printer.noPrinter')}</strong> — {t(`staff.printer.state.${status.state}`)}
            </p>
            <p data-testid="printer-last-error">{status.lastError ? t('staff.printer.lastError', { error: status.lastError }) : t('staff.printer.noError')}</p>
            {status.keepsJobFiles ? (
              <p className="staff-warning" role="alert" data-testid="keeps-job-files">
                {t('staff.printer.keepsJobFiles')}
              </p>
            ) : null}
          </>
        ) : null}
        <button type="button" className="button button--secondary" onClick={() => void refresh()}>
          {t('staff.printer.refresh')}
        </button>
      </div>

      <PrinterChoiceRow
        setting="printer"
        title={t('staff.printer.chooseTitle')}
        noneLabel={t('staff.printer.systemDefault')}
        printers={printers}
        chosen={view.settings.printer}
        managed={managed('printer')}
        onChoose={(printer) => void props.onPatch({ printer })}
      >
        {listError ? <p className="staff-warning">{listError}</p> : null}
      </PrinterChoiceRow>

      <PrinterChoiceRow
        setting="alertPrinter"
        title={t('staff.printer.alertTitle')}
        noneLabel={t('staff.printer.sameAsSummary')}
        printers={printers}
        chosen={view.settings.alertPrinter}
        managed={managed('alertPrinter')}
        onChoose={(alertPrinter) => void props.onPatch({ alertPrinter })}
      />

      <div className="staff-row" data-setting="paperSize">
        <div className="staff-row__label">
          <span id="paper-label">{t('staff.printer.paperTitle')}</span>
          <ManagedNote managed={managed('paperSize')} />
        </div>
        <div className="staff-choices" role="group" aria-labelledby="paper-label">
          {paperSizes.map((size) => (
            <button
              key={size}
              type="button"
              className="chip"
              data-paper={size}
              aria-pressed={view.settings.paperSize === size}
              disabled={managed('paperSize')}
              onClick={() => void props.onPatch({ paperSize: size })}
            >
              {t(`staff.printer.paper.${size}`)}
            </button>
          ))}
        </div>
      </div>

      <div className="staff-card">
        <h3>{t('staff.printer.testTitle')}</h3>
        <button type="button" className="button button--primary" disabled={testing} onClick={() => void testPrint()}>
          {t('staff.printer.test')}
        </button>
        {testMessage ? (
          <p className={testMessage.tone === 'error' ? 'staff-warning' : 'staff-ok'} role="status" data-testid="test-print-result">
            {testMessage.text}
          </p>
        ) : null}
      </div>
    </section>
  );
}
