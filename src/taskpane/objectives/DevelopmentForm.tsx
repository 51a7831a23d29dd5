import { Field, Textarea } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import { composeDevelopment, DEVELOPMENT_FIELDS, nextDevelopmentNumber, wordingOf, type DevelopmentFieldName, type StageCode } from '../../core';
import { BlockPreview, CheckBeforeInserting, InsertAction, useFormStyles } from '../compose';
import { usePane } from '../shell/pane-context';
import { InlineFeedback } from '../shell/InlineFeedback';
import { useInsert } from '../shell/useInsert';
import type { DocumentTags } from './ObjectivesTab';
import { rowsFor, stripColon } from './fields';

/**
 * An area for development from the ticked descriptors of the teacher's stage: the expected practice (composed by the
 * core), the reviewer's evidence that it is not yet consistent, the agreed support and a review date. Empty fields go
 * in as placeholders and are listed before inserting (a warning, not a block). Inserted as one `tsa:` block.
 */
export function DevelopmentForm(props: { stage: StageCode; ticked: readonly string[]; documentTags: DocumentTags }) {
  const styles = useFormStyles();
  const { framework } = usePane();
  const { stage, ticked, documentTags } = props;
  const wording = wordingOf(framework).development;
  const [values, setValues] = useState<Partial<Record<DevelopmentFieldName, string>>>({});
  const { insertBlock, busy, feedback } = useInsert();
  const ids = useId();

  const number = nextDevelopmentNumber(documentTags.tags ?? []);
  const result = useMemo(() => composeDevelopment(framework, { stage, descriptorIds: ticked, number, values }), [framework, stage, ticked, number, values]);
  const ready = result.block.citedIds.length > 0;

  const onInsert = async () => {
    if (!ready) return;
    const outcome = await insertBlock(result.block, `area for development ${number}`);
    if (outcome) await documentTags.reread();
  };

  return (
    <>
      <p className={styles.quiet} aria-live="polite">
        {documentTags.tags === null ? 'Counting the areas for development already in the document…' : `This will be area for development ${number}.`}
      </p>
      {ready ? (
        <>
          <div className={styles.fields}>
            {DEVELOPMENT_FIELDS.map((name) => (
              <Field key={name} label={stripColon(wording.labels[name])} hint={promptFor(wording.placeholders[name])}>
                <Textarea
                  className={styles.full}
                  resize="vertical"
                  rows={rowsFor(values[name] ?? '')}
                  value={values[name] ?? ''}
                  onChange={(_e, data) => setValues((old) => ({ ...old, [name]: data.value }))}
                />
              </Field>
            ))}
          </div>
          <CheckBeforeInserting warnings={result.warnings} id={`${ids}-warnings`} />
          <BlockPreview block={result.block} label="Preview of the area for development" />
        </>
      ) : (
        <p className={styles.note}>Tick at least one descriptor to state the expected practice.</p>
      )}
      <InsertAction
        label={`Insert area for development ${number}`}
        disabled={busy || !ready}
        describedBy={ready && result.warnings.length > 0 ? `${ids}-warnings` : undefined}
        onInsert={() => void onInsert()}
      />
      <InlineFeedback anchor={feedback} />
    </>
  );
}

/** The placeholder's prompt as a hint: without its square brackets. */
function promptFor(placeholder: string): string {
  return placeholder.replace(/^\[|\]$/g, '');
}
