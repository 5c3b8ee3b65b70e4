import { LitElement, css, html, nothing, type PropertyDeclarations } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../../src/index.js';
import { seedPosts } from '../sample-data.js';
import { TAGS, manifestTokens, tokenDefault, type Tag, type Token, type TokenDefault } from './tokens.js';

const SHORT_NAMES: Record<Tag, string> = {
  'trade-news-feed': 'feed',
  'trade-post': 'post',
  'broker-contact-form': 'form',
};

/** Suggestions offered by each control (any other valid CSS value may be typed). */
const SUGGESTIONS: Record<Token['kind'], string[]> = {
  color: [],
  font: [
    'system-ui, sans-serif',
    "Georgia, 'Times New Roman', serif",
    "'Source Sans 3', system-ui, sans-serif",
    "'DejaVu Sans', Verdana, sans-serif",
    'ui-monospace, monospace',
  ],
  length: ['0', '2px', '4px', '8px', '12px', '16px', '0.5rem', '0.75rem', '1rem', '1.25rem', '1.5rem', '2rem'],
};

/** The CSS property a token's value must be valid for. */
function probeProperty(token: Token): string {
  if (token.kind === 'color') return 'color';
  if (token.kind === 'font') return 'font-family';
  if (/radius/.test(token.name)) return 'border-radius';
  if (/size/.test(token.name)) return 'font-size';
  return 'padding';
}

/** `#abc`, `rebeccapurple`, `rgb(…)` → `#rrggbb` for `<input type="color">`; undefined when translucent. */
function toHex(color: string): string | undefined {
  const context = document.createElement('canvas').getContext('2d');
  if (!context || !CSS.supports('color', color)) return undefined;
  context.fillStyle = '#000000';
  context.fillStyle = color;
  return /^#[0-9a-f]{6}$/i.test(context.fillStyle) ? context.fillStyle : undefined;
}

/**
 * The Theming page: every design token of the three elements with its light and dark default and
 * a control, the elements side by side in both themes restyled live, and the CSS to copy.
 * Storybook only; not part of the package.
 */
export class ThemingWorkbench extends LitElement {
  static override properties: PropertyDeclarations = {
    containerWidth: { attribute: 'container-width' },
    values: { state: true },
    copyStatus: { state: true },
  };

  /** Width of each element's column (`320px`), or unset for equal columns. */
  containerWidth?: string;
  /** The designer's values, by token name; only valid ones reach the elements. */
  values: Record<string, string> = {};
  copyStatus = '';

  private readonly tokens = manifestTokens();
  private readonly defaults = new Map<string, Record<'light' | 'dark', TokenDefault | undefined>>();
  private readonly posts = seedPosts();

  override connectedCallback(): void {
    super.connectedCallback();
    for (const token of this.tokens) {
      const tag = token.tags[0]!;
      this.defaults.set(token.name, {
        light: tokenDefault(tag, token.name, 'light'),
        dark: tokenDefault(tag, token.name, 'dark'),
      });
    }
  }

  private isValid(token: Token, value: string): boolean {
    return value.trim() === '' || CSS.supports(probeProperty(token), value);
  }

  /** The values that are set and valid, as custom properties for the preview. */
  private get appliedValues(): Record<string, string> {
    const applied: Record<string, string> = {};
    for (const token of this.tokens) {
      const value = this.values[token.name]?.trim();
      if (value && this.isValid(token, value)) applied[token.name] = value;
    }
    return applied;
  }

  /** The CSS a partner pastes into the page's style sheet. */
  get cssText(): string {
    const lines = Object.entries(this.appliedValues).map(([name, value]) => `  ${name}: ${value};`);
    return `${TAGS.join(',\n')} {\n${lines.length ? lines.join('\n') : '  /* Set a value in the table to see it here. */'}\n}\n`;
  }

  private setValue(name: string, value: string): void {
    this.values = { ...this.values, [name]: value };
    this.copyStatus = '';
  }

