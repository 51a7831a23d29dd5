/**
 * The statement of an objective or an area for development: what the teacher will do this year, built from
 * Teachers' Standards descriptors of one stage, possibly from several sub-standards.
 *
 * - The stage's preamble is not quoted. Its sentences speak of the guidance's own columns ("Confidently fulfil the
 *   statements for ECT 1 and 2. Additionally, …"), which mean nothing in a teacher's review. Where the wording file
 *   gives the stage a qualifier that says how ("With support", from the ECT 1 preamble), it opens the statement.
 * - Descriptor wording is kept; only punctuation and the first letter change to join descriptors into sentences
 *   ("A, B and C", or "A; B; and C" when they have commas of their own).
 * - No sentence runs over the wording file's `maxSentenceWords`: descriptors are grouped into sentences in source
 *   order, a new sentence starting where the next descriptor would take it over the limit. A descriptor too long
 *   to stand in a sentence of its own is split where the wording file's `sentenceForms` says.
 * - A bracketed remark in a descriptor ("(It is recognised that …)") follows the sentences, as a sentence of its own.
 */
import type { Descriptor } from '../framework/framework';
import type { Framework } from '../framework/framework';
import type { StageCode } from '../framework/types';
import { endSentence, joinList, lowerInitial, splitSentences, stripTrailingPunctuation, tidyOfficialText, upperInitial } from './english';
import { wordCount } from './names';
import { wordingOf } from './wording';

interface Item {
  text: string;
  /** A part of a split descriptor: it makes a sentence on its own. */
  alone: boolean;
}

function startsWithWords(text: string, words: string): boolean {
  return words !== '' && text.toLowerCase().startsWith(`${words.toLowerCase()} `);
}

/** The qualifier the wording file gives this stage ("With support"), or "". */
export function stageQualifier(framework: Framework, stage: StageCode): string {
  const qualifiers = wordingOf(framework).statement.qualifiers as Readonly<Record<string, string | undefined>>;
  return qualifiers[stage] ?? '';
}

/** The statement's sentences, from descriptors given in source order. */
export function statementSentences(framework: Framework, stage: StageCode, descriptors: readonly Descriptor[]): string[] {
  const w = wordingOf(framework);
  const rules = w.english;
  const max = w.statement.maxSentenceWords;
  const forms = w.statement.sentenceForms as Readonly<Record<string, readonly string[] | undefined>>;
  const qualifier = stageQualifier(framework, stage);

  const items: Item[] = [];
  const tails: string[] = [];
  for (const d of descriptors) {
    const form = forms[d.id];
    if (form) {
      for (const part of form) items.push({ text: stripTrailingPunctuation(tidyOfficialText(part, rules), rules), alone: true });
      continue;
    }
    let text = tidyOfficialText(d.text, rules);
    // A descriptor that repeats the qualifier as a lead-in ("With support; plan, teach …") leaves it to the statement.
    if (qualifier !== '' && text.toLowerCase().startsWith(qualifier.toLowerCase()) && /^\s*[,;:]/.test(text.slice(qualifier.length))) {
      text = text.slice(qualifier.length).replace(/^\s*[,;:]\s*/, '');
    }
    for (const sentence of splitSentences(text, rules)) {
      if (sentence.startsWith('(')) tails.push(endSentence(sentence, rules));
      else items.push({ text: stripTrailingPunctuation(sentence, rules), alone: false });
    }
  }
  if (items.length === 0) return tails;

  const sentences: string[] = [];
  const render = (group: readonly Item[], first: boolean): string => {
    const [head, ...rest] = group.map((i) => i.text);
    const continuing = rest.map((t) => lowerInitial(t, rules));
    // The first sentence takes the qualifier, unless its first descriptor opens with a fuller form of it ("With support from the SENDCO, …").
    if (first && qualifier !== '' && !startsWithWords(head ?? '', qualifier)) {
      return endSentence(`${qualifier}, ${joinList([lowerInitial(head ?? '', rules), ...continuing], rules)}`, rules);
    }
    return endSentence(upperInitial(joinList([head ?? '', ...continuing], rules)), rules);
  };
  let group: Item[] = [];
  for (const item of items) {
    if (group.length > 0) {
      const tooLong = wordCount(render([...group, item], sentences.length === 0)) > max;
      if (item.alone || group.some((g) => g.alone) || tooLong) {
        sentences.push(render(group, sentences.length === 0));
        group = [];
      }
    }
    group.push(item);
  }
  sentences.push(render(group, sentences.length === 0));
  return [...sentences, ...tails];
}

/** The statement as one paragraph of text. */
export function statementText(framework: Framework, stage: StageCode, descriptors: readonly Descriptor[]): string {
  return statementSentences(framework, stage, descriptors).join(' ');
}
