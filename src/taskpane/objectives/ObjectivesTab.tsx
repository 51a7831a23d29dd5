import { Radio, RadioGroup, Field } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { CareerStage, StageCode } from '../../core';
import { useFormStyles } from '../compose';
import { usePane } from '../shell/pane-context';
import { DescriptorPicker } from './DescriptorPicker';
import { DevelopmentForm } from './DevelopmentForm';
import { ObjectiveForm } from './ObjectiveForm';

/**
 * The Objectives tab: tick the stage's descriptors (from one or more sub-standards), then draft either an objective
 * (with its SMART parts) or an area for development (expected practice, evidence, support, review date), preview it
 * and insert it. Areas for development live here rather than in a tab of their own: they start from the same ticks,
 * and the tab list stays short enough to fit whole at 320 px.
 */
export function ObjectivesTab() {
  const styles = useFormStyles();
  const { careerStage } = usePane();
  if (!careerStage) return <p className={styles.note}>Choose the career stage above to draft an objective from its descriptors.</p>;
  if (!careerStage.stage) {
    return (
      <p className={styles.note}>
        The Teachers’ Standards descriptors have no column for {careerStage.name}, so objectives cannot be drafted from them here. Write this objective in
        the document, or use the Rating tab for the career expectations.
      </p>
    );
  }
  // A new stage starts a new draft.
  return <ObjectivesPanel key={careerStage.name} careerStage={careerStage} stage={careerStage.stage} />;
}

type Kind = 'objective' | 'development';

/** The tags already in the document (read when the tab opens, one sync), to number a new objective or area. */
export interface DocumentTags {
  tags: readonly string[] | null;
  note: string;
  setNote(note: string): void;
  setTags(tags: readonly string[]): void;
  reread(): Promise<void>;
}

function useDocumentTags(): DocumentTags {
  const { port } = usePane();
  const [tags, setTags] = useState<readonly string[] | null>(null);
  const [note, setNote] = useState('');
  const reread = useCallback(async () => {
    try {
      setTags(await port.readBlockTags());
      setNote('');
    } catch {
      setTags([]);
      setNote('The objectives already in the document could not be counted, so this one is numbered 1. Change the heading if that is wrong.');
    }
  }, [port]);
  useEffect(() => {
    void reread();
  }, [reread]);
  return { tags, note, setNote, setTags, reread };
}

function ObjectivesPanel(props: { careerStage: CareerStage; stage: StageCode }) {
  const styles = useFormStyles();
  const [kind, setKind] = useState<Kind>('objective');
  const [ticked, setTicked] = useState<readonly string[]>([]);
  const documentTags = useDocumentTags();
  return (
    <div className={styles.tab}>
      <Field label="Draft">
        <RadioGroup layout="horizontal" value={kind} onChange={(_e, data) => setKind(data.value as Kind)}>
          <Radio value="objective" label="Objective" />
          <Radio value="development" label="Area for development" />
        </RadioGroup>
      </Field>
      {kind === 'development' ? (
        <p className={styles.quiet}>
          For practice that is not yet at the expected level: the descriptors you tick state the expected practice; add your evidence, the agreed support and
          a review date.
        </p>
      ) : null}
      <DescriptorPicker stage={props.stage} ticked={ticked} onChange={setTicked} purpose={kind === 'objective' ? 'this objective' : 'this area for development'} />
      {/* Both drafts stay mounted, so switching between them keeps what was typed in each. */}
      <div className={styles.tab} hidden={kind !== 'objective'}>
        <ObjectiveForm stage={props.stage} ticked={ticked} documentTags={documentTags} />
      </div>
      <div className={styles.tab} hidden={kind !== 'development'}>
        <DevelopmentForm stage={props.stage} ticked={ticked} documentTags={documentTags} />
      </div>
    </div>
  );
}
