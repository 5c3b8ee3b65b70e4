import { html } from 'lit';
import { TradeElement } from '../../shared/trade-element.js';
import { themeStyles } from '../../shared/theme.styles.js';

/**
 * @summary Placeholder until the element lands.
 */
export class TradeNewsFeed extends TradeElement {
  static override styles = [themeStyles];

  override render() {
    return html`<slot></slot>`;
  }
}
