// @jsxRuntime automatic
// @jsxImportSource react
// (tsx and the scripts read the root tsconfig, which has no "jsx"; these pragmas make every tool use the same JSX runtime.)
/**
 * The take-home summary as React components: the summary model laid out for one paper size.
 * Black and white only, print CSS only. The words, levels and grouping all come from the model
 * (shared/summary/summary-model.ts); these components only arrange them.
 *
 * Two arrangements of one order (sample notice, urgent block, clinic, write-in lines, patient
 * part, therapist part, QR): Letter/A4 put the patient's causes beside the guidance and the
 * therapist's tables beside a 60 mm QR code to fit one page; the 72 mm receipt stacks everything
 * and prints the QR code across the full width.
 */
import type { ReactElement } from 'react';
import type { AnswerTableRow, SummaryDocument, TherapistCause, TherapistPart, UrgentBlock } from '../../../shared/summary/summary-model.ts';
import type { PaperSpec } from './paper.ts';
import { pageCss, PrintDocument } from './print-document.tsx';
import { qrWidthMm } from './qr-symbol.ts';

function summaryCss(paper: PaperSpec): string {
  const receipt = paper.heightMm === null;
  // Receipt type is larger than it looks on screen: thermal print, read at arm's length, often by older eyes.
  const size = receipt ? { h1: '14pt', therapist: '8.5pt', th3: '8.5pt' } : { h1: '15pt', therapist: '7.6pt', th3: '8pt' };
  return `${pageCss(paper, 'font-size: 10pt; line-height: 1.25;')}
  h1 { font-size: ${size.h1}; margin: 0.5mm 0; line-height: 1.15; }
  h2 { font-size: 11.5pt; margin: 2mm 0 0.8mm; padding-bottom: 0.3mm; border-bottom: 0.4mm solid #000; }
  h3 { font-size: 10.5pt; margin: 1.5mm 0 0.2mm; }
  p { margin: 0.3mm 0 0.6mm; }
  ul { margin: 0.3mm 0 0.6mm; padding-left: 4.5mm; }
  li { margin: 0.2mm 0; }
  .sample { border: 0.6mm dashed #000; padding: 1.5mm 2mm; margin: 0 0 2mm; font-weight: bold; text-align: center; }
  .clinic { display: flex; justify-content: space-between; flex-wrap: wrap; column-gap: 4mm; font-weight: bold; font-size: ${receipt ? '11pt' : '12pt'}; }
  .title { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; column-gap: 4mm; }
  .date { font-size: ${receipt ? '9.5pt' : '10pt'}; }
  .write-in { display: grid; grid-template-columns: ${receipt ? '1fr' : '3fr 2fr'}; gap: 0 6mm; margin: 0 0 1.5mm; }
  .write-in div { border-bottom: 0.3mm solid #000; padding-top: 6.5mm; font-size: 8pt; }
  /* The red-flag block leads the sheet: white on black, larger than anything else. */
  .urgent { background: #000; color: #fff; padding: 2mm 3.5mm; margin: 0 0 2mm; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .urgent-block + .urgent-block { margin-top: 1.5mm; padding-top: 1.5mm; border-top: 0.4mm solid #fff; }
  .urgent h2 { border: 0; margin: 0 0 0.6mm; padding: 0; font-size: ${receipt ? '16pt' : '18pt'}; line-height: 1.12; }
  .urgent h2::before { content: "! "; }
  .urgent p, .urgent li { font-weight: bold; font-size: 11pt; }
  .urgent .emergency { margin-top: 0.8mm; font-size: ${receipt ? '11pt' : '11.5pt'}; }
  .urgent ul { margin-bottom: 0.5mm; }
  .urgent-block--staff h2 { font-size: 12pt; }
  .urgent-block--staff li { font-size: 9pt; margin: 0; }
  .patient-grid.patient-grid--urgent { display: block; }
  .patient-grid--urgent ul { columns: 2; column-gap: 8mm; }
  .level { border: 0.5mm solid #000; padding: 1.2mm 2.5mm; margin: 2mm 0 1mm; }
  .level h2 { border: 0; margin: 0 0 0.5mm; padding: 0; }
  .because { font-style: italic; }
  .hand-over { font-weight: bold; margin-top: 1.5mm; }
  .none { font-style: italic; }
  /* The guidance comes first in reading order (and on the receipt); sheets put the causes beside it. */
  .patient-grid { display: ${receipt ? 'block' : 'grid'}; grid-template-columns: 1fr 70mm; grid-template-rows: auto 1fr; gap: 0 6mm; align-items: start; }
  .level-part { grid-column: 2; grid-row: 1; }
  .causes-part { grid-column: 1; grid-row: 1 / span 2; }
  .meanwhile-part { grid-column: 2; grid-row: 2; }
  .therapist { font-size: ${size.therapist}; line-height: 1.18; margin-top: 2.5mm; border-top: 0.8mm solid #000; padding-top: 0.8mm; }
  .therapist h2 { font-size: 10pt; margin: 0 0 0.5mm; border: 0; padding: 0; }
  .therapist h3 { font-size: ${size.th3}; margin: 1.2mm 0 0.2mm; text-transform: uppercase; letter-spacing: 0.02em; }
  .therapist p { margin: 0.2mm 0; }
  .verdict { border: 0.4mm solid #000; padding: 0.8mm 1.8mm; margin: 0 0 0.8mm; font-size: ${receipt ? '9pt' : '8.5pt'}; }
  .verdict h3 { margin: 0 0 0.3mm; text-transform: none; letter-spacing: 0; font-size: ${receipt ? '9.5pt' : '9pt'}; }
  .facts { display: flex; flex-wrap: wrap; gap: 0.3mm 4mm; margin: 0 0 0.5mm; font-size: ${receipt ? '9pt' : '8.5pt'}; }
  .therapist-grid { display: ${receipt ? 'block' : 'grid'}; grid-template-columns: 1fr ${qrWidthMm}mm; gap: 0 5mm; align-items: start; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: 0 0.8mm; border-bottom: 0.1mm solid #000; }
  th { font-weight: normal; }
  .answers th { width: ${receipt ? '42%' : '48%'}; }
  .answers + .answer-tables { margin-top: 0.6mm; }
  .answers:has(.flag) th { width: ${receipt ? '42%' : '36%'}; }
  .flag th, .flag td { font-weight: bold; }
  .answer-tables { display: ${receipt ? 'block' : 'grid'}; grid-template-columns: 1fr 1fr; gap: 0 3mm; align-items: start; }
  .therapist p.cause { margin: 0 0 0.5mm; padding-left: 3mm; text-indent: -3mm; }
  /* Likely causes stand out in bold; the others keep their name in italics, as the lead of their sentence. */
  .cause b { font-weight: normal; font-style: italic; }
  .cause.likely b { font-weight: bold; font-style: normal; }
  .qr { margin-top: 1.5mm; }
  .qr svg { display: block; width: ${qrWidthMm}mm; height: ${qrWidthMm}mm; }
  .qr p { font-size: 7pt; margin: 0.3mm 0 1mm; }
  .keep { break-inside: avoid; }
`;
}

