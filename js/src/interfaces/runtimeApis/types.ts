// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

import type { u64 } from '@polkadot/types-codec';
import type { Call } from '@polkadot/types/interfaces/runtime';

/** @name HealthchainRuntimeRuntimeCall */
export interface HealthchainRuntimeRuntimeCall extends Call {}

/** @name PalletDrugTraceGtin */
export interface PalletDrugTraceGtin extends u64 {}

export type PHANTOM_RUNTIMEAPIS = 'runtimeApis';
