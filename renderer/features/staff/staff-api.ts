/**
 * The staff screens' view of the bridge: every staff-only call carries the session token, and a
 * `not-authorized` answer (the session ended in the main process) closes staff mode at once.
 */
import type { BridgeApi } from '../../../shared/ipc/bridge-api.ts';
import type { IpcError, IpcResult } from '../../../shared/ipc/ipc-result.ts';
import type { SettingsPatch } from '../../../shared/staff/staff-schemas.ts';

export function createStaffApi(bridge: BridgeApi, staffToken: string, onSessionEnded: () => void) {
  async function guard<T>(call: Promise<IpcResult<T>>): Promise<IpcResult<T>> {
    const result = await call;
    if (!result.ok && result.error.code === 'not-authorized') onSessionEnded();
    return result;
  }
  return {
    getSettings: () => guard(bridge.staffGetSettings({ staffToken })),
    updateSettings: (patch: SettingsPatch) => guard(bridge.staffUpdateSettings({ staffToken, patch })),
    confirmSettings: () => guard(bridge.staffConfirmSettings({ staffToken })),
    getCounts: () => guard(bridge.staffGetCounts({ staffToken })),
    changePin: (currentPin: string, newPin: string) => guard(bridge.staffChangePin({ staffToken, currentPin, newPin })),
    resetKiosk: () => guard(bridge.staffResetKiosk({ staffToken })),
    exitKiosk: () => guard(bridge.staffExitKiosk({ staffToken })),
    lock: () => guard(bridge.staffLock({ staffToken })),
    listPrinters: () => guard(bridge.printerList({ staffToken })),
    printerStatus: () => guard(bridge.printerStatus({ staffToken })),
    testPrint: () => guard(bridge.printerTestPrint({ staffToken })),
    listAlerts: () => guard(bridge.alertList({ staffToken })),
    acknowledgeAlerts: (alertIds: readonly string[]) => guard(bridge.alertAcknowledge({ staffToken, alertIds: [...alertIds] })),
  };
}

export type StaffApi = ReturnType<typeof createStaffApi>;

/** The i18n key of a calm message for an error code. */
export function staffErrorKey(error: IpcError) {
  switch (error.code) {
    case 'not-authorized':
    case 'pin-wrong':
    case 'locked-out':
    case 'managed-setting':
    case 'printer-not-found':
    case 'printer-unavailable':
    case 'print-system-down':
    case 'print-failed':
    case 'bad-request':
      return `staff.errors.${error.code}` as const;
    default:
      return 'staff.errors.other' as const;
  }
}
