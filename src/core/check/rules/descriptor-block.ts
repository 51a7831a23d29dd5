/**
 * The rule for a descriptor block (`tsd:`): the descriptor exists and belongs to the review's stage (cited.ts), and
 * the block still reads as the edition words it (`edited-descriptor`: `deletedDescriptor` or `editedDescriptor`, with
 * {id}, and a word diff).
 */
import { descriptorReference } from '../../compose/reference';
import type { Descriptor, Framework } from '../../framework/framework';
import { wordDiff } from '../../text/diff';
import { excerptOf, type Finding } from '../findings';
import { exactKey } from '../matcher';
import { at, finding, say, type RuleContext, type TaggedInfo } from './context';
import { citedDescriptor, stageMatch } from './cited';

/** A reference-like suffix in brackets that names standards, expectations or a framework. */
export const REFERENCE_LIKE = /\s*\((?:[^()]*\b(?:standards?|expectations|framework)\b[^()]*)\)\s*$/i;

/** Per framework and descriptor, its reference suffix and its text as compared (made once: every descriptor block needs them). */
const referenceKeys = new WeakMap<Framework, Map<Descriptor, { reference: string; text: string }>>();

function keysOf(framework: Framework, d: Descriptor): { reference: string; text: string } {
  let keys = referenceKeys.get(framework);
  if (!keys) referenceKeys.set(framework, (keys = new Map()));
  let key = keys.get(d);
  if (key === undefined) keys.set(d, (key = { reference: exactKey(descriptorReference(framework, d)), text: exactKey(d.text) }));
  return key;
}

/** A descriptor block's text without its reference suffix ("(Teachers' Standard 2.1, MPR)"). */
export function withoutReference(framework: Framework, d: Descriptor, text: string): string {
  const trimmed = text.trim();
  const { reference } = keysOf(framework, d);
  const folded = exactKey(trimmed);
  if (folded.endsWith(reference)) {
    // Cut the same number of words from the original text as the reference has.
    const words = trimmed.split(/\s+/);
    return words.slice(0, words.length - reference.split(' ').length).join(' ');
  }
  return trimmed.replace(REFERENCE_LIKE, '');
}

export function descriptorBlockRule(ctx: RuleContext, b: TaggedInfo, id: string): Finding[] {
  const { descriptor: d, findings } = citedDescriptor(ctx, b, id, 'descriptorBlock');
  if (!d) return findings;
  const found = withoutReference(ctx.framework, d, b.text);
  if (exactKey(found) !== keysOf(ctx.framework, d).text) {
    const message = say(found === '' ? ctx.messages.deletedDescriptor : ctx.messages.editedDescriptor, { id: d.id });
    findings.push(finding('edited-descriptor', 'warning', message, at(b), { id: d.id, excerpt: excerptOf(found), diff: wordDiff(d.text, found) }));
  }
  return [...findings, ...stageMatch(ctx, b, d, 'descriptor')];
}
