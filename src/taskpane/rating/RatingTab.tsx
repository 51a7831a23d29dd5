import { Checkbox, Field, Radio, RadioGroup, Switch, Textarea } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import { RATING_CODES, draftRationale, ratingForRole, roleLabel, routeLabels, type CareerStage, type Descriptor, type RatingCode } from '../../core';
import { BlockPreview, BlockedReason, CheckBeforeInserting, InsertAction, useFormStyles } from '../compose';
import { usePane } from '../shell/pane-context';
import { InlineFeedback } from '../shell/InlineFeedback';
import { useInsert } from '../shell/useInsert';
import { PaySection } from './PaySection';

/** The Rating tab: the role's three official ratings, the descriptors the evidence shows, notes, preview and Insert; then the pay recommendation. */
export function RatingTab() {
  const styles = useFormStyles();
  const { careerStage } = usePane();
  if (!careerStage) return <p className={styles.note}>Choose the career stage above to write a rating rationale for its role.</p>;
  // A new career stage (and so, perhaps, a new role) starts a new rationale.
  return <RatingForm key={careerStage.name} careerStage={careerStage} />;
}

/** The first words of a descriptor, to name its evidence note. */
function shortName(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim();
  return words.length <= 60 ? words : `${words.slice(0, 57).trimEnd()}…`;
}

/** A descriptor that introduces the ones after it (route 2's "… for example (but not limited to):"): shown as text, never ticked on its own. */
const isLeadIn = (d: Descriptor) => d.text.trimEnd().endsWith(':');

function DescriptorChoices(props: {
  legend: string;
  descriptors: readonly Descriptor[];
  ticked: ReadonlySet<string>;
  notes: Readonly<Record<string, string>>;
  onTick: (id: string, on: boolean) => void;
  onNote: (id: string, text: string) => void;
}) {
  const styles = useFormStyles();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{props.legend}</legend>
      {props.descriptors.map((d) =>
        isLeadIn(d) ? (
          <p key={d.id} className={styles.quiet}>
            {d.text} <em>(stated with the examples you tick below)</em>
          </p>
        ) : (
          <div key={d.id} className={styles.fields}>
            <Checkbox className={styles.choice} label={d.text} checked={props.ticked.has(d.id)} onChange={(_e, data) => props.onTick(d.id, data.checked === true)} />
            {props.ticked.has(d.id) ? (
              <Field label="Evidence note (optional)">
                <Textarea
                  className={styles.full}
                  resize="vertical"
                  rows={2}
                  aria-label={`Evidence note: ${shortName(d.text)}`}
                  value={props.notes[d.id] ?? ''}
                  onChange={(_e, data) => props.onNote(d.id, data.value)}
                />
              </Field>
            ) : null}
          </div>
        ),
      )}
    </fieldset>
  );
}

