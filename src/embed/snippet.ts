/**
 * The iframe HTML for a CMS "embed code" box: the embed page with the config
 * in its hash. Every value is escaped for an HTML attribute.
 */
import { ConfigError, type PlaygroundConfig } from '../config/schema.js';
import { parseConfig, serializeConfig } from '../config/url.js';

export interface EmbedSnippetOptions {
  /** Address of embed.html. @defaultValue the copy published with the package on unpkg */
  src?: string;
  /** CSS width of the frame. @defaultValue '100%' */
  width?: string | number;
  /** CSS height of the frame in px. @defaultValue 720 */
  height?: string | number;
  /** Accessible title of the frame. @defaultValue 'Neural network playground' */
  title?: string;
  /** Parts list for the embed page ("heatmap playButton", or "-controls"). */
  parts?: string;
  /** Theme of the embedded widget. */
  theme?: 'light' | 'dark' | 'auto';
}

export const DEFAULT_EMBED_SRC = 'https://unpkg.com/nn-playground/demos/embed.html';

const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

function escapeAttribute(text: string): string {
  return text.replace(/[&"<>]/g, (c) => ENTITIES[c]);
}

function size(field: string, value: string | number): string {
  const text = typeof value === 'number' ? `${value}px` : value.trim();
  if (!/^\d+(\.\d+)?(px|%|em|rem|vh|vw)?$/.test(text)) throw new ConfigError(field, value, 'a number of pixels or a CSS length such as "100%" or "640px"');
  return /\d$/.test(text) ? `${text}px` : text;
}

/** Returns `<iframe ...></iframe>` showing the playground with `config`. */
export function embedSnippet(config: Partial<PlaygroundConfig> | string = {}, options: EmbedSnippetOptions = {}): string {
  // Validated and written in the original's format, so the frame reads it back exactly.
  const hash = serializeConfig(typeof config === 'string' ? parseConfig(config) : config);
  const src = options.src ?? DEFAULT_EMBED_SRC;
  if (!/^(https?:\/\/|\/|\.{0,2}\/)?[^\s"'<>]*$/i.test(src) || /^\s*javascript:/i.test(src)) {
    throw new ConfigError('options.src', src, 'an http(s) or relative address of embed.html');
  }
  const extra: string[] = [];
  if (options.parts) extra.push(`parts=${encodeURIComponent(options.parts)}`);
  if (options.theme) extra.push(`theme=${options.theme}`);
  const query = extra.length ? `${src.includes('?') ? '&' : '?'}${extra.join('&')}` : ''; // src may carry its own query
  const width = size('options.width', options.width ?? '100%');
  const height = size('options.height', options.height ?? 720);
  const title = options.title ?? 'Neural network playground';
  // width/height attributes too: a host page whose CSP blocks style attributes still sizes the frame
  // (they take pixels without a unit, or a percentage).
  const attr = (name: string, css: string) => {
    const v = /px$/.test(css) ? css.slice(0, -2) : /%$/.test(css) ? css : '';
    return v ? `${name}="${escapeAttribute(v)}" ` : '';
  };
  const sizeAttrs = attr('width', width) + attr('height', height);
  return (
    `<iframe src="${escapeAttribute(`${src}${query}#${hash}`)}" title="${escapeAttribute(title)}" ${sizeAttrs}frameborder="0" ` +
    `style="border:0;width:${escapeAttribute(width)};height:${escapeAttribute(height)};max-width:100%" loading="lazy"></iframe>`
  );
}
