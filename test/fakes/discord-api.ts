/**
 * A fake Discord for tests: REST (`/api/v10/...`) and a JSON WebSocket gateway on 127.0.0.1, driven by
 * the real discord.js client (`rest.api` -> `fake.apiBase`; the gateway URL comes from `/gateway/bot`).
 *
 * It enforces what production would: Discord's message and embed limits (400 Invalid Form Body),
 * the 3-second interaction deadline and single acknowledgement, command-name rules on registration,
 * and on demand answers 429 (with the rate-limit headers discord.js reads) or 403/404 with Discord's
 * JSON error codes. Every request is recorded. The gateway speaks `encoding=json` without
 * compression (discord.js only asks for zlib-stream when `zlib-sync` is installed; it is not).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

// === Types

export type Json = Record<string, any>;

export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, e.g. `/channels/1/messages`. */
  path: string;
  query: URLSearchParams;
  body: any;
  status: number;
  authorized: boolean;
  at: number;
}

export interface FakeChannel {
  id: string;
  name: string;
  type: number;
  guildId?: string;
  /**
   * `deleted` -> 404 10003, `no-access` -> 403 50001, `no-permission` -> 403 50013, `dms-closed` -> 403
   * 50007 (a DM channel whose user no longer accepts messages from the bot).
   */
  state: 'ok' | 'deleted' | 'no-access' | 'no-permission' | 'dms-closed';
  /** Permission overwrites (`{ id, type: 0 role | 1 member, allow, deny }`), as REST and GUILD_CREATE show them. */
  overwrites?: Json[];
  /** A thread's parent channel. */
  parentId?: string;
}

/** A role of the fake guild, in the shape Discord returns. */
export interface FakeRole extends Json {
  id: string;
  name: string;
  permissions: string;
}

export interface FakeMessage extends Json {
  id: string;
  channel_id: string;
  content: string;
  embeds: Json[];
  components: Json[];
  flags: number;
  mention_everyone: boolean;
  /** What the client sent as allowed_mentions (undefined when it sent none). */
  allowed_mentions?: { parse?: string[] };
}

export interface FakeInteraction {
  id: string;
  token: string;
  type: number;
  payload: Json;
  dispatchedAt: number;
  /** Interaction callback bodies received, in order. */
  callbacks: Json[];
  /** The response message (reply, deferred placeholder, or the component's message). */
  original?: FakeMessage;
  originalDeleted: boolean;
  followUps: FakeMessage[];
  /** Autocomplete choices sent back. */
  choices?: Json[];
}

interface Failure {
  method?: string;
  path: RegExp;
  /** Matching requests still let through before the failures start. */
  skip: number;
  status: number;
  body: Json;
  headers: Record<string, string>;
  times: number;
}

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  /** Milliseconds between heartbeats the gateway asks for (HELLO). */
  heartbeatIntervalMs?: number;
  /** Interaction acknowledgement deadline (Discord: 3000 ms). */
  interactionDeadlineMs?: number;
}

// === Discord's rules

/** Documented limits the fake enforces. */
export const limits = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  total: 6000,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceLength: 100,
} as const;

const validLocales = new Set([
  'id', 'da', 'de', 'en-GB', 'en-US', 'es-ES', 'es-419', 'fr', 'hr', 'it', 'lt', 'hu', 'nl', 'no', 'pl', 'pt-BR', 'ro', 'fi',
  'sv-SE', 'vi', 'tr', 'cs', 'el', 'bg', 'ru', 'uk', 'hi', 'th', 'zh-CN', 'ja', 'zh-TW', 'ko',
]);
const commandName = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
/** Discord counts characters as code points. */
const len = (s: unknown): number => (typeof s === 'string' ? [...s].length : 0);

let counter = 0n;
/** A fresh snowflake. */
export function snowflake(): string {
  counter = (counter + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - 1420070400000n) << 22n) | counter).toString();
}

class FormError {
  readonly errors: Record<string, string>;
  constructor(errors: Record<string, string>) {
    this.errors = errors;
  }
}

