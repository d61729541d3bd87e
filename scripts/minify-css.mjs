// Build step: the stylesheet is written readably in template literals
// (`export const css = `...`` in the parts, `const base` in styles.ts);
// the bundles get it without comments and spare white space. Only the
// static text between `${...}` is touched, and a space that may be a
// descendant combinator next to an expression is kept.

const CSS_LITERAL = /((?:export const css|const base) = `)([^`]*)(`;)/g;

/** Minifies one static piece of CSS text. */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

/** Minifies a literal's body, leaving `${...}` expressions as they are. */
export function minifyCssTemplate(body) {
  const parts = body.split(/(\$\{[^}]*\})/);
  const out = parts.map((part, i) => (i % 2 === 1 ? part : minifyCssText(part))).join('');
  return out.trim();
}

export function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!/\/src\/views\/.*\.ts$/.test(id) || !code.includes('= `')) return null;
      const next = code.replace(CSS_LITERAL, (_, open, body, close) => open + minifyCssTemplate(body) + close);
      return next === code ? null : { code: next, map: null };
    },
  };
}
