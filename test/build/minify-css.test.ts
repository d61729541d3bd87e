import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, no types
import { minifyCssTemplate, minifyCssText } from '../../scripts/minify-css.mjs';

describe('the build step that minifies the stylesheet', () => {
  it('drops comments and spare white space', () => {
    expect(minifyCssTemplate('/* why */\n.a {\n  color: red;\n  margin: 0 4px;\n}\n')).toBe('.a{color:red;margin:0 4px}');
  });

  it('keeps a descendant space before a pseudo-class', () => {
    expect(minifyCssText('.root :focus-visible { outline: 2px solid; }')).toBe('.root :focus-visible{outline:2px solid}');
  });

  it('tightens selector lists and child combinators', () => {
    expect(minifyCssText('.a > .b, .c :has(> .d) { gap: 1px }')).toBe('.a>.b,.c :has(>.d){gap:1px}');
  });

  it('leaves ${} expressions alone and keeps the descendant space between two of them', () => {
    const body = '\n.${CLASS.root} .${CLASS.main} { flex: 1 1 0; }\n.${CLASS.a}.${CLASS.b} { width: ${(100 * PAD) / BOX}%; }\n';
    expect(minifyCssTemplate(body)).toBe('.${CLASS.root} .${CLASS.main}{flex:1 1 0}.${CLASS.a}.${CLASS.b}{width:${(100 * PAD) / BOX}%}');
  });

  it('keeps quoted font names and calc() spaces', () => {
    expect(minifyCssText('.a { font-family: "Segoe UI", Roboto; width: calc(100% - 8px); }')).toBe('.a{font-family:"Segoe UI",Roboto;width:calc(100% - 8px)}');
  });
});