function List(props: { readonly items: readonly string[] }): ReactElement {
  return (
    <ul>
      {props.items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

/** The patient's block in full; the staff copy is the call and the flags in clinical words only. */
function UrgentSection(props: { readonly urgent: NonNullable<SummaryDocument['urgent']> }): ReactElement {
  const { urgent } = props;
  return (
    <section className="urgent keep" data-part="urgent">
      <Urgent block={urgent} />
      {urgent.staff ? (
        <div className="urgent-block urgent-block--staff" lang={urgent.staff.language}>
          <h2>{urgent.staff.title}</h2>
          <List items={urgent.staff.flags} />
        </div>
      ) : null}
    </section>
  );
}

function Urgent(props: { readonly block: UrgentBlock }): ReactElement {
  const { block } = props;
  return (
    <div className="urgent-block" lang={block.language}>
      <h2>{block.title}</h2>
      <p>{block.body}</p>
      <List items={block.flags} />
      <p className="emergency">{block.emergency}</p>
    </div>
  );
}

function PatientPart(props: { readonly summary: SummaryDocument }): ReactElement {
  const { patient, urgent } = props.summary;
  const meanwhile = (
    <div className="meanwhile-part">
      <h2>{patient.meanwhileHeading}</h2>
      <List items={patient.meanwhile} />
      <p className="hand-over">{patient.handToTherapist}</p>
    </div>
  );
  // The urgent block already says what to do: a red-flag sheet keeps only what to do meanwhile.
  if (urgent) {
    return (
      <section className="patient-grid patient-grid--urgent" data-part="patient">
        {meanwhile}
      </section>
    );
  }
  return (
    <section className="patient-grid" data-part="patient">
      <div className="level-part">
        <div className="level keep">
          <h2>{patient.levelTitle}</h2>
          <p>{patient.levelBody}</p>
        </div>
      </div>
      <div className="causes-part">
        <h2>{patient.causesHeading}</h2>
        {patient.noLikelyCause ? <p>{patient.noLikelyCause}</p> : null}
        {patient.causes.map((cause) => (
          <div className="keep" key={cause.name}>
            <h3>{cause.name}</h3>
            <p>{cause.explanation}</p>
            {cause.becauseClauses.length > 0 ? <p className="because">{`${patient.becauseLabel}: ${cause.becauseClauses.join('; ')}.`}</p> : null}
          </div>
        ))}
      </div>
      {meanwhile}
    </section>
  );
}

/** A cause as one sentence: its name and likelihood in bold, then the evidence in words. */
function CauseLine(props: { readonly cause: TherapistCause }): ReactElement {
  const { cause } = props;
  return (
    <p className={cause.likely ? 'cause likely' : 'cause'}>
      <b>{`${cause.name}: ${cause.likelihoodLabel} (${cause.score}).`}</b> {cause.evidence}
    </p>
  );
}

function AnswerTable(props: { readonly rows: readonly AnswerTableRow[] }): ReactElement {
  return (
    <table className="answers">
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.label} className={row.isRedFlag ? 'flag' : undefined}>
            <th>{row.label}</th>
            <td>{row.isRedFlag ? `! ${row.value}` : row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TherapistSection(props: { readonly therapist: TherapistPart; readonly qrSvg: string; readonly receipt: boolean }): ReactElement {
  const { therapist, receipt } = props;
  return (
    <section className="therapist" data-part="therapist" lang={therapist.language}>
      <h2>{therapist.heading}</h2>
      <div className="verdict keep" data-part="verdict">
        <h3>{therapist.verdict.title}</h3>
        {therapist.verdict.sentences.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      <div className="facts">
        {therapist.facts.map((fact) => (
          <span key={fact.label}>
            {`${fact.label}: `}
            <b>{fact.value}</b>
          </span>
        ))}
      </div>
      <div className="therapist-grid">
        <div>
          <h3>{therapist.causesHeading}</h3>
          <div className="causes">
            {therapist.causes.map((cause) => (
              <CauseLine key={cause.cause} cause={cause} />
            ))}
          </div>
          <h3>{therapist.answersHeading}</h3>
          {therapist.answerTable.flagged.length > 0 ? <AnswerTable rows={therapist.answerTable.flagged} /> : null}
          {/* Sheets print the other answers as two short tables side by side, read down the first, then the second. */}
          <div className="answer-tables">
            {(receipt ? [therapist.answerTable.others] : halves(therapist.answerTable.others)).map((rows, index) => (
              <AnswerTable key={index} rows={rows} />
            ))}
          </div>
          {therapist.unanswered ? <p>{therapist.unanswered}</p> : null}
        </div>
        <div className="qr keep" data-part="qr">
          {/* The symbol from the qrcode library: path data only, made from the compressed payload. */}
          <div dangerouslySetInnerHTML={{ __html: props.qrSvg }} />
          <p>{therapist.qrCaption}</p>
        </div>
      </div>
    </section>
  );
}

function halves<T>(items: readonly T[]): (readonly T[])[] {
  const middle = Math.ceil(items.length / 2);
  return [items.slice(0, middle), items.slice(middle)];
}

export function SummarySheet(props: { readonly summary: SummaryDocument; readonly paper: PaperSpec; readonly qrSvg: string }): ReactElement {
  const { summary, paper } = props;
  const receipt = paper.heightMm === null;
  return (
    <PrintDocument language={summary.language} title="Backtalk summary" css={summaryCss(paper)}>
      {summary.sampleNotice ? (
        <p className="sample" data-part="sample">
          {summary.sampleNotice}
        </p>
      ) : null}
      {summary.urgent ? <UrgentSection urgent={summary.urgent} /> : null}
      <header>
        <div className="clinic">
          <span>{summary.clinic.name}</span>
          {summary.clinic.phone ? <span>{summary.clinic.phone}</span> : null}
        </div>
        <div className="title">
          <h1>{summary.heading.title}</h1>
          <p className="date">{summary.heading.dateLabel}</p>
        </div>
        <div className="write-in">
          <div>{summary.heading.nameLabel}</div>
          <div>{summary.heading.birthDateLabel}</div>
        </div>
      </header>
      <PatientPart summary={summary} />
      <TherapistSection therapist={summary.therapist} qrSvg={props.qrSvg} receipt={receipt} />
    </PrintDocument>
  );
}
