/**
 * The original's URL hash format: `name=value` pairs joined by `&`, regular
 * parameters in table order, then the `_hide` flags. Reading follows the
 * original's rules, with validation on top and a few repairs for links that
 * went through HTML or a browser's address bar.
 */
import {
  ConfigError,
  DEFAULT_CONFIG,
  PARAMS,
  checkParam,
  isHideKey,
  paramSpec,
  validateConfig,
  type ParamSpec,
  type PlaygroundConfig,
} from './schema.js';

export interface ConfigUrlReading {
  /** `base` with every valid value of the link applied. */
  config: PlaygroundConfig;
  /** Names the link carries that this version does not know, first-seen order. */
  unknown: string[];
  /** One error per rejected value; those parameters keep their `base` value. */
  errors: ConfigError[];
}

/** What a link carries instead of points that would make it too long. */
export const DATA_OMITTED = 'omitted';
/** Longest link that keeps your own points (browsers and chat apps cut longer ones). */
export const MAX_LINK_LENGTH = 2000;

/** The pairs part of a hash, a query, a bare pair list or a full URL. */
function pairsText(text: string): string {
  let s = text.trim();
  const hash = s.indexOf('#');
  const query = s.indexOf('?');
  const eq = s.indexOf('=');
  if (hash >= 0) s = s.slice(hash + 1);
  // A `?` after the first `=` is part of a value (a seed may hold one), not a query.
  else if (query >= 0 && !(eq >= 0 && eq < query)) s = s.slice(query + 1);
  // HTML turns `&reg` into `®` (`...circle®Dataset=`); a copied address bar
  // may percent-encode that again. `&amp;` is HTML source pasted as is.
  return s.replace(/&amp;/g, '&').replace(/\u00ae|%C2%AE/gi, '&reg');
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // a broken escape stays as typed, and validation judges it
  }
}

/** Name -> value (undefined for a bare name); the last duplicate wins. */
function readPairs(text: string): Map<string, string | undefined> {
  const pairs = new Map<string, string | undefined>();
  for (const pair of pairsText(text).split('&')) {
    const parts = pair.split('=');
    const name = decode(parts[0]).trim();
    if (name !== '') pairs.set(name, parts.length > 1 ? decode(parts[1]).trim() : undefined);
  }
  return pairs;
}

/** Number() that does not turn a blank into 0. */
function toNumber(s: string): number {
  return s.trim() === '' ? NaN : Number(s);
}

/** Converts the text of a present value to its kind; NaN where it is not a number. */
function fromText(p: ParamSpec, raw: string): unknown {
  switch (p.kind) {
    case 'number': return toNumber(raw);
    case 'bool': return raw !== 'false'; // the original's rule: anything else is true
    case 'list': return raw === '' ? [] : raw.split(',').map(toNumber);
    default: return raw;
  }
}

function readParam(p: ParamSpec, raw: string, patch: Record<string, unknown>, errors: ConfigError[]): void {
  const value = fromText(p, raw);
  const unreadable = typeof value === 'number' ? isNaN(value) : Array.isArray(value) && value.some((v) => isNaN(v));
  try {
    // An unreadable number is reported with the text the link carried.
    if (unreadable) throw new ConfigError(p.key, raw, p.allowed);
    patch[p.key] = checkParam(p, value);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    errors.push(e);
  }
}

/**
 * Reads a link leniently: a bad value is reported in `errors` and keeps its
 * `base` value; unknown names (e.g. `disableViews` from newer versions of
 * the site) are listed in `unknown`. Never throws.
 */
export function readConfigUrl(text: string, base: Readonly<PlaygroundConfig> = DEFAULT_CONFIG): ConfigUrlReading {
  const patch: Record<string, unknown> = Object.create(null);
  const unknown: string[] = [];
  const errors: ConfigError[] = [];
  for (const [name, raw] of readPairs(text)) {
    const p = paramSpec(name);
    // A link too long for its points says so; it reads as "use the dataset".
    if (name === 'data' && raw === DATA_OMITTED) continue;
    if (p?.kind === 'list') readParam(p, raw ?? '', patch, errors); // `networkShape` alone means no hidden layer
    else if (p) {
      if (raw !== undefined && raw !== '') readParam(p, raw, patch, errors); // an empty value is absent
    } else if (isHideKey(name)) patch[name] = raw === 'true';
    else unknown.push(name);
  }
  return { config: validateConfig(patch, base), unknown, errors };
}

/**
 * Reads `#a=b&...`, `?a=b&...`, `a=b&...` or a full URL into a new config
 * based on `base`. Unknown names are ignored; the first bad value throws
 * ConfigError (use readConfigUrl to read past bad values).
 */
export function parseConfig(hashOrQuery: string, base: Readonly<PlaygroundConfig> = DEFAULT_CONFIG): PlaygroundConfig {
  const { config, errors } = readConfigUrl(hashOrQuery, base);
  if (errors.length > 0) throw errors[0];
  return config;
}

/**
 * Writes a config as the original does (without the leading `#`): missing
 * keys come from DEFAULT_CONFIG, every parameter in table order, `String()`
 * values, lists joined by `,`; regularization 'none' and an absent tutorial
 * are left out; then the `_hide` flags present, in the object's key order.
 * Throws ConfigError for a bad config.
 */
export function serializeConfig(config: Partial<PlaygroundConfig>): string {
  const full = validateConfig(config) as unknown as Record<string, unknown>;
  const parts: string[] = [];
  for (const p of PARAMS) {
    const v = full[p.key];
    if (v === undefined || (p.key === 'regularization' && v === 'none') || (p.extension && v === p.default)) continue;
    parts.push(`${p.key}=${v}`); // a list prints joined by ','
  }
  for (const key of Object.keys(full)) if (isHideKey(key)) parts.push(`${key}=${full[key]}`);
  return parts.join('&');
}

/**
 * serializeConfig for sharing: when your own points would make the link
 * longer than `maxLength`, they are left out and the link says
 * `data=omitted` (it then reads as the dataset).
 */
export function serializeLink(config: Partial<PlaygroundConfig>, maxLength = MAX_LINK_LENGTH): string {
  const full = serializeConfig(config);
  if (full.length <= maxLength || !config.data) return full;
  return `${serializeConfig({ ...config, data: '' })}&data=${DATA_OMITTED}`;
}
