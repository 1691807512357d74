// Every module of the package's definitions; the export's name is the RPC section's.
export { default as clinicalTrial } from './clinicalTrial.js';
export { default as runtimeApis } from './runtimeApis.js';
