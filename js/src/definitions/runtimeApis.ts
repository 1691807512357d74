// Names @polkadot/typegen 16.5.6 writes into the runtime-API augmentation that the metadata's
// type lookup does not define: it names a runtime API's parameter by the type's path, while the
// lookup collapses a one-field newtype into its field (`pallet_drug_trace::Gtin(u64)` is `u64`)
// and calls the runtime's `RuntimeCall` `Call`. Defining them as what they are keeps the
// generated TypeScript whole; they add no RPC.
export default {
	rpc: {},
	types: {
		/** A GTIN-14 as the chain stores it (pallet-drug-trace's `Gtin`, a `u64`). */
		PalletDrugTraceGtin: 'u64',
		/** The runtime's call (`healthchain_runtime::RuntimeCall`). */
		HealthchainRuntimeRuntimeCall: 'Call',
	},
};
