/**
 * The kiosk page's Content Security Policy, in one place: the shells send it as a response
 * header, and the renderer build writes it into index.html's meta tag (a second line of defence
 * should the page ever be loaded without our headers).
 *
 * Strict: only our own scripts, styles and fonts, no network, no plugins, no framing, no forms.
 * `style-src 'self'` is enough because React sets inline styles through the CSSOM.
 */
export const kioskCspDirectives = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'none'",
  'media-src': "'none'",
  'object-src': "'none'",
  'frame-src': "'none'",
  'worker-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
} as const;

type Directive = keyof typeof kioskCspDirectives;

/** Browsers ignore these in a meta tag (and log a warning): they only work as a header. */
const headerOnlyDirectives: readonly Directive[] = ['frame-ancestors'];

function policyOf(directives: readonly Directive[]): string {
  return directives.map((name) => `${name} ${kioskCspDirectives[name]}`).join('; ');
}

/** The `Content-Security-Policy` response header. */
export const kioskContentSecurityPolicy = policyOf(Object.keys(kioskCspDirectives) as Directive[]);

/** The same policy for `<meta http-equiv="Content-Security-Policy">`, without the header-only directives. */
export const kioskContentSecurityPolicyMeta = policyOf((Object.keys(kioskCspDirectives) as Directive[]).filter((name) => !headerOnlyDirectives.includes(name)));
