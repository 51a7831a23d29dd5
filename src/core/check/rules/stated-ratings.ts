/**
 * The rule for overall ratings the document states ("Overall rating: …"): one of the three official labels, or
 * `non-standard-rating` (`acceptedRatingVariant`: {value}, {label}; `nonStandardRating`: {value}, {labels}, followed
 * by `ratingSuggestion`: {suggestion} when the wording suggests one).
 */
import { ratingLabel } from '../../query/stages';
import { excerptOf, type Finding } from '../findings';
import { suggestRating } from '../ratings';
import { finding, listNames, say, type RuleContext } from './context';

export function statedRatingsRule(ctx: RuleContext): Finding[] {
  const { framework, doc, messages } = ctx;
  const findings: Finding[] = [];
  for (const s of ctx.stated) {
    if (s.official) continue;
    const place = { paragraph: s.paragraph, block: null };
    const excerpt = excerptOf(doc.paragraphs[s.paragraph]?.text ?? s.value);
    if (s.rating !== null) {
      const message = say(messages.acceptedRatingVariant, { value: s.value, label: ratingLabel(framework, s.rating) });
      findings.push(finding('non-standard-rating', 'info', message, place, { excerpt }));
      continue;
    }
    const labels = framework.careerExpectations.ratings.map((r) => `“${r.label}”`);
    const suggestion = suggestRating(s.value);
    const message = [
      say(messages.nonStandardRating, { value: s.value, labels: listNames(framework, labels) }),
      ...(suggestion ? [say(messages.ratingSuggestion, { suggestion: ratingLabel(framework, suggestion) })] : []),
    ].join(' ');
    findings.push(finding('non-standard-rating', 'warning', message, place, { excerpt }));
  }
  return findings;
}
