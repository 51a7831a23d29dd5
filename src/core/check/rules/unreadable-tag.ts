/** The rule for a tag of this add-in that cannot be read (`unreadableTag`: {tag}, {reason} from `tagProblems`). */
import type { TagKind } from '../../tags';
import { excerptOf, type Finding } from '../findings';
import { at, finding, say, type RuleContext, type TaggedInfo } from './context';

export function unreadableTagRule(ctx: RuleContext, b: TaggedInfo, of: TagKind, problem: 'empty' | 'shape'): Finding[] {
  const reason = ctx.messages.tagProblems[problem === 'empty' ? 'empty' : of];
  return [finding('unknown-descriptor', 'error', say(ctx.messages.unreadableTag, { tag: b.tag, reason }), at(b), { excerpt: excerptOf(b.text) })];
}
