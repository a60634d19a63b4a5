/**
 * The page-side half of the browser shell's bridge: installs `window.backtalk` with one method
 * per channel, exactly as the preload does with contextBridge, over a Playwright binding.
 */
import { bridgeGlobalName, bridgeMethodName, ipcChannels } from '../../shared/ipc/ipc-channels.ts';

export const bridgeBindingName = '__backtalkIpc';

/** Source of an init script; it runs before any of the page's own scripts. */
export function bridgeInstallScript(): string {
  const methods = Object.fromEntries(ipcChannels.map((channel) => [bridgeMethodName(channel), channel]));
  return `(() => {
  const invoke = window[${JSON.stringify(bridgeBindingName)}];
  // Hide the raw binding: the page gets named methods only, like contextBridge gives it.
  try { delete window[${JSON.stringify(bridgeBindingName)}]; } catch {}
  const methods = ${JSON.stringify(methods)};
  const bridge = {};
  for (const [name, channel] of Object.entries(methods)) {
    Object.defineProperty(bridge, name, { value: (request) => invoke(channel, request), enumerable: true });
  }
  Object.defineProperty(window, ${JSON.stringify(bridgeGlobalName)}, { value: Object.freeze(bridge), enumerable: false, configurable: false, writable: false });
})();`;
}
