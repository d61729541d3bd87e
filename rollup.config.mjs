// Two bundles from one source: an ESM build with no side effects, and a
// minified IIFE for <script> tags that auto-mounts. Declarations come from
// the TypeScript plugin on the ESM pass only.
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { minifyCss } from './scripts/minify-css.mjs';

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/nn-playground.mjs', format: 'es', sourcemap: true },
    plugins: [minifyCss(), typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist', outDir: 'dist' })],
  },
  {
    input: 'src/iife.ts',
    output: { file: 'dist/nn-playground.min.js', format: 'iife', name: 'NNPlayground', sourcemap: true, exports: 'named' },
    plugins: [minifyCss(), typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist' }), terser({ format: { comments: false } })],
  },
];
