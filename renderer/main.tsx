import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './app/i18n/i18n.ts';
import { KioskApp } from './app/kiosk-app.tsx';
import './app/styles/tokens.css';
import './app/styles/components.css';
import './app/styles/kiosk.css';

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
