/**
 * Idempotent slash-command registration: fetch what Discord has (with localisations), compare it with
 * what we would upload, and `PUT` only when something differs. Restarts therefore do not touch
 * Discord's command list (nor its per-day command creation limit).
 * @module
 */
import { Routes, type REST, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

export interface RegisterOptions {
  rest: REST;
  applicationId: string;
  /** Register to this guild only (development); global otherwise. */
  guildId?: string;
  commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[];
}

export type RegisterResult = { action: 'unchanged' | 'updated'; count: number; scope: 'global' | 'guild' };

type Loose = Record<string, unknown>;

const orEmptyObject = (v: unknown): unknown => (v && typeof v === 'object' && Object.keys(v).length ? v : {});
const sortKeys = (v: unknown): unknown =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Loose).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sortKeys(x)]))
    : Array.isArray(v)
      ? v.map(sortKeys)
      : v;

/** An option in the form Discord echoes back, with defaults filled in so equal options compare equal. */
function normalizeOption(o: Loose): Loose {
  return {
    type: o.type,
    name: o.name,
    name_localizations: orEmptyObject(o.name_localizations),
    description: o.description,
    description_localizations: orEmptyObject(o.description_localizations),
    required: o.required ?? false,
    autocomplete: o.autocomplete ?? false,
    choices: ((o.choices as Loose[] | undefined) ?? []).map((c) => ({ name: c.name, value: c.value, name_localizations: orEmptyObject(c.name_localizations) })),
    channel_types: [...((o.channel_types as number[] | undefined) ?? [])].sort(),
    min_value: o.min_value ?? null,
    max_value: o.max_value ?? null,
    min_length: o.min_length ?? null,
    max_length: o.max_length ?? null,
    options: ((o.options as Loose[] | undefined) ?? []).map(normalizeOption),
  };
}

/** A command reduced to the fields we set, defaults filled in, keys sorted. */
export function normalizeCommand(c: Loose): unknown {
  const perms = c.default_member_permissions;
  return sortKeys({
    type: c.type ?? 1,
    name: c.name,
    name_localizations: orEmptyObject(c.name_localizations),
    description: c.description,
    description_localizations: orEmptyObject(c.description_localizations),
    default_member_permissions: perms === undefined || perms === null ? null : String(perms),
    contexts: c.contexts ? [...(c.contexts as number[])].sort() : null,
    integration_types: c.integration_types ? [...(c.integration_types as number[])].sort() : [0],
    nsfw: c.nsfw ?? false,
    options: ((c.options as Loose[] | undefined) ?? []).map(normalizeOption),
  });
}

/** Whether Discord's current list equals the one we would upload (order-insensitive). */
export function sameCommands(existing: readonly Loose[], wanted: readonly Loose[]): boolean {
  if (existing.length !== wanted.length) return false;
  const key = (list: readonly Loose[]) =>
    JSON.stringify([...list].sort((a, b) => String(a.name).localeCompare(String(b.name))).map(normalizeCommand));
  return key(existing) === key(wanted);
}

/**
 * Registers the commands globally or to one guild, uploading only when they changed.
 *
 * ```ts
 * await registerCommands({ rest: client.rest, applicationId: client.application.id, commands: commandPayload() });
 * ```
 */
export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const scope = options.guildId ? 'guild' : 'global';
  // Without with_localizations Discord returns only the caller's localised strings, not the maps.
  const existing = (await options.rest.get(route, { query: new URLSearchParams({ with_localizations: 'true' }) })) as Loose[];
  const wanted = options.commands as unknown as Loose[];
  if (sameCommands(existing, wanted)) return { action: 'unchanged', count: existing.length, scope };
  await options.rest.put(route, { body: options.commands });
  return { action: 'updated', count: options.commands.length, scope };
}
