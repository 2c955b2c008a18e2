import type { en } from './en';

/** A catalogue's shape: the same nested keys as `T`, every leaf a string. */
export type CatalogueShape<T> = { readonly [K in keyof T]: T[K] extends string ? string : CatalogueShape<T[K]> };

/**
 * What every language must provide: exactly the keys of the English catalogue.
 * A missing key fails to compile, and so does an extra one (object literals
 * annotated with this type get excess-property checks at every level).
 */
export type Catalogue = CatalogueShape<typeof en>;