  private reset(): void {
    this.values = {};
    this.copyStatus = '';
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.cssText);
      this.copyStatus = 'Copied to the clipboard.';
    } catch {
      // The clipboard can be refused (permissions, an insecure origin): select the text instead.
      const code = this.renderRoot.querySelector('.css code');
      if (code) getSelection()?.selectAllChildren(code);
      this.copyStatus = 'Selected: press Ctrl+C (⌘C) to copy.';
    }
  }

  private renderDefault(token: Token, value: TokenDefault | undefined) {
    if (!value) return html`<span class="muted">—</span>`;
    const swatch =
      token.kind === 'color' && CSS.supports('color', value.value)
        ? html`<span class="swatch" style=${styleMap({ background: value.value })}></span>`
        : nothing;
    return html`${swatch}<code>${value.value}</code>${
      value.follows ? html`<span class="follows">follows <code>${value.follows}</code></span>` : nothing
    }`;
  }

  private renderControl(token: Token) {
    const id = `value${token.name}`;
    const value = this.values[token.name] ?? '';
    const invalid = !this.isValid(token, value);
    const fallback = this.defaults.get(token.name)?.light?.value ?? '';
    const hex = token.kind === 'color' ? (toHex(value || fallback) ?? '#000000') : undefined;
    const suggestions = SUGGESTIONS[token.kind];
    return html`<div class="control">
      ${
        hex !== undefined
          ? html`<input
              type="color"
              aria-label=${`Pick ${token.name}`}
              .value=${hex}
              @input=${(event: Event) => this.setValue(token.name, (event.target as HTMLInputElement).value)}
            />`
          : nothing
      }
      <label class="visually-hidden" for=${id}>${token.name}</label>
      <input
        id=${id}
        type="text"
        spellcheck="false"
        autocomplete="off"
        placeholder=${fallback}
        list=${suggestions.length ? `${id}-list` : nothing}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? `${id}-error` : nothing}
        .value=${value}
        @input=${(event: Event) => this.setValue(token.name, (event.target as HTMLInputElement).value)}
      />
      ${
        suggestions.length
          ? html`<datalist id=${`${id}-list`}>
              ${suggestions.map((option) => html`<option value=${option}></option>`)}
            </datalist>`
          : nothing
      }
      ${invalid ? html`<span class="error" id=${`${id}-error`}>Not a valid value; the default is used.</span>` : nothing}
    </div>`;
  }

  private renderElements(theme: 'light' | 'dark') {
    const cell = styleMap(this.containerWidth ? { inlineSize: this.containerWidth, flex: '0 0 auto' } : {});
    return html`<section class="theme ${theme}" aria-labelledby=${`${theme}-heading`}>
      <h3 id=${`${theme}-heading`}>${theme === 'light' ? 'Light theme' : 'Dark theme'}</h3>
      <div class="elements" style=${styleMap(this.appliedValues)}>
        <div class="cell" style=${cell}>
          <trade-news-feed
            theme=${theme}
            limit="2"
            see-all-href="https://www.tradelogicintl.com/blog"
            .posts=${this.posts}
          ></trade-news-feed>
        </div>
        <div class="cell" style=${cell}>
          <trade-post theme=${theme} variant="card" .post=${this.posts[0]}></trade-post>
        </div>
        <div class="cell" style=${cell}>
          <broker-contact-form theme=${theme} action="/stories/contact"></broker-contact-form>
        </div>
      </div>
    </section>`;
  }

  override render() {
    return html`
      <h2>Theming</h2>
      <p class="intro">
        Every CSS custom property of the three elements, from <code>custom-elements.json</code>, with its default in the
        light and the dark theme. Type or pick a value: the elements below restyle as you go, in both themes. Then copy
        the CSS into the page's style sheet (on the elements or any ancestor). A value applies to both themes; to give
        the dark theme its own (an accent that reads on both surfaces rarely exists), put it in a
        <code>[theme='dark']</code> rule, or a <code>prefers-color-scheme: dark</code> media query for
        <code>theme="auto"</code>.
      </p>
      ${this.renderElements('light')} ${this.renderElements('dark')}
      <section class="css" aria-labelledby="css-heading">
        <h3 id="css-heading">Your CSS</h3>
        <pre><code>${this.cssText}</code></pre>
        <div class="actions">
          <button type="button" @click=${this.copy}>Copy CSS</button>
          <button type="button" @click=${this.reset}>Reset all</button>
          <span role="status">${this.copyStatus}</span>
        </div>
      </section>
      <table>
        <caption>
          Design tokens
        </caption>
        <thead>
          <tr>
            <th scope="col">Custom property</th>
            <th scope="col">Used by</th>
            <th scope="col">Default, light</th>
            <th scope="col">Default, dark</th>
            <th scope="col">Your value</th>
          </tr>
        </thead>
        <tbody>
          ${this.tokens.map((token) => {
            const defaults = this.defaults.get(token.name);
            return html`<tr>
              <th scope="row"><code>${token.name}</code><span class="description">${token.description}</span></th>
              <td>${token.tags.map((tag) => SHORT_NAMES[tag]).join(', ')}</td>
              <td>${this.renderDefault(token, defaults?.light)}</td>
              <td>${this.renderDefault(token, defaults?.dark)}</td>
              <td>${this.renderControl(token)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    `;
  }

  static override styles = css`
    :host {
      display: block;
      color: #1b1f24;
      font-size: 0.9375rem;
      line-height: 1.5;
    }
    h2 {
      margin: 0 0 0.25rem;
      font-size: 1.5rem;
    }
    h3 {
      margin: 0 0 0.75rem;
      font-size: 1.0625rem;
    }
    .intro {
      max-inline-size: 60rem;
      margin: 0 0 1.5rem;
    }
    .theme {
      margin-block-end: 1.5rem;
      padding: 1rem;
      border: 1px solid #d3d8de;
      border-radius: 8px;
    }
    .theme.dark {
      background: #111418;
      border-color: #3a4450;
      color: #e8ebef;
      color-scheme: dark;
    }
    .elements {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 1.5rem;
    }
    .cell {
      flex: 1 1 18rem;
      min-inline-size: 0;
    }
    .css pre {
      margin: 0 0 0.5rem;
      padding: 0.75rem 1rem;
      overflow: auto;
      border-radius: 8px;
      background: #f3f5f7;
      font-size: 0.875rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
      margin-block-end: 1.5rem;
    }
    button {
      padding: 0.375rem 0.875rem;
      border: 1px solid #0b5cad;
      border-radius: 6px;
      background: #0b5cad;
      color: #ffffff;
      font: inherit;
      cursor: pointer;
    }
    button + button {
      background: #ffffff;
      color: #0b5cad;
    }
    table {
      inline-size: 100%;
      border-collapse: collapse;
    }
    caption {
      margin-block-end: 0.5rem;
      font-size: 1.0625rem;
      font-weight: 700;
      text-align: start;
    }
    th,
    td {
      padding: 0.5rem;
      border-block-end: 1px solid #d3d8de;
      text-align: start;
      vertical-align: top;
    }
    thead th {
      font-size: 0.8125rem;
      color: #56606b;
    }
    tbody th {
      font-weight: 400;
    }
    tbody th code {
      font-weight: 700;
    }
    .description {
      display: block;
      max-inline-size: 28rem;
      color: #56606b;
      font-size: 0.8125rem;
    }
    .swatch {
      display: inline-block;
      inline-size: 1rem;
      block-size: 1rem;
      margin-inline-end: 0.375rem;
      border: 1px solid #8b949e;
      border-radius: 3px;
      vertical-align: -0.2rem;
    }
    .follows {
      display: block;
      color: #56606b;
      font-size: 0.8125rem;
    }
    .muted {
      color: #56606b;
    }
    .control {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.375rem;
    }
    input[type='text'] {
      inline-size: 14rem;
      max-inline-size: 100%;
      padding: 0.25rem 0.5rem;
      border: 1px solid #8b949e;
      border-radius: 4px;
      font: inherit;
    }
    input[type='text'][aria-invalid='true'] {
      border-color: #b3261e;
    }
    input[type='color'] {
      inline-size: 2.25rem;
      block-size: 2rem;
      padding: 0.125rem;
    }
    .error {
      flex-basis: 100%;
      color: #b3261e;
      font-size: 0.8125rem;
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;
}

/**
 * Registers `<theming-workbench>` once. Called, not run on import: package.json's `sideEffects`
 * lets the production build drop a module imported only for its side effects.
 */
export function defineThemingWorkbench(): void {
  if (!customElements.get('theming-workbench')) customElements.define('theming-workbench', ThemingWorkbench);
}

declare global {
  interface HTMLElementTagNameMap {
    'theming-workbench': ThemingWorkbench;
  }
}
