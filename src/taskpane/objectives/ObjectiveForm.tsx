import { Button, Field, Textarea } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import {
  composeObjectiveBlock,
  draftObjective,
  nextObjectiveNumber,
  objectiveWarnings,
  suggestedSuccessMeasures,
  wordingOf,
  type ObjectiveDraft,
  type ObjectiveFieldName,
  type StageCode,
} from '../../core';
import { BlockPreview, CheckBeforeInserting, InsertAction, useFormStyles } from '../compose';
import { usePane } from '../shell/pane-context';
import { InlineFeedback } from '../shell/InlineFeedback';
import { useInsert } from '../shell/useInsert';
import type { DocumentTags } from './ObjectivesTab';
import { rowsFor, stripColon } from './fields';

type Edits = Partial<Record<ObjectiveFieldName | 'priority', string>>;
/** Fields rewritten from the descriptors whenever the ticks change; the others keep what the reviewer typed. */
const GENERATED: readonly ObjectiveFieldName[] = ['title', 'statement'];
const SHOWN: readonly ObjectiveFieldName[] = ['title', 'statement', 'successCriteria', 'timescale', 'support', 'evidence'];

/**
 * An objective from the ticked descriptors (any sub-standards): the core's short heading and statement, the SMART
 * parts the reviewer fills in (with the standard's suggested success measures one click away), the parts still
 * missing listed before inserting (a warning: empty parts go in as placeholders), the preview and Insert.
 */
