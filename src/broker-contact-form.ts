import { BrokerContactForm } from './components/broker-contact-form/broker-contact-form.js';
import { defineElement } from './shared/define.js';

export { BrokerContactForm };

defineElement('broker-contact-form', BrokerContactForm);

declare global {
  interface HTMLElementTagNameMap {
    'broker-contact-form': BrokerContactForm;
  }
}
