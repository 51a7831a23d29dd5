/**
 * The rule for descriptor text outside tagged blocks (`pasted-descriptor`): a sentence or paragraph that is a
 * descriptor word for word (`pastedExact`, info) or closely resembles one (`pastedSimilar`, with {percent}); both
 * name the descriptor, {id}.
 */
import type { Descriptor } from '../../framework/framework';
import { stageIncludes } from '../../query/stages';
import { excerptOf, type Finding } from '../findings';
import { descriptorIndex, type DescriptorMatch } from '../matcher';
import { splitSentences } from '../../text/sentences';
import { finding, say, type RuleContext } from './context';
import { REFERENCE_LIKE } from './descriptor-block';

export function pastedRule(ctx: RuleContext): Finding[] {
  const { framework, doc, stage, messages } = ctx;
  const findings: Finding[] = [];
  const project = new Set(ctx.tagged.map((b) => b.index));
  const index = descriptorIndex(framework);
  // Among descriptors with the same text, name the document's own stage first, then a stage it builds on.
  const rank = (d: Descriptor) => {
    if (stage === null) return 0;
    if (d.stage !== null) return d.stage === stage.stage ? 0 : stage.stage !== null && stageIncludes(framework, stage.stage, d.stage) ? 1 : 2;
    return d.role === stage.role ? 0 : 2;
  };
  const options = { thresholds: ctx.thresholds, rank };
  const inline = new Map<number, string[]>();
  doc.blocks.forEach((b, i) => {
    if (b.level === 'inline' && project.has(i)) inline.set(b.paragraphs.start, [...(inline.get(b.paragraphs.start) ?? []), b.text]);
  });
  doc.paragraphs.forEach((p, pi) => {
    if (p.blocks.some((bi) => project.has(bi))) return;
    let text = p.text;
    for (const t of inline.get(pi) ?? []) text = text.replace(t, ' ');
    text = text.replace(/^\s*(?:[•·▪◦‣\-–*]|\d+[.)]|[a-z][.)])\s+/, '');
    // REFERENCE_LIKE ends in a bracket and white space; looking for it only then saves trying it at every place.
    if (text.trimEnd().endsWith(')')) text = text.replace(REFERENCE_LIKE, '');
    // Sentences are split at white space and line breaks only: their words are the paragraph's, read once for both.
    const sentences = splitSentences(text);
    const segments = sentences.length > 1 ? [text, ...sentences] : [text];
    const matches = sentences.length > 1 ? index.matchWithParts(text, sentences, options) : [index.match(text, options)];
    // Per descriptor text, keep the best match: an identical sentence beats a near-match of the whole paragraph.
    const best = new Map<string, { m: DescriptorMatch; segment: string }>();
    for (const [k, segment] of segments.entries()) {
      const m = matches[k];
      if (!m) continue;
      const earlier = best.get(m.descriptor.text);
      if (!earlier || (m.identical && !earlier.m.identical) || (m.identical === earlier.m.identical && m.similarity > earlier.m.similarity)) {
        best.set(m.descriptor.text, { m, segment });
      }
    }
    for (const { m, segment } of best.values()) {
      const id = m.descriptor.id;
      const message = m.identical ? say(messages.pastedExact, { id }) : say(messages.pastedSimilar, { id, percent: Math.round(m.similarity * 100) });
      findings.push(
        finding('pasted-descriptor', m.identical ? 'info' : 'warning', message, { paragraph: pi, block: null }, {
          id,
          excerpt: excerptOf(segment),
          diff: m.diff,
          similarity: Math.round(m.similarity * 1000) / 1000,
        }),
      );
    }
  });
  return findings;
}
