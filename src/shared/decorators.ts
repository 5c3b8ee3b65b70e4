import type { PropertyDeclaration, ReactiveElement } from 'lit';

/**
 * Lit's `@property()` and `@state()` in their legacy form (`experimentalDecorators`), the only one
 * this project compiles: what `lit/decorators.js` does for it, without its standard-decorator half
 * (0.35 KiB of gzip on every page). The custom-elements-manifest analyzer reads them by name, as it
 * reads Lit's.
 */
export const property =
  (options?: PropertyDeclaration) =>
  // `any`, as Lit's: a field decorator returns nothing, an accessor decorator a descriptor.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (proto: ReactiveElement, name: PropertyKey): any => {
    const own = Object.hasOwn(proto, name);
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
    // An accessor keeps the descriptor Lit made for it: TypeScript would put the original back.
    return own ? Object.getOwnPropertyDescriptor(proto, name) : undefined;
  };

/** Reactive state of the element's own: no attribute, and private, so the manifest leaves it out. */
export const state = (options?: PropertyDeclaration) => property({ ...options, state: true, attribute: false });
