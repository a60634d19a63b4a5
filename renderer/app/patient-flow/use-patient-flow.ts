import { useCallback, useMemo, useReducer } from 'react';
import type { Language, Questionnaire } from '../../../shared/questionnaire/questionnaire-types.ts';
import { createPatientFlowMachine, initialFlowState, type FlowEvent, type FlowState } from './patient-flow-machine.ts';

export function usePatientFlow(questionnaire: Questionnaire, defaultLanguage: Language) {
  const machine = useMemo(() => createPatientFlowMachine(questionnaire), [questionnaire]);
  const reducer = useCallback((state: FlowState, event: FlowEvent) => machine.reduce(state, event), [machine]);
  const [state, send] = useReducer(reducer, defaultLanguage, initialFlowState);
  return { machine, state, send };
}
