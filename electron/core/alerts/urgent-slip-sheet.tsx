// @jsxRuntime automatic
// @jsxImportSource react
// (tsx and the scripts read the root tsconfig, which has no "jsx"; these pragmas make every tool use the same JSX runtime.)
/**
 * The urgent slip as React components: a big white-on-black call to act, the flags in clinical
 * words, the time and the kiosk. Short enough for a receipt roll, bold enough to be read across a
 * desk; it goes through the same print backends as the summary.
 */
import type { ReactElement } from 'react';
import type { UrgentSlip } from '../../../shared/summary/urgent-slip.ts';
import type { PaperSpec } from '../printing/paper.ts';
import { pageCss, PrintDocument } from '../printing/print-document.tsx';

function slipCss(paper: PaperSpec): string {
  const receipt = paper.heightMm === null;
  return `${pageCss(paper, `font-size: ${receipt ? '12pt' : '16pt'}; line-height: 1.25;`)}
  .call { background: #000; color: #fff; padding: 3mm 4mm; margin: 0 0 3mm; font-size: ${receipt ? '17pt' : '28pt'}; font-weight: bold; line-height: 1.15;
          -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { font-size: ${receipt ? '12pt' : '16pt'}; margin: 2mm 0 1mm; text-transform: uppercase; }
  ul { margin: 0 0 3mm; padding-left: 6mm; }
  li { font-weight: bold; font-size: ${receipt ? '13pt' : '20pt'}; margin: 1mm 0; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 1mm 4mm; margin: 0 0 3mm; }
  dt { font-weight: bold; }
  dd { margin: 0; }
  .note { border-top: 0.6mm solid #000; padding-top: 1.5mm; }
`;
}

export function UrgentSlipSheet(props: { readonly slip: UrgentSlip; readonly paper: PaperSpec }): ReactElement {
  const { slip } = props;
  return (
    <PrintDocument language={slip.language} title="Backtalk urgent alert" css={slipCss(props.paper)}>
      <h1 className="call" data-part="call">
        {slip.title}
      </h1>
      <h2>{slip.flagsHeading}</h2>
      <ul data-part="flags">
        {slip.flags.map((flag) => (
          <li key={flag}>{flag}</li>
        ))}
      </ul>
      <dl>
        <dt>{slip.timeLabel}</dt>
        <dd data-part="time">{slip.time}</dd>
        <dt>{slip.kioskLabel}</dt>
        <dd data-part="kiosk">{slip.kioskName}</dd>
      </dl>
      <p className="note">{slip.note}</p>
    </PrintDocument>
  );
}
