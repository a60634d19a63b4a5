// @jsxRuntime automatic
// @jsxImportSource react
// (tsx and the scripts read the root tsconfig, which has no "jsx"; these pragmas make every tool use the same JSX runtime.)
/**
 * The page every printout is: a self-contained HTML document (inline CSS, no scripts, no external
 * resources, a CSP that says so) rendered from React components on the Node side. React escapes
 * every text it prints, so no patient word can turn into markup.
 */
import type { ReactElement, ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { PaperSpec } from './paper.ts';

/** Inline styles and inline (data:) images only: a printout loads nothing and runs nothing. */
export const printContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The print fonts, the same on every printout (installed with the system packages, no download). */
export const printFontFamily = '"DejaVu Sans", "Liberation Sans", Arial, sans-serif';

/** `@page`, the black-on-white reset and the body width every printout shares, for one paper. */
export function pageCss(paper: PaperSpec, body: string): string {
  const receipt = paper.heightMm === null;
  const pageSize = receipt ? `${paper.widthMm}mm auto` : `${paper.widthMm}mm ${paper.heightMm}mm`;
  return `
  @page { size: ${pageSize}; margin: ${paper.marginMm}mm; }
  * { box-sizing: border-box; }
  html, body { margin: 0; padding: 0; color: #000; background: #fff; }
  body { width: ${paper.widthMm - 2 * paper.marginMm}mm; font-family: ${printFontFamily}; ${body} }`;
}

export function PrintDocument(props: { readonly language: string; readonly title: string; readonly css: string; readonly children: ReactNode }): ReactElement {
  return (
    <html lang={props.language}>
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={printContentSecurityPolicy} />
        <title>{props.title}</title>
        {/* Our own stylesheet, built from numbers (no patient text): inserted as is. */}
        <style dangerouslySetInnerHTML={{ __html: props.css }} />
      </head>
      <body>{props.children}</body>
    </html>
  );
}

/** The document as the HTML text the PDF renderer and the silent printer load. */
export function renderPrintDocument(document: ReactElement): string {
  return `<!doctype html>\n${renderToStaticMarkup(document)}`;
}
