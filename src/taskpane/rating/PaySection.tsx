import { Field, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import { composePay, PAY_RECOMMENDATION_CODES, payRecommendationLabel, ratingLabel, type CareerStage, type PayRecommendationCode, type RatingCode } from '../../core';
import { BlockPreview, BlockedReason, CheckBeforeInserting, InsertAction, useFormStyles } from '../compose';
import { usePane } from '../shell/pane-context';
import { InlineFeedback } from '../shell/InlineFeedback';
import { useInsert } from '../shell/useInsert';

/**
 * The pay recommendation, against the rating chosen above: one of the wording file's recommendations with the
 * reviewer's note, previewed and inserted as its own `tsp:` block (with the rationale or on its own). The wording
 * file's rules refuse some pairs (Insert disabled, with the reason) and warn about others.
 */
export function PaySection(props: { careerStage: CareerStage; rating: RatingCode }) {
  const styles = useFormStyles();
  const { framework } = usePane();
  const [recommendation, setRecommendation] = useState<PayRecommendationCode | null>(null);
  const [note, setNote] = useState('');
  const { insertBlock, busy, feedback } = useInsert();
  const ids = useId();
  const { careerStage, rating } = props;

  const result = useMemo(
    () => (recommendation ? composePay(framework, { careerStageName: careerStage.name, rating, recommendation, note }) : null),
    [framework, careerStage.name, rating, recommendation, note],
  );

  return (
    <section className={styles.section} aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className={styles.sectionTitle}>
        Pay recommendation
      </h2>
      <p className={styles.quiet}>With an overall rating of {ratingLabel(framework, rating)} (chosen above). It goes into the document as a block of its own.</p>
      <Field label="Recommendation">
        <RadioGroup value={recommendation ?? ''} onChange={(_e, data) => setRecommendation(data.value as PayRecommendationCode)}>
          {PAY_RECOMMENDATION_CODES.map((code) => (
            <Radio key={code} value={code} label={payRecommendationLabel(framework, code)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Reviewer’s note" hint="The reasons for the recommendation and the evidence it rests on. Left empty, it goes in as a placeholder.">
        <Textarea className={styles.full} resize="vertical" rows={3} value={note} onChange={(_e, data) => setNote(data.value)} />
      </Field>
      {result ? (
        <>
          <CheckBeforeInserting warnings={result.warnings} />
          <BlockPreview block={result.block} label="Preview of the pay recommendation" />
          <BlockedReason reason={result.blocked} id={`${ids}-blocked`} />
        </>
      ) : (
        <p className={styles.note}>Choose a recommendation to see it.</p>
      )}
      <InsertAction
        label="Insert pay recommendation"
        disabled={busy || !result || result.blocked !== null}
        describedBy={result?.blocked ? `${ids}-blocked` : undefined}
        onInsert={() => void (result && insertBlock(result.block, `the pay recommendation (${payRecommendationLabel(framework, recommendation ?? 'not-applicable')})`))}
      />
      <InlineFeedback anchor={feedback} />
    </section>
  );
}
