// The environment the kiosk's long-running Node process (the browser shell: core + Chromium
// driver) starts with. Measured in the 300-session soak (bench/README.md): with Node's defaults
// its RSS saw-toothed between about 170 and 204 MB, because V8 grows its young generation up to
// 16 MB per semi-space under the print path's bursts of short-lived buffers and glibc raises its
// mmap and trim thresholds after the first large free, keeping tens of MB it never returns.
// Pinning both keeps the process flat at about 140 MB, all day. Scavenges get more frequent,
// which a kiosk that serves one patient at a time never notices.

/** Options added to NODE_OPTIONS (V8 options Node allows there). */
export const kioskNodeOptions = ['--max-semi-space-size=1'];

/** glibc malloc tuning; setting either threshold turns glibc's dynamic adjustment off. */
export const kioskMallocEnv = { MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072' };

/** `base` plus the kiosk's Node and malloc settings; NODE_OPTIONS already in `base` are kept. */
export function kioskProcessEnv(base = process.env) {
  const nodeOptions = [base.NODE_OPTIONS, ...kioskNodeOptions].filter(Boolean).join(' ');
  return { ...base, ...kioskMallocEnv, NODE_OPTIONS: nodeOptions };
}
