import { PlainField, PlainSelect } from './plain-controls';
import type { Framework } from '../../core';
import type { CareerStageState } from './useCareerStage';

function hint(state: CareerStageState): string {
  if (state.loading) return 'Reading the document…';
  const unknown = state.unknownName ? `This document names “${state.unknownName}”, which is not a career stage in this edition. ` : '';
  switch (state.source) {
    case 'detected':
      return `${unknown}Detected from the document (“${state.evidence ?? ''}”). Change it if it is wrong; your choice is saved to the document.`;
    case 'property':
    case 'settings':
    case 'chosen':
      if (state.storedIn === 'add-in-settings') return "Saved in this add-in's settings for this document, as this version of Word cannot hold custom document properties.";
      return state.storedIn === 'document-property' ? 'Saved in this document.' : 'Saving to the document…';
    default:
      return `${unknown}Choose the teacher’s career stage. It is saved to the document.`;
  }
}

export function CareerStagePicker(props: { framework: Framework; state: CareerStageState; onChoose: (name: string) => void }) {
  const { framework, state, onChoose } = props;
  return (
    <PlainField label="Career stage" hint={hint(state)} error={state.error ?? undefined}>
      {(control) => (
        <PlainSelect {...control} value={state.careerStage?.name ?? ''} disabled={state.loading} onChange={onChoose}>
          <option value="" disabled>
            Choose a career stage
          </option>
          {framework.careerStages.map((cs) => (
            <option key={cs.name} value={cs.name}>
              {cs.name}
            </option>
          ))}
        </PlainSelect>
      )}
    </PlainField>
  );
}