/** Discord's message validation: a map of field path -> error, empty when the message is valid. */
export function checkMessage(body: Json, partial = false): Record<string, string> {
  const errors: Record<string, string> = {};
  const content = body.content ?? '';
  if (len(content) > limits.content) errors.content = `Must be ${limits.content} or fewer in length.`;
  const embeds: Json[] = body.embeds ?? [];
  if (embeds.length > limits.embeds) errors.embeds = `Must be ${limits.embeds} or fewer in length.`;
  let total = 0;
  embeds.forEach((e, i) => {
    const at = `embeds.${i}`;
    if (len(e.title) > limits.title) errors[`${at}.title`] = `Must be ${limits.title} or fewer in length.`;
    if (len(e.description) > limits.description) errors[`${at}.description`] = `Must be ${limits.description} or fewer in length.`;
    if (e.url !== undefined && !/^https?:\/\/\S+$/.test(e.url)) errors[`${at}.url`] = 'Not a well formed URL.';
    if (len(e.footer?.text) > limits.footer) errors[`${at}.footer.text`] = `Must be ${limits.footer} or fewer in length.`;
    if (len(e.author?.name) > limits.author) errors[`${at}.author.name`] = `Must be ${limits.author} or fewer in length.`;
    const fields: Json[] = e.fields ?? [];
    if (fields.length > limits.fields) errors[`${at}.fields`] = `Must be ${limits.fields} or fewer in length.`;
    fields.forEach((f, j) => {
      if (len(f.name) < 1 || len(f.name) > limits.fieldName) errors[`${at}.fields.${j}.name`] = `Must be between 1 and ${limits.fieldName} in length.`;
      if (len(f.value) < 1 || len(f.value) > limits.fieldValue) errors[`${at}.fields.${j}.value`] = `Must be between 1 and ${limits.fieldValue} in length.`;
      total += len(f.name) + len(f.value);
    });
    total += len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name);
  });
  if (total > limits.total) errors.embeds = `Embed size exceeds maximum size of ${limits.total}`;
  const rows: Json[] = body.components ?? [];
  if (rows.length > 5) errors.components = 'Must be 5 or fewer in length.';
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    if (row.type !== 1) errors[`components.${i}.type`] = 'Value must be one of {1}.';
    const children: Json[] = row.components ?? [];
    if (children.length < 1 || children.length > 5) errors[`components.${i}.components`] = 'Must be between 1 and 5 in length.';
    children.forEach((c, j) => {
      const at = `components.${i}.components.${j}`;
      if (len(c.label) > limits.buttonLabel) errors[`${at}.label`] = `Must be ${limits.buttonLabel} or fewer in length.`;
      if (c.style === 5) return;
      if (len(c.custom_id) < 1 || len(c.custom_id) > limits.customId) errors[`${at}.custom_id`] = `Must be between 1 and ${limits.customId} in length.`;
      if (ids.has(c.custom_id)) errors[`${at}.custom_id`] = 'Component custom id cannot be duplicated';
      ids.add(c.custom_id);
    });
  });
  if (!partial && !content && embeds.length === 0 && rows.length === 0) errors._message = 'Cannot send an empty message';
  return errors;
}

/** Whether a message would ping @everyone/@here: only content mentions, and only if allowed. */
export function pingsEveryone(body: Json): boolean {
  const content: string = body.content ?? '';
  if (!/@(everyone|here)/.test(content)) return false;
  const parse: string[] | undefined = body.allowed_mentions?.parse;
  return body.allowed_mentions === undefined || (parse ?? []).includes('everyone');
}

function checkCommands(list: Json[]): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!Array.isArray(list)) return { _: 'Expected an array' };
  if (list.length > 100) errors._ = 'Must be 100 or fewer in length.';
  const checkName = (at: string, name: unknown, locs: Json | undefined) => {
    if (typeof name !== 'string' || !commandName.test(name) || name !== name.toLowerCase()) errors[`${at}.name`] = 'Command name is invalid';
    for (const [loc, v] of Object.entries(locs ?? {})) {
      if (!validLocales.has(loc)) errors[`${at}.name_localizations.${loc}`] = 'Invalid locale';
      else if (typeof v !== 'string' || !commandName.test(v) || v !== v.toLowerCase()) errors[`${at}.name_localizations.${loc}`] = 'Command name is invalid';
    }
  };
  const checkDescription = (at: string, d: unknown, locs: Json | undefined) => {
    if (len(d) < 1 || len(d) > 100) errors[`${at}.description`] = 'Must be between 1 and 100 in length.';
    for (const [loc, v] of Object.entries(locs ?? {})) {
      if (!validLocales.has(loc)) errors[`${at}.description_localizations.${loc}`] = 'Invalid locale';
      else if (len(v) < 1 || len(v) > 100) errors[`${at}.description_localizations.${loc}`] = 'Must be between 1 and 100 in length.';
    }
  };
  const names = new Set<string>();
  list.forEach((c, i) => {
    const at = `${i}`;
    checkName(at, c.name, c.name_localizations);
    checkDescription(at, c.description, c.description_localizations);
    if (names.has(c.name)) errors[`${at}.name`] = 'Application command names must be unique';
    names.add(c.name);
    checkOptions(at, c.options ?? []);
  });
  /** One level of options; a subcommand (type 1) or group (type 2) holds the next level. */
  function checkOptions(at: string, options: Json[]): void {
    if (options.length > 25) errors[`${at}.options`] = 'Must be 25 or fewer in length.';
    const subcommands = options.filter((o) => o.type === 1 || o.type === 2).length;
    if (subcommands && subcommands !== options.length) errors[`${at}.options`] = 'Sub-commands cannot be mixed with other option types';
    const seen = new Set<string>();
    let optionalSeen = false;
    options.forEach((o, j) => {
      const oat = `${at}.options.${j}`;
      checkName(oat, o.name, o.name_localizations);
      checkDescription(oat, o.description, o.description_localizations);
      if (seen.has(o.name)) errors[`${oat}.name`] = 'Option names must be unique';
      seen.add(o.name);
      if (o.type === 1 || o.type === 2) {
        checkOptions(oat, o.options ?? []);
        return;
      }
      if (o.required && optionalSeen) errors[`${oat}.required`] = 'Required options must be placed before non-required options';
      if (!o.required) optionalSeen = true;
      if (o.autocomplete && o.choices?.length) errors[`${oat}.autocomplete`] = 'Autocomplete cannot be set with choices';
      if ((o.choices?.length ?? 0) > 25) errors[`${oat}.choices`] = 'Must be 25 or fewer in length.';
    });
  }
  return errors;
}

