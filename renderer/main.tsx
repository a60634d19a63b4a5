import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getKioskBridge } from './app/bridge/kiosk-bridge.ts';
import { requestKioskStartup } from './app/bridge/kiosk-startup.ts';
import { initI18n } from './app/i18n/i18n.ts';
import { KioskApp } from './app/kiosk-app.tsx';
import './app/styles/tokens.css';
import './app/styles/components.css';
import './app/styles/kiosk.css';

// First, so the round trips run while React renders.
const bridge = getKioskBridge();
if (bridge) requestKioskStartup(bridge);
initI18n('en');

// Kiosk guards the shell cannot give a web page: no pinch or ctrl+wheel zoom, no context menu, no drops.
const block = (event: Event) => event.preventDefault();
document.addEventListener('contextmenu', block);
document.addEventListener('dragover', block);
document.addEventListener('drop', block);
document.addEventListener('wheel', (event) => event.ctrlKey && event.preventDefault(), { passive: false });
document.addEventListener('gesturestart', block);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <KioskApp />
    </StrictMode>,
  );
}
