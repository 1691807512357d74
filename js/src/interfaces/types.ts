// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

export * from './clinicalTrial/types.js';
export * from './runtimeApis/types.js';

export type PHANTOM_GENERATED = 'generated';