/** A subcommand and its options, as an interaction carries them (type 1). */
export function subcommand(name: string, options: Json[] = []): Json {
  return { type: 1, name, options };
}

// === The fake

const everyPermission = ((1n << 50n) - 1n).toString();

export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: Json;
  readonly guildId = snowflake();
  readonly requests: RecordedRequest[] = [];
  readonly channels = new Map<string, FakeChannel>();
  readonly messages = new Map<string, FakeMessage[]>();
  readonly interactions = new Map<string, FakeInteraction>();
  /** Registered commands: key `global` or a guild id. */
  readonly commands = new Map<string, Json[]>();
  /** IDENTIFY payloads received (tokens included: tests compare, never print). */
  readonly identifies: Json[] = [];
  heartbeats = 0;
  /** The default text channel of the fake guild. */
  readonly generalChannelId: string;
  /** The guild's owner (a user other than the bot). */
  readonly ownerId = '222222222222222222';
  /**
   * The guild's roles: `@everyone` (id = the guild's; View Channel only) and the bot's managed role,
   * which has what the invite link asks for. Change `permissions` to take some away.
   */
  readonly roles: FakeRole[];
  /** The bot member's role ids (by default its managed role). */
  botRoles: string[];

  private server!: Server;
  private wss!: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private readonly failures: Failure[] = [];
  private seq = 0;
  /** While set, IDENTIFY is answered only once this resolves (see {@link FakeDiscord.holdReady}). */
  private readyGate: Promise<void> | null = null;
  private readonly heartbeatIntervalMs: number;
  private readonly deadlineMs: number;
  private port = 0;

  private constructor(options: FakeDiscordOptions) {
    this.token = options.token ?? `fake.${randomBytes(12).toString('base64url')}`;
    this.applicationId = options.applicationId ?? snowflake();
    this.botUser = { id: this.applicationId, username: 'Paperboy', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0 };
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.deadlineMs = options.interactionDeadlineMs ?? 3000;
    this.generalChannelId = this.addChannel({ name: 'general' }).id;
    const role = (id: string, name: string, permissions: string, position: number, managed: boolean): FakeRole => ({
      id, name, color: 0, colors: { primary_color: 0, secondary_color: null, tertiary_color: null }, hoist: false, position, permissions, managed, mentionable: false, flags: 0,
    });
    // View Channel, Send Messages, Embed Links, Read Message History, Send Messages in Threads.
    const botRole = role(snowflake(), 'Paperboy', String(1024n | 2048n | 16384n | 65536n | 274877906944n), 1, true);
    this.roles = [role(this.guildId, '@everyone', '1024', 0, false), botRole];
    this.botRoles = [botRole.id];
  }

  /** Starts the fake on 127.0.0.1 (random port). */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await fake.listen();
    return fake;
  }

  /** `rest.api` for discord.js (it appends `/v10`). */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  private async listen(): Promise<void> {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws, req));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /**
   * Holds READY back (a slow login, a gateway that takes its time): IDENTIFY is answered only after
   * the returned function is called.
   */
  holdReady(): () => void {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    this.readyGate = gate;
    return () => {
      if (this.readyGate === gate) this.readyGate = null;
      release();
    };
  }

  /** Stops everything: gateway sockets, HTTP keep-alive connections, the listener. */
  async close(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // === Test controls

  /** Adds a text channel (or, with `type` 11 and `parentId`, a thread) to the fake guild. */
  addChannel(init: { name: string; type?: number; overwrites?: Json[]; parentId?: string }): FakeChannel {
    const ch: FakeChannel = {
      id: snowflake(), name: init.name, type: init.type ?? 0, guildId: this.guildId, state: 'ok',
      ...(init.overwrites ? { overwrites: init.overwrites } : {}), ...(init.parentId ? { parentId: init.parentId } : {}),
    };
    this.channels.set(ch.id, ch);
    return ch;
  }

  /** The bot's role (the first of {@link botRoles}). */
  get botRole(): FakeRole {
    return this.roles.find((r) => r.id === this.botRoles[0])!;
  }

  /**
   * Denies `permissions` to the bot's role in one channel (an overwrite, as "Edit Channel ->
   * Permissions" makes): e.g. `fake.denyInChannel(id, 16384n)` takes Embed Links away there.
   */
  denyInChannel(channelId: string, permissions: bigint): void {
    const ch = this.channels.get(channelId);
    if (!ch) throw new Error(`FakeDiscord: no channel ${channelId}`);
    ch.overwrites = [...(ch.overwrites ?? []), { id: this.botRole.id, type: 0, allow: '0', deny: String(permissions) }];
  }

  /**
   * The next `times` requests matching answer with `status` and a Discord error body (after letting
   * `match.skip` matching requests through, e.g. to fail the second part of a digest).
   */
  failNext(match: { method?: string; path: RegExp; skip?: number }, status: number, body: Json, times = 1, headers: Record<string, string> = {}): void {
    this.failures.push({ ...match, skip: match.skip ?? 0, status, body, headers, times });
  }

  /** The next `times` matching requests get 429 with `retry_after` seconds and the headers discord.js reads. */
  rateLimitNext(match: { method?: string; path: RegExp }, retryAfterSeconds: number, times = 1): void {
    this.failNext(match, 429, { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false }, times, {
      'retry-after': String(retryAfterSeconds),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': String(retryAfterSeconds),
      'x-ratelimit-bucket': 'fake-bucket',
      'x-ratelimit-scope': 'user',
    });
  }

  /** Requests whose method and path match. */
  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** Resolves when `predicate` holds (polled), rejects after `timeoutMs`. */
  async waitFor<T>(predicate: () => T | undefined | null | false, timeoutMs = 5000, what = 'condition'): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const v = predicate();
      if (v) return v;
      if (Date.now() > end) throw new Error(`FakeDiscord: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  // === Interactions

  private baseInteraction(type: number, opts: InteractionOptions): Json {
    const user = opts.user ?? { id: '111111111111111111', username: 'reader', discriminator: '0', global_name: 'Reader', avatar: null };
    const dm = opts.dm === true;
    const channelId = opts.channelId ?? this.generalChannelId;
    // A DM interaction means the DM channel exists: the bot can post there (scheduled personal digests).
    if (dm && !this.channels.has(channelId)) this.channels.set(channelId, { id: channelId, name: `dm-${user.id}`, type: 1, state: 'ok' });
    const channel = this.channels.get(channelId);
    const base: Json = {
      id: snowflake(),
      application_id: this.applicationId,
      type,
      token: `itok_${randomBytes(24).toString('base64url')}`,
      version: 1,
      locale: opts.locale ?? 'en-US',
      app_permissions: everyPermission,
      entitlements: [],
      attachment_size_limit: 10_485_760,
    };
    if (dm) {
      Object.assign(base, {
        channel_id: channelId,
        channel: { id: channelId, type: 1, last_message_id: null, recipients: [user], flags: 0 },
        user,
        context: 1,
        authorizing_integration_owners: { '0': this.guildId },
      });
    } else {
      Object.assign(base, {
        guild_id: this.guildId,
        guild_locale: opts.guildLocale ?? 'en-US',
        guild: { id: this.guildId, locale: opts.guildLocale ?? 'en-US', features: [] },
        channel_id: channelId,
        channel: { id: channelId, type: channel?.type ?? 0, name: channel?.name ?? 'general', guild_id: this.guildId, position: 0, permission_overwrites: [], flags: 0, nsfw: false, parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0 },
        member: {
          user,
          roles: [],
          joined_at: '2024-01-01T00:00:00.000000+00:00',
          premium_since: null,
          nick: null,
          avatar: null,
          deaf: false,
          mute: false,
          pending: false,
          flags: 0,
          permissions: String(opts.permissions ?? 0n),
        },
        context: 0,
        authorizing_integration_owners: { '0': this.guildId },
      });
    }
    return base;
  }

  private commandData(name: string, options: Json[] = [], opts: InteractionOptions = {}): Json {
    const registered = [...this.commands.values()].flat().find((c) => c.name === name);
    const data: Json = { id: registered?.id ?? snowflake(), name, type: 1, options };
    const flat = (list: Json[]): Json[] => list.flatMap((o) => (o.type === 1 || o.type === 2 ? flat(o.options ?? []) : [o]));
    const channels = flat(options).filter((o) => o.type === 7);
    if (channels.length) {
      data.resolved = {
        channels: Object.fromEntries(
          channels.map((o) => {
            const ch = this.channels.get(o.value);
            // Like Discord: the invoking member's permissions in *that* channel, overwrites included.
            const permissions = String(opts.channelPermissions?.[o.value] ?? opts.permissions ?? 0n);
            return [o.value, { id: o.value, name: ch?.name ?? 'channel', type: ch?.type ?? 0, permissions, flags: 0 }];
          }),
        ),
      };
    }
    return data;
  }

  private dispatchInteraction(payload: Json): FakeInteraction {
    const record: FakeInteraction = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      payload,
      dispatchedAt: Date.now(),
      callbacks: [],
      originalDeleted: false,
      followUps: [],
      ...(payload.message ? { original: payload.message } : {}),
    };
    this.interactions.set(record.token, record);
    this.dispatch('INTERACTION_CREATE', payload);
    return record;
  }

  /**
   * Dispatches a slash command (`options`: `[{ name, type, value }]`; type 3 string, 4 integer, 5
   * boolean, 7 channel; a subcommand is `subcommand(name, options)`).
   */
  chatInput(name: string, options: Json[] = [], opts: InteractionOptions = {}): FakeInteraction {
    return this.dispatchInteraction({ ...this.baseInteraction(2, opts), data: this.commandData(name, options, opts) });
  }

  /** Dispatches an autocomplete request; the option with `focused: true` is being typed. */
  autocomplete(name: string, options: Json[], opts: InteractionOptions = {}): FakeInteraction {
    return this.dispatchInteraction({ ...this.baseInteraction(4, opts), data: this.commandData(name, options, opts) });
  }

  /** Dispatches a button click on `message` (a message the bot sent). */
  button(customId: string, message: FakeMessage, opts: InteractionOptions = {}): FakeInteraction {
    const payload = { ...this.baseInteraction(3, { ...opts, channelId: message.channel_id }), data: { custom_id: customId, component_type: 2 }, message };
    return this.dispatchInteraction(payload);
  }

  /** The interaction's visible answer: the original (after a reply or edit) plus follow-ups. */
  answered(i: FakeInteraction): FakeMessage[] | undefined {
    const original = i.original && !i.originalDeleted && !i.original.pending ? [i.original] : [];
    const all = [...original, ...i.followUps];
    return all.length ? all : undefined;
  }

  // === Gateway

  private send(ws: WebSocket, payload: Json): void {
    ws.send(JSON.stringify(payload));
  }

  /** Sends a dispatch event to every identified gateway connection. */
  dispatch(t: string, d: Json): void {
    for (const ws of this.sockets) {
      if ((ws as any).identified) this.send(ws, { op: 0, t, s: ++this.seq, d });
    }
  }

  private onSocket(ws: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.searchParams.get('encoding') !== 'json' || url.searchParams.has('compress')) {
      ws.close(4002, 'fake supports encoding=json without compression only');
      return;
    }
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    this.send(ws, { op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null });
    ws.on('message', (raw) => {
      let msg: Json;
      try {
        msg = JSON.parse(raw.toString());
      } catch {
        ws.close(4002, 'Error while decoding payload.');
        return;
      }
      if (msg.op === 1) {
        this.heartbeats += 1;
        this.send(ws, { op: 11, d: null, s: null, t: null });
      } else if (msg.op === 2) {
        if (this.readyGate) {
          void this.readyGate.then(() => ws.emit('message', raw));
          return;
        }
        this.identifies.push(msg.d);
        if (msg.d?.token !== this.token) {
          ws.close(4004, 'Authentication failed.');
          return;
        }
        (ws as any).identified = true;
        this.send(ws, {
          op: 0,
          t: 'READY',
          s: ++this.seq,
          d: {
            v: 10,
            user: this.botUser,
            guilds: [{ id: this.guildId, unavailable: true }],
            session_id: randomBytes(16).toString('hex'),
            resume_gateway_url: this.gatewayUrl,
            shard: [0, 1],
            application: { id: this.applicationId, flags: 0 },
            user_settings: {},
            relationships: [],
            private_channels: [],
            presences: [],
            geo_ordered_rtc_regions: [],
            guild_join_requests: [],
          },
        });
        this.send(ws, { op: 0, t: 'GUILD_CREATE', s: ++this.seq, d: this.guildPayload() });
      } else if (msg.op === 6) {
        (ws as any).identified = msg.d?.token === this.token;
        if (!(ws as any).identified) {
          ws.close(4004, 'Authentication failed.');
          return;
        }
        this.send(ws, { op: 0, t: 'RESUMED', s: ++this.seq, d: {} });
      }
    });
  }

  private guildPayload(): Json {
    const channels = [...this.channels.values()]
      .filter((c) => c.guildId === this.guildId && c.state !== 'deleted')
      .map((c, position) => ({ id: c.id, type: c.type, name: c.name, position, permission_overwrites: c.overwrites ?? [], parent_id: c.parentId ?? null, nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0, flags: 0 }));
    return {
      id: this.guildId,
      name: 'Reading Club',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: this.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: structuredClone(this.roles),
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      joined_at: '2024-01-01T00:00:00.000000+00:00',
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [],
      channels,
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // === REST

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: any = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const method = req.method ?? 'GET';
    // discord.js percent-encodes path segments (`@original` arrives as `%40original`).
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const authorized = req.headers.authorization === `Bot ${this.token}`;
    const record: RecordedRequest = { method, path, query: url.searchParams, body, status: 0, authorized, at: Date.now() };
    this.requests.push(record);
    const reply = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
      res.end(json === undefined ? undefined : JSON.stringify(json));
    };
    if (!url.pathname.startsWith('/api/v10/')) return reply(404, { message: '404: Not Found', code: 0 });

    let failure = this.failures.find((f) => f.times > 0 && (!f.method || f.method === method) && f.path.test(path));
    if (failure && failure.skip > 0) {
      failure.skip -= 1;
      failure = undefined;
    }
    if (failure) {
      failure.times -= 1;
      return reply(failure.status, failure.body, failure.headers);
    }
    try {
      const out = this.route(method, path, url.searchParams, body, authorized);
      return reply(out.status, out.body);
    } catch (err) {
      if (err instanceof FormError) {
        return reply(400, { code: 50035, message: 'Invalid Form Body', errors: Object.fromEntries(Object.entries(err.errors).map(([k, v]) => [k, { _errors: [{ code: 'INVALID', message: v }] }])) });
      }
      return reply(500, { message: `fake error: ${(err as Error).message}`, code: 0 });
    }
  }

  private route(method: string, path: string, query: URLSearchParams, body: any, authorized: boolean): { status: number; body?: unknown } {
    const notFound = (code: number, message: string) => ({ status: 404, body: { code, message } });
    // Interaction callbacks and interaction webhooks authenticate with the interaction token instead.
    let m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (m && method === 'POST') return this.callback(m[1]!, m[2]!, body, query);
    m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(path);
    if (m) return this.webhook(method, m[1]!, m[2]!, m[3], body);

    if (!authorized) return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    if (method === 'GET' && path === '/gateway/bot') {
      return {
        status: 200,
        body: { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } },
      };
    }
    if (method === 'GET' && path === '/gateway') return { status: 200, body: { url: this.gatewayUrl } };
    if (method === 'GET' && path === '/users/@me') return { status: 200, body: this.botUser };
    if (method === 'GET' && path === '/applications/@me') return { status: 200, body: { id: this.applicationId, name: 'Paperboy', flags: 0, bot_public: true } };

    m = /^\/applications\/(\d+)\/(?:guilds\/(\d+)\/)?commands$/.exec(path);
    if (m) {
      if (m[1] !== this.applicationId) return notFound(10002, 'Unknown Application');
      if (m[2] && m[2] !== this.guildId) return { status: 403, body: { code: 50001, message: 'Missing Access' } };
      const key = m[2] ?? 'global';
      if (method === 'GET') return { status: 200, body: this.listCommands(key, query.get('with_localizations') === 'true') };
      if (method === 'PUT') {
        const errors = checkCommands(body);
        if (Object.keys(errors).length) throw new FormError(errors);
        const previous = this.commands.get(key) ?? [];
        const stored = (body as Json[]).map((c) => this.storeCommand(c, m![2], previous.find((p) => p.name === c.name)?.id));
        this.commands.set(key, stored);
        return { status: 200, body: this.listCommands(key, true) };
      }
    }

    m = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (m && method === 'POST') {
      const ch = this.channels.get(m[1]!);
      if (!ch || ch.state === 'deleted') return notFound(10003, 'Unknown Channel');
      if (ch.state === 'no-access') return { status: 403, body: { code: 50001, message: 'Missing Access' } };
      if (ch.state === 'no-permission') return { status: 403, body: { code: 50013, message: 'Missing Permissions' } };
      if (ch.state === 'dms-closed') return { status: 403, body: { code: 50007, message: 'Cannot send messages to this user' } };
      const msg = this.createMessage(ch.id, body, false);
      return { status: 200, body: msg };
    }
    m = /^\/channels\/(\d+)$/.exec(path);
    if (m && method === 'GET') {
      const ch = this.channels.get(m[1]!);
      if (!ch || ch.state === 'deleted') return notFound(10003, 'Unknown Channel');
      return { status: 200, body: { id: ch.id, type: ch.type, name: ch.name, guild_id: ch.guildId, position: 0, permission_overwrites: ch.overwrites ?? [], parent_id: ch.parentId ?? null, flags: 0 } };
    }
    m = /^\/guilds\/(\d+)(\/roles|\/members\/(\d+))?$/.exec(path);
    if (m && method === 'GET') {
      if (m[1] !== this.guildId) return notFound(10004, 'Unknown Guild');
      if (m[2] === '/roles') return { status: 200, body: structuredClone(this.roles) };
      if (m[3]) {
        if (m[3] !== this.applicationId) return notFound(10007, 'Unknown Member');
        return { status: 200, body: { user: this.botUser, roles: [...this.botRoles], joined_at: '2024-01-01T00:00:00.000000+00:00', deaf: false, mute: false, flags: 0 } };
      }
      const { channels: _channels, members: _members, ...guild } = this.guildPayload();
      return { status: 200, body: guild };
    }
    return notFound(0, '404: Not Found');
  }

  private storeCommand(c: Json, guildId: string | undefined, id?: string): Json {
    // Discord echoes commands with its own fields added and `required: false` left out.
    const options = (c.options ?? []).map((o: Json) => {
      const { required, ...rest } = o;
      return required ? { ...rest, required } : rest;
    });
    return {
      id: id ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      type: c.type ?? 1,
      name: c.name,
      name_localizations: c.name_localizations ?? null,
      description: c.description,
      description_localizations: c.description_localizations ?? null,
      default_member_permissions: c.default_member_permissions ?? null,
      dm_permission: true,
      nsfw: c.nsfw ?? false,
      contexts: c.contexts ?? null,
      integration_types: c.integration_types ?? [0],
      ...(guildId ? { guild_id: guildId } : {}),
      ...(options.length ? { options } : {}),
    };
  }

  private listCommands(key: string, withLocalizations: boolean): Json[] {
    const list = this.commands.get(key) ?? [];
    if (withLocalizations) return structuredClone(list);
    const strip = (x: Json): Json => {
      const { name_localizations: _n, description_localizations: _d, ...rest } = x;
      return { ...rest, ...(rest.options ? { options: rest.options.map(strip) } : {}) };
    };
    return list.map(strip);
  }

  private createMessage(channelId: string, body: Json, partial: boolean, extra: Json = {}): FakeMessage {
    const errors = checkMessage(body ?? {}, partial);
    if (Object.keys(errors).length) throw new FormError(errors);
    const msg: FakeMessage = {
      id: snowflake(),
      channel_id: channelId,
      author: this.botUser,
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: pingsEveryone(body),
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      type: 0,
      flags: body.flags ?? 0,
      ...(body.allowed_mentions === undefined ? {} : { allowed_mentions: body.allowed_mentions }),
      ...extra,
    };
    const list = this.messages.get(channelId) ?? [];
    if (!(msg.flags & 64)) list.push(msg);
    this.messages.set(channelId, list);
    return msg;
  }

  private editMessage(msg: FakeMessage, body: Json): FakeMessage {
    const errors = checkMessage(body ?? {}, true);
    if (Object.keys(errors).length) throw new FormError(errors);
    for (const k of ['content', 'embeds', 'components'] as const) if (body[k] !== undefined) (msg as Json)[k] = body[k];
    if (body.allowed_mentions !== undefined) msg.allowed_mentions = body.allowed_mentions;
    msg.mention_everyone = pingsEveryone({ content: msg.content, allowed_mentions: msg.allowed_mentions });
    msg.edited_timestamp = new Date().toISOString();
    delete msg.pending;
    return msg;
  }

  private callback(id: string, token: string, body: Json, query: URLSearchParams): { status: number; body?: unknown } {
    const i = this.interactions.get(token);
    if (!i || i.id !== id || Date.now() - i.dispatchedAt > this.deadlineMs) return { status: 404, body: { code: 10062, message: 'Unknown interaction' } };
    if (i.callbacks.length) return { status: 400, body: { code: 40060, message: 'Interaction has already been acknowledged.' } };
    const channelId = i.payload.channel_id as string;
    switch (body?.type) {
      case 4: // CHANNEL_MESSAGE_WITH_SOURCE
        i.original = this.createMessage(channelId, body.data ?? {}, false, { type: 20, interaction_metadata: this.metadataOf(i) });
        break;
      case 5: // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
        i.original = { ...this.createMessage(channelId, { content: '' }, true, { type: 20, flags: body.data?.flags ?? 0, interaction_metadata: this.metadataOf(i) }), pending: true };
        break;
      case 6: // DEFERRED_UPDATE_MESSAGE
        if (i.type !== 3) throw new FormError({ type: 'Only valid for component interactions' });
        break;
      case 7: // UPDATE_MESSAGE
        if (i.type !== 3 || !i.original) throw new FormError({ type: 'Only valid for component interactions' });
        this.editMessage(i.original, body.data ?? {});
        break;
      case 8: {
        // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
        const choices: Json[] = body.data?.choices ?? [];
        const errors: Record<string, string> = {};
        if (choices.length > limits.choices) errors['data.choices'] = `Must be ${limits.choices} or fewer in length.`;
        choices.forEach((c, k) => {
          if (len(c.name) < 1 || len(c.name) > limits.choiceLength) errors[`data.choices.${k}.name`] = 'Must be between 1 and 100 in length.';
          if (typeof c.value === 'string' && len(c.value) > limits.choiceLength) errors[`data.choices.${k}.value`] = 'Must be 100 or fewer in length.';
          // Half of a surrogate pair is not a character Discord can store.
          for (const key of ['name', 'value'] as const) {
            if (typeof c[key] === 'string' && /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(c[key])) errors[`data.choices.${k}.${key}`] = 'Invalid string.';
          }
        });
        if (Object.keys(errors).length) throw new FormError(errors);
        i.choices = choices;
        break;
      }
      default:
        throw new FormError({ type: `Unsupported callback type ${body?.type}` });
    }
    i.callbacks.push(body);
    if (query.get('with_response') === 'true') {
      return { status: 200, body: { interaction: { id: i.id, type: i.type }, resource: i.original ? { type: body.type, message: i.original } : undefined } };
    }
    return { status: 204 };
  }

  private metadataOf(i: FakeInteraction): Json {
    return { id: i.id, type: i.type, user: i.payload.user ?? i.payload.member.user, authorizing_integration_owners: i.payload.authorizing_integration_owners ?? {} };
  }

  private webhook(method: string, appId: string, token: string, messageId: string | undefined, body: Json): { status: number; body?: unknown } {
    const i = this.interactions.get(token);
    if (appId !== this.applicationId || !i || Date.now() - i.dispatchedAt > 15 * 60_000) return { status: 404, body: { code: 10015, message: 'Unknown Webhook' } };
    if (!i.callbacks.length) return { status: 404, body: { code: 10008, message: 'Unknown Message' } };
    const channelId = i.payload.channel_id as string;
    if (!messageId && method === 'POST') {
      const msg = this.createMessage(channelId, body, false, { type: 20, webhook_id: this.applicationId });
      i.followUps.push(msg);
      return { status: 200, body: msg };
    }
    const target = messageId === '@original' ? i.original : i.followUps.find((f) => f.id === messageId);
    if (!target || (messageId === '@original' && i.originalDeleted)) return { status: 404, body: { code: 10008, message: 'Unknown Message' } };
    if (method === 'PATCH') return { status: 200, body: this.editMessage(target, body) };
    if (method === 'GET') return { status: 200, body: target };
    if (method === 'DELETE') {
      if (messageId === '@original') i.originalDeleted = true;
      return { status: 204 };
    }
    return { status: 405, body: { code: 0, message: '405: Method Not Allowed' } };
  }
}

export interface InteractionOptions {
  /** Member permissions bitfield (Manage Channels is 16n); default none. */
  permissions?: bigint;
  /**
   * The member's permissions in channels named by channel options (resolved data), by channel id, when
   * permission overwrites make them differ from `permissions` in the channel the command was typed in.
   */
  channelPermissions?: Record<string, bigint>;
  /** A DM with the bot instead of the guild. */
  dm?: boolean;
  channelId?: string;
  locale?: string;
  /** The server's language (`guild_locale`); Discord's default, for a server that never chose one, is `en-US`. */
  guildLocale?: string;
  user?: Json;
}
