import { Button, Checkbox, Field, Select, Textarea } from '@fluentui/react-components';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import {
  composeObjectiveBlock,
  descriptorsForStage,
  draftObjective,
  nextObjectiveNumber,
  stageColumn,
  wordingOf,
  type CareerStage,
  type ObjectiveDraft,
  type ObjectiveFieldName,
  type StageCode,
} from '../../core';
import { usePane } from '../shell/pane-context';
import { InlineFeedback } from '../shell/InlineFeedback';
import { useInsert } from '../shell/useInsert';
import { BlockPreview, useFormStyles } from '../compose';

/** The Objectives tab: pick a sub-standard, tick the stage's descriptors, edit the draft, preview it, insert it. */
export function ObjectivesTab() {
  const styles = useFormStyles();
  const { careerStage } = usePane();
  if (!careerStage) return <p className={styles.note}>Choose the career stage above to draft an objective from its descriptors.</p>;
  if (!careerStage.stage) {
    return (
      <p className={styles.note}>
        The Teachers&apos; Standards descriptors have no column for {careerStage.name}, so objectives cannot be drafted from them here. Write this
        objective in the document, or use the Rating tab for the career expectations.
      </p>
    );
  }
  // A new stage starts a new draft.
  return <ObjectiveForm key={careerStage.name} careerStage={careerStage} stage={careerStage.stage} />;
}

type Edits = Partial<Record<ObjectiveFieldName, string>>;
/** Fields rewritten from the descriptors whenever the choice changes; the others keep what the reviewer typed. */
const GENERATED: readonly ObjectiveFieldName[] = ['title', 'statement'];

