import { makeStyles, tokens } from '@fluentui/react-components';
import type { DiffPart } from '../../core/text/diff';
import { visuallyHidden } from './hidden';

const useStyles = makeStyles({
  diff: { margin: 0, overflowWrap: 'anywhere', lineHeight: tokens.lineHeightBase300 },
  // A little space after removed words, so that "class" struck and "broadly" added never read as one word.
  del: { marginInlineEnd: '0.2em', color: tokens.colorPaletteRedForeground1, textDecorationLine: 'line-through', backgroundColor: tokens.colorPaletteRedBackground1 },
  ins: { color: tokens.colorPaletteGreenForeground1, textDecorationLine: 'underline', backgroundColor: tokens.colorPaletteGreenBackground1 },
  hidden: visuallyHidden,
});

/**
 * A word-level diff from the official wording to the document's, as text: removed words struck through, added words
 * underlined (never colour alone), each also named for screen readers. Nothing here is parsed as HTML.
 */
export function DiffText(props: { parts: readonly DiffPart[] }) {
  const styles = useStyles();
  return (
    <p className={styles.diff}>
      {props.parts.map((part, i) =>
        part.op === 'equal' ? (
          <span key={i}>{part.text}</span>
        ) : part.op === 'delete' ? (
          <del key={i} className={styles.del}>
            <span className={styles.hidden}>[removed: </span>
            {part.text}
            <span className={styles.hidden}>]</span>
          </del>
        ) : (
          <ins key={i} className={styles.ins}>
            <span className={styles.hidden}>[added: </span>
            {part.text}
            <span className={styles.hidden}>]</span>
          </ins>
        ),
      )}
    </p>
  );
}
