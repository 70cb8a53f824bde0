/** The content model in one place: every schema the collections, scripts and tests use. */
export * from './common';
export * from './site';
export * from './release';
export * from './person';
export * from './rule';
export * from './practice-site';
export * from './figure';
export * from './page';
export * from './divisions';
export * from './standard-map';
