import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { ComposedBlock } from '../../core';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  box: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  paragraph: { margin: `0 0 ${tokens.spacingVerticalXS}`, whiteSpace: 'pre-wrap', ':last-child': { marginBottom: 0 } },
  placeholder: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  tag: { margin: 0, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

/**
 * The block exactly as it will go into the document: one paragraph per block paragraph, bold runs in bold, placeholder
 * runs (fields still to fill in) in italic grey, as the adapters write them.
 * Its text, paragraph by paragraph, is `blockPlainText(block)`. React sets every run as text, never as HTML.
 */
export function BlockPreview(props: { block: ComposedBlock; label: string }) {
  const styles = useStyles();
  const headingId = useId();
  const { block } = props;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {props.label}
      </h2>
      <div className={styles.box} data-testid="block-preview" data-tag={block.tag}>
        {block.paragraphs.map((p, i) => (
          <p key={i} className={styles.paragraph}>
            {p.runs.map((r, j) =>
              r.bold ? (
                <strong key={j}>{r.text}</strong>
              ) : r.placeholder ? (
                <span key={j} className={styles.placeholder} data-placeholder="">
                  {r.text}
                </span>
              ) : (
                <span key={j}>{r.text}</span>
              ),
            )}
          </p>
        ))}
      </div>
      <p className={styles.tag}>Tag: {block.tag}</p>
    </section>
  );
}