function RatingForm(props: { careerStage: CareerStage }) {
  const styles = useFormStyles();
  const { framework } = usePane();
  const { careerStage } = props;
  const role = careerStage.role;
  const views = useMemo(() => Object.fromEntries(RATING_CODES.map((r) => [r, ratingForRole(framework, role, r)])) as Record<RatingCode, ReturnType<typeof ratingForRole>>, [framework, role]);
  const [rating, setRating] = useState<RatingCode>('achieved');
  const [route, setRoute] = useState<number | undefined>(undefined);
  // Ticks are kept by id, so each route (and rating) keeps its own when the reviewer switches away and back.
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [overallNote, setOverallNote] = useState('');
  // The framework's support/HR note is guidance for the reviewer: off unless asked for.
  const [notMetNote, setNotMetNote] = useState(false);
  const { insertBlock, busy, feedback } = useInsert();
  const ids = useId();

  const view = views[rating];
  const routes = view.routes;
  const labels = useMemo(() => routeLabels(framework, role, rating), [framework, role, rating]);
  const shownRoutes = routes.length > 1 ? routes.filter((r) => r.route === (route ?? 1)) : routes;
  const ratingDescriptors = shownRoutes.flatMap((r) => r.descriptors);
  const achievedDescriptors = rating === 'exceptional' ? views.achieved.routes.flatMap((r) => r.descriptors) : [];
  // Only ticks that are on screen count: switching rating or route leaves the others aside, not in the rationale.
  const visible = new Set([...achievedDescriptors, ...ratingDescriptors].map((d) => d.id));
  const tickedIds = [...ticked].filter((id) => visible.has(id));

  const { block, warnings, blocked } = useMemo(
    () =>
      draftRationale(framework, {
        careerStageName: careerStage.name,
        rating,
        tickedIds,
        evidenceNotes: Object.fromEntries(tickedIds.map((id) => [id, notes[id] ?? ''])),
        overallNote,
        route: routes.length > 1 ? route : undefined,
        includeNotMetNote: notMetNote,
      }),
    // tickedIds is derived from ticked, rating and route, all listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [framework, careerStage.name, rating, ticked, notes, overallNote, route, routes.length, notMetNote],
  );

  const tick = (id: string, on: boolean) =>
    setTicked((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const note = (id: string, text: string) => setNotes((old) => ({ ...old, [id]: text }));

  return (
    <div className={styles.tab}>
      <p className={styles.quiet}>
        Role: <strong>{roleLabel(framework, role)}</strong>
        {roleLabel(framework, role) === careerStage.name ? ' (the career stage above)' : ` (from the career stage ${careerStage.name})`}
      </p>
      <Field label="Rating">
        <RadioGroup value={rating} onChange={(_e, data) => setRating(data.value as RatingCode)}>
          {RATING_CODES.map((code) => (
            <Radio key={code} value={code} label={views[code].label} />
          ))}
        </RadioGroup>
      </Field>
      {routes.length > 1 ? (
        <Field label={`Route to ${view.label}`} hint={`The framework gives ${roleLabel(framework, role)} ${routes.length} routes to this rating. Choose the one the evidence follows.`}>
          <RadioGroup value={route === undefined ? '' : String(route)} onChange={(_e, data) => setRoute(Number(data.value))}>
            {routes.map((r, i) => (
              <Radio key={r.route} value={String(r.route)} label={labels[i] ?? `Route ${r.route}`} />
            ))}
          </RadioGroup>
        </Field>
      ) : null}
      {rating === 'exceptional' ? (
        <DescriptorChoices
          legend={`${views.achieved.label}: the ones achieved (${view.label} builds on them)`}
          descriptors={achievedDescriptors}
          ticked={ticked}
          notes={notes}
          onTick={tick}
          onNote={note}
        />
      ) : null}
      {shownRoutes.map((r) => (
        <div key={r.route} className={styles.fields}>
          {r.intro ? <p className={styles.quiet}>{r.intro}</p> : null}
          <DescriptorChoices
            legend={`${view.label}${routes.length > 1 ? ` (${labels[r.route - 1] ?? `route ${r.route}`})` : ''}: the descriptors the evidence shows`}
            descriptors={r.descriptors}
            ticked={ticked}
            notes={notes}
            onTick={tick}
            onNote={note}
          />
        </div>
      ))}
      <Field label="Overall note (optional)">
        <Textarea className={styles.full} resize="vertical" rows={3} value={overallNote} onChange={(_e, data) => setOverallNote(data.value)} />
      </Field>
      {rating === 'not-met' && view.note ? (
        <Field hint="Guidance for the reviewer, not a finding about the teacher. Off unless you add it.">
          <Switch
            label="Add the framework’s support and HR note (guidance for the reviewer)"
            checked={notMetNote}
            onChange={(_e, data) => setNotMetNote(data.checked)}
          />
        </Field>
      ) : null}
      <CheckBeforeInserting warnings={warnings} />
      <BlockPreview block={block} label="Preview of the rating rationale" />
      <BlockedReason reason={blocked} id={`${ids}-blocked`} />
      <InsertAction
        label="Insert rating rationale"
        disabled={busy || blocked !== null}
        describedBy={blocked ? `${ids}-blocked` : undefined}
        onInsert={() => void insertBlock(block, `the rating rationale (${view.label})`)}
      />
      <InlineFeedback anchor={feedback} />
      <PaySection careerStage={careerStage} rating={rating} />
    </div>
  );
}
