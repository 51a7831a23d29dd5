import { Button, Checkbox, Field, Select } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import { compareSubStandards, descriptorsForStage, stageName, subStandardName, type StageCode } from '../../core';
import { useFormStyles } from '../compose';
import { usePane } from '../shell/pane-context';

/**
 * Picks descriptors of one stage from any number of sub-standards: a sub-standard at a time (by its short name, with
 * its full title shown under the picker), ticks kept when switching, and a line saying which sub-standards the ticks
 * come from. The ticks are the caller's state, so an objective and an area for development can share them.
 */
export function DescriptorPicker(props: { stage: StageCode; ticked: readonly string[]; onChange: (ticked: readonly string[]) => void; purpose: string }) {
  const styles = useFormStyles();
  const { framework } = usePane();
  const { stage, ticked, onChange } = props;
  const ids = useId();
  const subStandards = useMemo(
    () => descriptorsForStage(framework, stage).flatMap((s) => s.subStandards.filter((sub) => sub.descriptors.length > 0)),
    [framework, stage],
  );
  const [subNumber, setSubNumber] = useState(subStandards[0]?.number ?? '');
  const sub = subStandards.find((s) => s.number === subNumber);
  const subOf = useMemo(() => new Map(subStandards.flatMap((s) => s.descriptors.map((d) => [d.id, s.number] as const))), [subStandards]);
  const counts = new Map<string, number>();
  for (const id of ticked) {
    const n = subOf.get(id);
    if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const tickedSubs = [...counts.keys()].sort(compareSubStandards);
  const label = stageName(framework, stage);
  const optionText = (n: string) => `${n} ${subStandardName(framework, n)}`;
  const toggle = (id: string, on: boolean) => onChange(on ? [...ticked.filter((x) => x !== id), id] : ticked.filter((x) => x !== id));

  return (
    <>
      {/* A closed <select> shows one line, cut at 320 px: the chosen sub-standard is written out below it, short name and full title. */}
      <Field
        label={`Teachers’ Standard (${label})`}
        hint={
          sub
            ? {
                id: `${ids}-title`,
                children: (
                  <>
                    <span>{optionText(sub.number)}</span>: {sub.title}
                  </>
                ),
              }
            : undefined
        }
      >
        <Select className={styles.full} value={subNumber} onChange={(_e, data) => setSubNumber(data.value)}>
          {subStandards.map((s) => (
            <option key={s.number} value={s.number}>
              {optionText(s.number)}
            </option>
          ))}
        </Select>
      </Field>
      {sub ? (
        <fieldset className={styles.group} aria-describedby={`${ids}-tick-hint`}>
          <legend className={styles.legend}>
            Descriptors of {sub.number} for {label}
          </legend>
          <p id={`${ids}-tick-hint`} className={styles.quiet}>
            Tick the descriptors {props.purpose} is built from. Ticks stay when you choose another standard, so it can draw on several.
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
      <div className={styles.actions} aria-live="polite">
        <p className={styles.quiet}>
          {tickedSubs.length === 0
            ? 'Nothing ticked yet.'
            : `Ticked: ${tickedSubs.map((n) => `${n} (${counts.get(n) ?? 0})`).join(', ')}.`}
        </p>
        {ticked.length > 0 ? (
          <Button size="small" appearance="subtle" onClick={() => onChange([])}>
            Clear ticks
          </Button>
        ) : null}
      </div>
    </>
  );
}