function ObjectiveForm(props: { careerStage: CareerStage; stage: StageCode }) {
  const styles = useFormStyles();
  const { framework, port } = usePane();
  const { stage } = props;
  const wording = wordingOf(framework).objective;
  const stageLabel = stageColumn(framework, stage).label;
  const subStandards = useMemo(
    () => descriptorsForStage(framework, stage).flatMap((s) => s.subStandards.filter((sub) => sub.descriptors.length > 0)),
    [framework, stage],
  );
  const [subNumber, setSubNumber] = useState(subStandards[0]?.number ?? '');
  const [ticked, setTicked] = useState<readonly string[]>([]);
  const [edits, setEdits] = useState<Edits>({});
  // The objective's number comes from the tso: tags read when the tab opens (one sync), and is re-checked against the
  // tags the insertion itself reads in its single sync (see ComposedInsertOutcome.tagsBefore).
  const [tags, setTags] = useState<readonly string[] | null>(null);
  const [tagsNote, setTagsNote] = useState('');
  const { insertBlock, busy, feedback } = useInsert();
  const ids = useId();

  const readTags = useCallback(async () => {
    try {
      setTags(await port.readBlockTags());
      setTagsNote('');
    } catch {
      setTags([]);
      setTagsNote('The objectives already in the document could not be counted, so this one is numbered 1. Change the heading if that is wrong.');
    }
  }, [port]);
  useEffect(() => {
    void readTags();
  }, [readTags]);

  const number = nextObjectiveNumber(tags ?? []);
  const sub = subStandards.find((s) => s.number === subNumber);
  const baseDraft = useMemo<ObjectiveDraft | null>(
    () => (sub ? draftObjective(framework, { stage, subStandard: sub.number, descriptorIds: ticked, number }) : null),
    [framework, stage, sub, ticked, number],
  );
  const draft = useMemo<ObjectiveDraft | null>(() => {
    if (!baseDraft) return null;
    const fields = { ...baseDraft.fields };
    for (const [name, value] of Object.entries(edits) as [ObjectiveFieldName, string][]) fields[name] = { ...fields[name], value };
    return { ...baseDraft, fields };
  }, [baseDraft, edits]);
  const block = useMemo(() => (draft && draft.descriptorIds.length > 0 ? composeObjectiveBlock(framework, draft) : null), [framework, draft]);

  const resetGenerated = () => setEdits((old) => Object.fromEntries(Object.entries(old).filter(([k]) => !GENERATED.includes(k as ObjectiveFieldName))));
  const chooseSub = (value: string) => {
    setSubNumber(value);
    setTicked([]);
    resetGenerated();
  };
  const toggle = (id: string, on: boolean) => {
    setTicked((old) => (on ? [...old, id] : old.filter((x) => x !== id)));
    resetGenerated();
  };

  const onInsert = async () => {
    if (!block || !draft) return;
    const outcome = await insertBlock(block, `objective ${draft.number}`);
    if (!outcome) return;
    if (outcome.tagsBefore) {
      const expected = nextObjectiveNumber(outcome.tagsBefore);
      if (expected !== draft.number) {
        setTagsNote(
          `The document had ${expected - 1} objective${expected === 2 ? '' : 's'} when this one went in, so it may need renumbering: it was inserted as objective ${draft.number}.`,
        );
      } else setTagsNote('');
      setTags([...outcome.tagsBefore, block.tag]);
    } else await readTags();
    // The form stays as it is (the focus stays on the Insert button); only the heading follows the new number.
    setEdits(({ title: _title, ...rest }) => rest);
  };

  const fieldLabels: Record<ObjectiveFieldName, string> = {
    title: 'Heading',
    statement: stripColon(wording.labels.statement),
    successCriteria: stripColon(wording.labels.successCriteria),
    timescale: stripColon(wording.labels.timescale),
    support: stripColon(wording.labels.support),
    evidence: stripColon(wording.labels.evidence),
  };

  return (
    <div className={styles.tab}>
      {/* A closed <select> shows one line, cut at 320 px: the chosen sub-standard is also written out in full below it. */}
      <Field label={`Teachers' Standard (${stageLabel})`} hint={sub ? `${sub.number} ${sub.title}` : undefined}>
        <Select className={styles.full} value={subNumber} onChange={(_e, data) => chooseSub(data.value)}>
          {subStandards.map((s) => (
            <option key={s.number} value={s.number}>
              {s.number} {s.title}
            </option>
          ))}
        </Select>
      </Field>
      {sub ? (
        <fieldset className={styles.group} aria-describedby={`${ids}-tick-hint`}>
          <legend className={styles.legend}>
            Descriptors of {sub.number} for {stageLabel}
          </legend>
          <p id={`${ids}-tick-hint`} className={styles.quiet}>
            Tick the descriptors this objective is built from.
          </p>
          {sub.descriptors.map((d) => (
            <Checkbox
              key={d.id}
              className={styles.choice}
              label={d.text}
              checked={ticked.includes(d.id)}
              onChange={(_e, data) => toggle(d.id, data.checked === true)}
            />
          ))}
        </fieldset>
      ) : null}
      <p className={styles.quiet} aria-live="polite">
        {tags === null ? 'Counting the objectives already in the document…' : `This will be objective ${number}.`}
      </p>
      {tagsNote ? <p className={styles.note}>{tagsNote}</p> : null}
      {draft && block ? (
        <>
          <div className={styles.fields}>
            {(['title', 'statement', 'successCriteria', 'timescale', 'support', 'evidence'] as const).map((name) => (
              <Field key={name} label={fieldLabels[name]} hint={GENERATED.includes(name) ? undefined : draft.fields[name].prompt}>
                <Textarea
                  className={styles.full}
                  resize="vertical"
                  rows={rowsFor(draft.fields[name].value)}
                  value={draft.fields[name].value}
                  onChange={(_e, data) => setEdits((old) => ({ ...old, [name]: data.value }))}
                />
              </Field>
            ))}
            <p className={styles.quiet}>Ticking or unticking a descriptor rewrites the heading and objective; the other fields keep what you typed.</p>
          </div>
          <BlockPreview block={block} label="Preview of the objective" />
        </>
      ) : (
        <p className={styles.note}>Tick at least one descriptor to see the draft objective.</p>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy || !block} onClick={() => void onInsert()}>
          Insert objective {number}
        </Button>
      </div>
      <InlineFeedback anchor={feedback} />
    </div>
  );
}

function stripColon(label: string): string {
  return label.replace(/:\s*$/, '');
}

/** Enough rows to show the whole value at the pane's width (about 34 characters a line), between 2 and 10. */
function rowsFor(value: string): number {
  const lines = value.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 34)), 0);
  return Math.min(10, Math.max(2, lines));
}