export function ObjectiveForm(props: { stage: StageCode; ticked: readonly string[]; documentTags: DocumentTags }) {
  const styles = useFormStyles();
  const { framework } = usePane();
  const { stage, ticked, documentTags } = props;
  const wording = wordingOf(framework).objective;
  const [edits, setEdits] = useState<Edits>({});
  const [seenTicks, setSeenTicks] = useState(ticked);
  const { insertBlock, busy, feedback } = useInsert();
  const ids = useId();

  // Ticking or unticking rewrites the heading and statement (dropping edits to them), and keeps the other fields.
  if (seenTicks !== ticked) {
    setSeenTicks(ticked);
    setEdits((old) => Object.fromEntries(Object.entries(old).filter(([k]) => !GENERATED.includes(k as ObjectiveFieldName))));
  }

  const number = nextObjectiveNumber(documentTags.tags ?? []);
  const draft = useMemo<ObjectiveDraft>(() => {
    const base = draftObjective(framework, { stage, descriptorIds: ticked, number });
    const fields = { ...base.fields };
    for (const name of SHOWN) if (edits[name] !== undefined) fields[name] = { ...fields[name], value: edits[name] };
    return { ...base, fields, priority: { value: edits.priority ?? '', prompt: base.priority?.prompt ?? wording.prompts.priority } };
  }, [framework, stage, ticked, number, edits, wording]);
  const block = useMemo(() => (draft.descriptorIds.length > 0 ? composeObjectiveBlock(framework, draft) : null), [framework, draft]);
  const { warnings } = objectiveWarnings(framework, draft);
  const measures = useMemo(() => suggestedSuccessMeasures(framework, draft.subStandards ?? []), [framework, draft.subStandards]);

  const set = (name: keyof Edits, value: string) => setEdits((old) => ({ ...old, [name]: value }));
  const criteria = draft.fields.successCriteria.value;
  const addMeasure = (measure: string) => set('successCriteria', criteria.trim() === '' ? measure : `${criteria.replace(/\s+$/, '')}\n${measure}`);

  const onInsert = async () => {
    if (!block) return;
    const outcome = await insertBlock(block, `objective ${draft.number}`);
    if (!outcome) return;
    if (outcome.tagsBefore) {
      const expected = nextObjectiveNumber(outcome.tagsBefore);
      documentTags.setNote(
        expected !== draft.number
          ? `The document had ${expected - 1} objective${expected === 2 ? '' : 's'} when this one went in, so it may need renumbering: it was inserted as objective ${draft.number}.`
          : '',
      );
      documentTags.setTags([...outcome.tagsBefore, block.tag]);
    } else await documentTags.reread();
    // The form stays as it is (the focus stays on the Insert button); only the heading follows the new number.
    setEdits(({ title: _title, ...rest }) => rest);
  };

  const labels: Record<ObjectiveFieldName, string> = {
    title: 'Heading',
    statement: stripColon(wording.labels.statement),
    successCriteria: stripColon(wording.labels.successCriteria),
    timescale: stripColon(wording.labels.timescale),
    support: stripColon(wording.labels.support),
    evidence: stripColon(wording.labels.evidence),
  };
  const field = (name: ObjectiveFieldName) => (
    <Field key={name} label={labels[name]} hint={GENERATED.includes(name) ? undefined : draft.fields[name].prompt}>
      <Textarea
        className={styles.full}
        resize="vertical"
        rows={rowsFor(draft.fields[name].value)}
        value={draft.fields[name].value}
        onChange={(_e, data) => set(name, data.value)}
      />
    </Field>
  );

  return (
    <>
      <p className={styles.quiet} aria-live="polite">
        {documentTags.tags === null ? 'Counting the objectives already in the document…' : `This will be objective ${number}.`}
      </p>
      {documentTags.note ? <p className={styles.note}>{documentTags.note}</p> : null}
      {block ? (
        <>
          <div className={styles.fields}>
            {field('title')}
            {field('statement')}
            <p className={styles.quiet}>Ticking or unticking a descriptor rewrites the heading and objective; the other fields keep what you typed.</p>
            {field('successCriteria')}
            {measures.length > 0 ? (
              <div role="group" aria-labelledby={`${ids}-measures`} className={styles.fields}>
                <p id={`${ids}-measures`} className={styles.quiet}>
                  Suggested success measures for {standardsOf(draft.subStandards ?? [])}:
                </p>
                <ul className={styles.suggestions}>
                  {measures.map((m) => {
                    const added = criteria.split('\n').some((line) => line.trim() === m);
                    return (
                      <li key={m} className={styles.suggestion}>
                        <span>{m}</span>
                        <Button size="small" disabled={added} aria-label={added ? `Added: ${m}` : `Add to success criteria: ${m}`} onClick={() => addMeasure(m)}>
                          {added ? 'Added' : 'Add'}
                        </Button>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ) : null}
            {field('timescale')}
            {field('support')}
            {field('evidence')}
            <Field label={`${stripColon(wording.labels.priority)} (optional)`} hint={draft.priority?.prompt}>
              <Textarea className={styles.full} resize="vertical" rows={2} value={edits.priority ?? ''} onChange={(_e, data) => set('priority', data.value)} />
            </Field>
          </div>
          <CheckBeforeInserting warnings={warnings} id={`${ids}-warnings`} />
          <BlockPreview block={block} label="Preview of the objective" />
        </>
      ) : (
        <p className={styles.note}>Tick at least one descriptor to see the draft objective.</p>
      )}
      <InsertAction
        label={`Insert objective ${number}`}
        disabled={busy || !block}
        describedBy={block && warnings.length > 0 ? `${ids}-warnings` : undefined}
        onInsert={() => void onInsert()}
      />
      <InlineFeedback anchor={feedback} />
    </>
  );
}

/** "Teachers’ Standard 2" or "Teachers’ Standards 2 and 6": the standards the suggested measures come from. */
function standardsOf(subNumbers: readonly string[]): string {
  const standards = [...new Set(subNumbers.map((n) => n.split('.')[0] ?? n))];
  const list = standards.length <= 1 ? standards.join('') : `${standards.slice(0, -1).join(', ')} and ${standards[standards.length - 1] ?? ''}`;
  return `Teachers’ Standard${standards.length === 1 ? '' : 's'} ${list}`;
}
