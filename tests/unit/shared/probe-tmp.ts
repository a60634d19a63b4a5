import QRCode from 'qrcode';
import { assessAnswers } from '../../../shared/assessment/assess-answers.ts';
import { answersToQuestionnaireResponse } from '../../../shared/fhir/response-to-fhir.ts';
import { backtalkQuestionnaire } from '../../../shared/questionnaire/backtalk-questionnaire.ts';
const max: Record<string, any> = {};
for (const item of backtalkQuestionnaire.items) {
  if (item.kind === 'scale') max[item.linkId] = 10;
  else if (item.kind === 'multi-choice' || item.kind === 'body-regions') max[item.linkId] = item.options.filter(o => !o.exclusive).map(o => o.code);
  else max[item.linkId] = [...item.options].sort((a,b)=>b.code.length-a.code.length)[0]!.code;
}
max['hurts'] = 'yes';
const qr = JSON.stringify(answersToQuestionnaireResponse(max, { compact: true, authored: '2026-11-25T12:00:00+01:00', language: 'es' }));
console.log(qr.length); console.log(qr);
console.log(JSON.stringify(assessAnswers({ where: ['lower-back'], feel: ['single-pop'], hurts: 'no', triggers: ['twisting'] }), null, 1).slice(0, 1500));
