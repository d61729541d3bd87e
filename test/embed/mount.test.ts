// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountAll, observe, type PlaygroundHost } from '../../src/embed/mount';
import { defineElement } from '../../src/embed/element';
import { embedSnippet } from '../../src/embed/snippet';
import { CLASS } from '../../src/views/dom';

const tick = () => new Promise((r) => setTimeout(r, 0));
afterEach(() => {
  for (const el of document.querySelectorAll<PlaygroundHost>('[data-nn-playground], nn-playground')) el.playground?.destroy();
  document.body.replaceChildren();
});

describe('mountAll', () => {
  it('mounts every [data-nn-playground] element once, with its config and options', () => {
    document.body.innerHTML = '<div id="a" data-nn-playground="dataset=xor&networkShape=3&seed=s" data-parts="-data"></div><div id="b" data-nn-playground=""></div>';
    const mounted = mountAll(document);
    expect(mounted).toHaveLength(2);
    const a = document.getElementById('a') as PlaygroundHost;
    expect(a.playground!.config.dataset).toBe('xor');
    expect(a.shadowRoot!.querySelector(`.${CLASS.data}`)!.classList.contains(CLASS.hidden)).toBe(true);
    expect(mountAll(document)).toHaveLength(0); // already mounted
  });

  it('a broken element shows a readable error box and does not stop the others', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    document.body.innerHTML = '<div id="bad" data-nn-playground="activation=softmax"></div><div id="good" data-nn-playground="seed=g"></div>';
    const mounted = mountAll(document);
    expect(mounted).toHaveLength(1);
    const bad = document.getElementById('bad')!;
    const box = bad.shadowRoot!.querySelector(`.${CLASS.error}`)!;
    expect(box.textContent).toMatch(/activation/);
    expect(box.getAttribute('role')).toBe('alert');
    expect(spy).toHaveBeenCalled();
    expect((document.getElementById('good') as PlaygroundHost).playground!.config.seed).toBe('g');
    // Fixing the attribute and mounting again replaces the error box with the widget.
    bad.setAttribute('data-nn-playground', 'activation=relu');
    expect(mountAll(document)).toHaveLength(1);
    expect(bad.shadowRoot!.querySelector(`.${CLASS.error}`)).toBeNull();
    spy.mockRestore();
  });

  it('error text from attributes is inserted as text, never as HTML', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    document.body.innerHTML = '<div id="x"></div>';
    const x = document.getElementById('x')!;
    x.setAttribute('data-nn-playground', 'seed=<img src=x onerror=alert(1)>');
    mountAll(document);
    expect(x.shadowRoot!.querySelector('img')).toBeNull();
    expect(x.shadowRoot!.textContent).toContain('<img');
    spy.mockRestore();
  });

  it('observe() mounts elements added later and destroys removed ones', async () => {
    const stop = observe(document.body);
    const el = document.createElement('div') as PlaygroundHost;
    el.setAttribute('data-nn-playground', 'seed=o');
    document.body.append(el);
    await tick();
    expect(el.playground).toBeTruthy();
    const pg = el.playground!;
    const destroy = vi.spyOn(pg, 'destroy');
    el.remove();
    await tick();
    await tick();
    expect(destroy).toHaveBeenCalled();
    expect(el.shadowRoot!.childNodes.length).toBe(0);
    stop();
  });
});

describe('<nn-playground>', () => {
  it('is defined by defineElement(), mounts from attributes and exposes el.playground', async () => {
    defineElement();
    defineElement(); // a second call is harmless
    const el = document.createElement('nn-playground') as HTMLElement & { playground: import('../../src/playground/create').Playground | null };
    el.setAttribute('config', 'dataset=gauss&seed=e');
    document.body.append(el);
    expect(el.playground!.config.dataset).toBe('gauss');
    const steps: number[] = [];
    el.addEventListener('nnp:step', (e) => steps.push((e as CustomEvent).detail.epoch));
    el.playground!.step(2);
    expect(steps).toEqual([1, 2]);
    el.setAttribute('config', 'dataset=xor');
    expect(el.playground!.config.dataset).toBe('xor');
    expect(el.playground!.config.seed).not.toBe('');
    el.remove();
    await tick();
    expect(el.playground).toBeNull();
  });

  it('rejects a tag that is not a custom element name', () => {
    expect(() => defineElement('playground')).toThrow(/tag/);
  });
});

describe('embedSnippet', () => {
  it('returns an iframe whose hash is the config in the original format', () => {
    const html = embedSnippet({ dataset: 'xor', seed: 'a' }, { src: 'https://example.org/embed.html', height: 500, parts: 'heatmap playButton' });
    expect(html).toMatch(/^<iframe src="https:\/\/example.org\/embed.html\?parts=heatmap%20playButton#activation=tanh&amp;batchSize=10&amp;dataset=xor/);
    expect(html).toContain('height:500px');
    expect(html).toContain('title="Neural network playground"');
  });

  it('escapes attribute values and rejects javascript: sources and bad configs', () => {
    expect(embedSnippet({}, { title: '"><script>alert(1)</script>' })).not.toContain('<script>');
    expect(() => embedSnippet({}, { src: 'javascript:alert(1)' })).toThrow(/options.src/);
    expect(() => embedSnippet({ batchSize: 0 })).toThrow(/batchSize/);
    expect(() => embedSnippet({}, { width: '100%;background:red' })).toThrow(/options.width/);
  });
});
