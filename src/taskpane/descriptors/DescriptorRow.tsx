import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { descriptorInsertion, type Descriptor } from '../../core';
import { usePane } from '../shell/pane-context';
import { InlineFeedback } from '../shell/InlineFeedback';
import { useInsert } from '../shell/useInsert';
import { Highlighted } from './Highlighted';

const useStyles = makeStyles({
  row: {
    listStyleType: 'none',
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
  text: { margin: 0, overflowWrap: 'anywhere', lineHeight: tokens.lineHeightBase300 },
  footer: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXS, flexWrap: 'wrap' },
  id: {
    flexGrow: 1,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
    overflowWrap: 'anywhere',
  },
});

/** One descriptor: its words, its id (quiet), and Insert / Copy buttons whose names say which descriptor they act on. */
export function DescriptorRow(props: { descriptor: Descriptor; query?: string }) {
  const styles = useStyles();
  const { framework, copyText } = usePane();
  const { insertDescriptors, feedback } = useInsert();
  const { descriptor, query = '' } = props;
  return (
    <li className={styles.row} data-descriptor-id={descriptor.id}>
      <p className={styles.text}>
        <Highlighted text={descriptor.text} query={query} />
      </p>
      <div className={styles.footer}>
        <span className={styles.id}>{descriptor.id}</span>
        <Button size="small" appearance="primary" aria-label={`Insert ${descriptor.id}`} onClick={() => void insertDescriptors([descriptor.id], descriptor.id)}>
          Insert
        </Button>
        <Button
          size="small"
          appearance="subtle"
          aria-label={`Copy ${descriptor.id} to the clipboard`}
          onClick={() => void copyText(descriptorInsertion(framework, descriptor.id).text, descriptor.id, feedback)}
        >
          Copy
        </Button>
      </div>
      <InlineFeedback anchor={feedback} />
    </li>
  );
}

const useListStyles = makeStyles({ list: { margin: 0, padding: 0 } });

export function DescriptorList(props: { descriptors: readonly Descriptor[]; query?: string }) {
  const styles = useListStyles();
  return (
    <ul className={styles.list}>
      {props.descriptors.map((d) => (
        <DescriptorRow key={d.id} descriptor={d} query={props.query} />
      ))}
    </ul>
  );
}
