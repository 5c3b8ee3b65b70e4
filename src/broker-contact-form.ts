import { BrokerContactForm } from './components/broker-contact-form/broker-contact-form.js';
import { defineElement } from './shared/define.js';
import { addEnglish } from './shared/i18n/index.js';
import { formStrings } from './shared/i18n/en/form.js';

export { BrokerContactForm };
export type {
  BrokerContactSubmitDetail,
  BrokerContactSuccessDetail,
  BrokerContactErrorDetail,
  BrokerContactSubmitEvent,
  BrokerContactSuccessEvent,
  BrokerContactErrorEvent,
  ContactData,
  ContactMeta,
  ContactFormError,
  ContactErrorKind,
  Encoding,
} from './components/broker-contact-form/broker-contact-form.js';

addEnglish(formStrings);
defineElement('broker-contact-form', BrokerContactForm);

declare global {
  interface HTMLElementTagNameMap {
    'broker-contact-form': BrokerContactForm;
  }
}
