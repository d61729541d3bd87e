/**
 * The <nn-playground> custom element: attributes configure it, attribute
 * changes update it live, removal destroys it, `el.playground` is the API,
 * and the widget's nnp:* events come from the element itself.
 */
import { ConfigError, type PlaygroundConfig } from '../config/schema.js';
import { parseConfig } from '../config/url.js';
import { createPlayground, type Playground } from '../playground/create.js';
import { OPTION_ATTRIBUTES, optionsFromAttributes } from './attributes.js';
import { logError, showError } from './error-box.js';

/** Defines the element under `tag` (default "nn-playground"); a second call for the same tag does nothing. */
export function defineElement(tag = 'nn-playground'): void {
  if (typeof tag !== 'string' || !/^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(tag)) {
    throw new ConfigError('tag', tag, 'a custom element name: lowercase, starting with a letter, with a hyphen, e.g. "nn-playground"');
  }
  const registry = typeof customElements === 'undefined' ? undefined : customElements;
  if (!registry || registry.get(tag)) return;
  registry.define(tag, createElementClass());
}

function createElementClass(): CustomElementConstructor {
  return class NNPlaygroundElement extends HTMLElement {
    static get observedAttributes(): string[] {
      return ['config', ...OPTION_ATTRIBUTES];
    }

    private widget: Playground | null = null;

    /** The playground API of this element (null while it is not connected or after an error). */
    get playground(): Playground | null {
      return this.widget;
    }

    connectedCallback(): void {
      if (!this.widget) this.start();
    }

    disconnectedCallback(): void {
      // A move (remove then insert in the same task) keeps the widget.
      queueMicrotask(() => {
        if (!this.isConnected) this.stop();
      });
    }

    attributeChangedCallback(name: string, before: string | null, after: string | null): void {
      if (before === after) return;
      if (!this.widget) {
        // Not started, or an earlier error: try again with the new attributes.
        if (this.isConnected) this.start();
        return;
      }
      if (name === 'config') {
        try {
          // The attribute describes the whole config: missing keys go back to
          // their defaults; without a seed the current one is kept.
          const next = parseConfig(after ?? '') as unknown as Record<string, unknown>;
          if (next.seed === '') delete next.seed;
          this.widget.setConfig(next as Partial<PlaygroundConfig>);
        } catch (error) {
          // A bad new value changes nothing; say why where the author looks.
          logError(this, error);
        }
        return;
      }
      // Options shape the whole widget: rebuild it where training stood.
      const state = this.widget.getState();
      this.stop();
      this.start();
      try {
        this.widget?.setState(state);
      } catch {
        // A config attribute changed meanwhile: keep the fresh widget.
      }
    }

    private start(): void {
      try {
        this.widget = createPlayground(this, optionsFromAttributes(this, '', this.getAttribute('config')));
      } catch (error) {
        this.widget = null;
        showError(this, error);
      }
    }

    private stop(): void {
      this.widget?.destroy();
      this.widget = null;
    }
  };
}
