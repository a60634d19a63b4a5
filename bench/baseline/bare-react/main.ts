/**
 * The bench's bare React 19 page: createRoot and one button, built by Vite in production mode the
 * way the kiosk is. Whatever the kiosk takes beyond this page is the kiosk's own cost.
 */
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';

function BareApp() {
  const [taps, setTaps] = useState(0);
  return createElement('button', { type: 'button', onClick: () => setTaps(taps + 1) }, taps === 0 ? 'Start' : `Tapped ${taps}`);
}

const root = document.getElementById('root');
if (root) createRoot(root).render(createElement(BareApp));
