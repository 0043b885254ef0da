/**
 * State a chat's pick keeps across ticks: its votes as term-vector handles. A chat is picked once a
 * day, with the votes it had the day before or one more; looking each voted paper's vector up again
 * (a map lookup by paper id per vote, 50 per chat) was a sixth of the next day's tick at 100k chats
 * (`bench/recommend.ts`, profiled). Now the handles are kept per chat and reused while they are
 * what the lookups would return:
 * - the votes are the same (ids and nets in the same order: a 64-bit fingerprint of them, read
 *   each pick; a changed, added or removed vote makes the model again);
 * - the handles are the same: the same feature space, or a later one of its lineage (the index only
 *   gained papers: `FeatureSpace.lineage`) when every voted paper had a vector and the cache has not
 *   dropped one of them (`dropped`), in the same arena epoch.
 * Otherwise the model is made again, as before. Either way the ranking reads the same handles in the
 * same order, so the picks are the same (tested against a ranking without kept state over days of
 * votes, deliveries and index changes).
 *
 * Memory is bounded: at most {@link setChatStateCap} chats (default 200,000), the oldest made
 * first out; about 950 bytes a chat with 50 votes (`bench/recommend.ts`: `statesMB`, `bytesPerChat`; 91 MB
 * for 100k chats).
 *
 * ```ts
 * const model = voteModel(chatState('telegram:42'), votes, space);
 * model.voted; // handle * 2 + (liked ? 1 : 0), in the votes' order
 * ```
 * @module
 */
import { arena, dropped, noVector, type FeatureSpace } from './features.ts';

/** A chat's aggregate votes: paper id -> net votes. */
type Votes = ReadonlyMap<string, number>;

/** A chat's votes as vector handles, and what they were made from. */
export interface VoteModel {
  /** Handle × 2 + 1 if liked, of each vote with a vector and a net other than 0, in the votes' order. */
  voted: number[];
  /** Liked among `voted`. */
  liked: number;
  /** Fingerprint of the votes (two 32-bit hashes of ids and nets, in order) and their number. */
  print1: number;
  print2: number;
  size: number;
  /** The space the handles were looked up in (`FeatureSpace.serial`), its lineage and the arena epoch. */
  serial: number;
  lineage: number;
  epoch: number;
  /** `dropped.replaced` when made; the lowest handle in `voted`. */
  replaced: number;
  lowest: number;
  /** A vote's paper had no vector (unknown to the index, or no shared terms): trusted in its own space only. */
  partial: boolean;
}

const empty = (): VoteModel => ({ voted: [], liked: 0, print1: 0, print2: 0, size: -1, serial: 0, lineage: 0, epoch: -1, replaced: 0, lowest: 0, partial: false });

/** Chats kept at most (default 200,000: the 100k bench's chats and room). */
let maxChats = 200_000;
/** Chat key -> its model, oldest made first. */
const states = new Map<string, VoteModel>();

/** Changes the cap on chats kept (tests; a deployment with little memory). Returns the previous cap. */
export function setChatStateCap(chats: number): number {
  const before = maxChats;
  maxChats = Math.max(0, Math.floor(chats));
  while (states.size > maxChats) states.delete(states.keys().next().value!);
  return before;
}

/** Forgets every chat's state (the bench measures its memory by what this frees). */
export function dropChatStates(): void {
  states.clear();
}

/** Chats kept, and how models were had so far: kept in the same space, carried to a later space of its lineage, made. */
export const chatStateStats = () => ({ chats: states.size, ...counted });
const counted = { same: 0, lineage: 0, made: 0 };

/** The state kept for `chat` (a chat key), made empty when there is none (the oldest dropped past the cap); undefined when the cap is 0. */
export function chatState(chat: string): VoteModel | undefined {
  let s = states.get(chat);
  if (s) return s;
  if (maxChats === 0) return undefined;
  if (states.size >= maxChats) states.delete(states.keys().next().value!);
  states.set(chat, (s = empty()));
  return s;
}

/** A model for a pick without a chat (made every time, never kept). */
const scratch = empty();

/**
 * The chat's votes as handles in `space`: `state` as it is when still valid (see the module
 * comment), else made again into it (into a scratch model without a state).
 */
export function voteModel(state: VoteModel | undefined, votes: Votes, space: FeatureSpace): VoteModel {
  if (!state) return make(scratch, votes, space);
  fingerprint(votes);
  if (print.exact && state.size === votes.size && state.print1 === print.a && state.print2 === print.b && state.epoch === arena.epoch) {
    if (state.serial === space.serial) {
      counted.same++;
      return state;
    }
    if (!state.partial && state.lineage === space.lineage && state.replaced === dropped.replaced && state.lowest >= dropped.evictedBelow) {
      counted.lineage++;
      state.serial = space.serial;
      return state;
    }
  }
  counted.made++;
  make(state, votes, space);
  state.print1 = print.a;
  state.print2 = print.b;
  if (!print.exact) state.size = -1; // matches no votes: made again next time
  return state;
}

function make(m: VoteModel, votes: Votes, space: FeatureSpace): VoteModel {
  building.model = m;
  building.space = space;
  m.voted.length = 0;
  m.liked = 0;
  m.partial = false;
  m.lowest = Infinity;
  votes.forEach(addVote);
  building.space = undefined;
  m.size = votes.size;
  m.serial = space.serial;
  m.lineage = space.lineage;
  m.epoch = arena.epoch;
  m.replaced = dropped.replaced;
  return m;
}

/** The model being made by {@link addVote} (a `forEach` callback: no closure per chat). */
const building: { model: VoteModel; space: FeatureSpace | undefined } = { model: scratch, space: undefined };

function addVote(net: number, id: string): void {
  if (net === 0) return;
  const m = building.model;
  const h = building.space!.handle(id);
  if (h === noVector) {
    m.partial = true;
    return;
  }
  m.voted.push(h * 2 + (net > 0 ? 1 : 0));
  if (net > 0) m.liked++;
  if (h < m.lowest) m.lowest = h;
}

/** The fingerprint being computed by {@link printVote}. */
const print = { a: 0, b: 0, exact: true };

/** Two independent 32-bit hashes (FNV-1a and a multiply-xorshift) of every vote's id and net, in order. */
function fingerprint(votes: Votes): void {
  print.a = 0x811c9dc5;
  print.b = 0x9747b28c;
  print.exact = true;
  votes.forEach(printVote);
}

function printVote(net: number, id: string): void {
  let a = print.a;
  let b = print.b;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  // The net and a separator. Nets are whole numbers of votes; any other (not hashed exactly) makes
  // the fingerprint match nothing, so the model is made again.
  if (!Number.isInteger(net) || Math.abs(net) >= 2 ** 31) print.exact = false;
  const n = net | 0;
  a = Math.imul(a ^ n ^ 0x2f, 0x01000193);
  b = Math.imul(b ^ (n + 0x7f), 0x5bd1e995);
  b ^= b >>> 13;
  print.a = a;
  print.b = b;
}
