/** `/like card:` — 👍 on a card of the last digest or result page (see `vote.ts`). */
import { voteCommand } from './vote.ts';

export default voteCommand('like');
