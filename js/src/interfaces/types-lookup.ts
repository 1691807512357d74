// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/lookup';

import type { BTreeMap, BTreeSet, Bytes, Compact, Enum, Null, Option, Result, Struct, Text, U8aFixed, Vec, bool, i32, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { Era } from '@polkadot/types/interfaces/extrinsics';
import type { AccountId32, Call, H256, MultiAddress } from '@polkadot/types/interfaces/runtime';
import type { Event } from '@polkadot/types/interfaces/system';

declare module '@polkadot/types/lookup' {
  /** @name FrameSystemCall (9) */
  interface FrameSystemCall extends Enum {
    readonly isRemark: boolean;
    readonly asRemark: {
      readonly remark: Bytes;
    } & Struct;
    readonly isSetHeapPages: boolean;
    readonly asSetHeapPages: {
      readonly pages: u64;
    } & Struct;
    readonly isSetCode: boolean;
    readonly asSetCode: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetCodeWithoutChecks: boolean;
    readonly asSetCodeWithoutChecks: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetStorage: boolean;
    readonly asSetStorage: {
      readonly items: Vec<ITuple<[Bytes, Bytes]>>;
    } & Struct;
    readonly isKillStorage: boolean;
    readonly asKillStorage: {
      readonly keys_: Vec<Bytes>;
    } & Struct;
    readonly isKillPrefix: boolean;
    readonly asKillPrefix: {
      readonly prefix: Bytes;
      readonly subkeys: u32;
    } & Struct;
    readonly isRemarkWithEvent: boolean;
    readonly asRemarkWithEvent: {
      readonly remark: Bytes;
    } & Struct;
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly isAuthorizeUpgradeWithoutChecks: boolean;
    readonly asAuthorizeUpgradeWithoutChecks: {
      readonly codeHash: H256;
    } & Struct;
    readonly isApplyAuthorizedUpgrade: boolean;
    readonly asApplyAuthorizedUpgrade: {
      readonly code: Bytes;
    } & Struct;
    readonly type: 'Remark' | 'SetHeapPages' | 'SetCode' | 'SetCodeWithoutChecks' | 'SetStorage' | 'KillStorage' | 'KillPrefix' | 'RemarkWithEvent' | 'AuthorizeUpgrade' | 'AuthorizeUpgradeWithoutChecks' | 'ApplyAuthorizedUpgrade';
  }

  /** @name CumulusPalletParachainSystemCall (16) */
  interface CumulusPalletParachainSystemCall extends Enum {
    readonly isSetValidationData: boolean;
    readonly asSetValidationData: {
      readonly data: CumulusPalletParachainSystemParachainInherentBasicParachainInherentData;
      readonly inboundMessagesData: CumulusPalletParachainSystemParachainInherentInboundMessagesData;
    } & Struct;
    readonly isSudoSendUpwardMessage: boolean;
    readonly asSudoSendUpwardMessage: {
      readonly message: Bytes;
    } & Struct;
    readonly type: 'SetValidationData' | 'SudoSendUpwardMessage';
  }

  /** @name CumulusPalletParachainSystemParachainInherentBasicParachainInherentData (17) */
  interface CumulusPalletParachainSystemParachainInherentBasicParachainInherentData extends Struct {
    readonly validationData: PolkadotPrimitivesV9PersistedValidationData;
    readonly relayChainState: SpTrieStorageProof;
    readonly relayParentDescendants: Vec<SpRuntimeHeader>;
    readonly collatorPeerId: Option<Bytes>;
  }

  /** @name PolkadotPrimitivesV9PersistedValidationData (18) */
  interface PolkadotPrimitivesV9PersistedValidationData extends Struct {
    readonly parentHead: Bytes;
    readonly relayParentNumber: u32;
    readonly relayParentStorageRoot: H256;
    readonly maxPovSize: u32;
  }

  /** @name SpTrieStorageProof (20) */
  interface SpTrieStorageProof extends Struct {
    readonly trieNodes: BTreeSet<Bytes>;
  }

  /** @name SpRuntimeHeader (23) */
  interface SpRuntimeHeader extends Struct {
    readonly parentHash: H256;
    readonly number: Compact<u32>;
    readonly stateRoot: H256;
    readonly extrinsicsRoot: H256;
    readonly digest: SpRuntimeDigest;
  }

  /** @name SpRuntimeDigest (25) */
  interface SpRuntimeDigest extends Struct {
    readonly logs: Vec<SpRuntimeDigestDigestItem>;
  }

  /** @name SpRuntimeDigestDigestItem (27) */
  interface SpRuntimeDigestDigestItem extends Enum {
    readonly isOther: boolean;
    readonly asOther: Bytes;
    readonly isConsensus: boolean;
    readonly asConsensus: ITuple<[U8aFixed, Bytes]>;
    readonly isSeal: boolean;
    readonly asSeal: ITuple<[U8aFixed, Bytes]>;
    readonly isPreRuntime: boolean;
    readonly asPreRuntime: ITuple<[U8aFixed, Bytes]>;
    readonly isRuntimeEnvironmentUpdated: boolean;
    readonly type: 'Other' | 'Consensus' | 'Seal' | 'PreRuntime' | 'RuntimeEnvironmentUpdated';
  }

  /** @name CumulusPalletParachainSystemParachainInherentInboundMessagesData (31) */
  interface CumulusPalletParachainSystemParachainInherentInboundMessagesData extends Struct {
    readonly downwardMessages: {
      readonly fullMessages: Vec<PolkadotCorePrimitivesInboundDownwardMessage>;
      readonly hashedMessages: Vec<CumulusPrimitivesParachainInherentHashedMessage>;
    } & Struct;
    readonly horizontalMessages: CumulusPalletParachainSystemParachainInherentAbridgedInboundMessagesCollection;
  }

  /** @name PolkadotCorePrimitivesInboundDownwardMessage (33) */
  interface PolkadotCorePrimitivesInboundDownwardMessage extends Struct {
    readonly sentAt: u32;
    readonly msg: Bytes;
  }

  /** @name CumulusPrimitivesParachainInherentHashedMessage (36) */
  interface CumulusPrimitivesParachainInherentHashedMessage extends Struct {
    readonly sentAt: u32;
    readonly msgHash: H256;
  }

  /** @name CumulusPalletParachainSystemParachainInherentAbridgedInboundMessagesCollection (37) */
  interface CumulusPalletParachainSystemParachainInherentAbridgedInboundMessagesCollection extends Struct {
    readonly fullMessages: Vec<ITuple<[u32, PolkadotCorePrimitivesInboundHrmpMessage]>>;
    readonly hashedMessages: Vec<ITuple<[u32, CumulusPrimitivesParachainInherentHashedMessage]>>;
  }

  /** @name PolkadotCorePrimitivesInboundHrmpMessage (40) */
  interface PolkadotCorePrimitivesInboundHrmpMessage extends Struct {
    readonly sentAt: u32;
    readonly data: Bytes;
  }

  /** @name PalletTimestampCall (44) */
  interface PalletTimestampCall extends Enum {
    readonly isSet: boolean;
    readonly asSet: {
      readonly now: Compact<u64>;
    } & Struct;
    readonly type: 'Set';
  }

  /** @name StagingParachainInfoCall (46) */
  type StagingParachainInfoCall = Null;

  /** @name PalletBalancesCall (47) */
  interface PalletBalancesCall extends Enum {
    readonly isTransferAllowDeath: boolean;
    readonly asTransferAllowDeath: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isForceTransfer: boolean;
    readonly asForceTransfer: {
      readonly source: MultiAddress;
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferKeepAlive: boolean;
    readonly asTransferKeepAlive: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferAll: boolean;
    readonly asTransferAll: {
      readonly dest: MultiAddress;
      readonly keepAlive: bool;
    } & Struct;
    readonly isForceUnreserve: boolean;
    readonly asForceUnreserve: {
      readonly who: MultiAddress;
      readonly amount: u128;
    } & Struct;
    readonly isUpgradeAccounts: boolean;
    readonly asUpgradeAccounts: {
      readonly who: Vec<AccountId32>;
    } & Struct;
    readonly isForceSetBalance: boolean;
    readonly asForceSetBalance: {
      readonly who: MultiAddress;
      readonly newFree: Compact<u128>;
    } & Struct;
    readonly isForceAdjustTotalIssuance: boolean;
    readonly asForceAdjustTotalIssuance: {
      readonly direction: PalletBalancesAdjustmentDirection;
      readonly delta: Compact<u128>;
    } & Struct;
    readonly isBurn: boolean;
    readonly asBurn: {
      readonly value: Compact<u128>;
      readonly keepAlive: bool;
    } & Struct;
    readonly type: 'TransferAllowDeath' | 'ForceTransfer' | 'TransferKeepAlive' | 'TransferAll' | 'ForceUnreserve' | 'UpgradeAccounts' | 'ForceSetBalance' | 'ForceAdjustTotalIssuance' | 'Burn';
  }

  /** @name PalletBalancesAdjustmentDirection (52) */
  interface PalletBalancesAdjustmentDirection extends Enum {
    readonly isIncrease: boolean;
    readonly isDecrease: boolean;
    readonly type: 'Increase' | 'Decrease';
  }

  /** @name PalletSudoCall (53) */
  interface PalletSudoCall extends Enum {
    readonly isSudo: boolean;
    readonly asSudo: {
      readonly call: Call;
    } & Struct;
    readonly isSudoUncheckedWeight: boolean;
    readonly asSudoUncheckedWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isSetKey: boolean;
    readonly asSetKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSudoAs: boolean;
    readonly asSudoAs: {
      readonly who: MultiAddress;
      readonly call: Call;
    } & Struct;
    readonly isRemoveKey: boolean;
    readonly type: 'Sudo' | 'SudoUncheckedWeight' | 'SetKey' | 'SudoAs' | 'RemoveKey';
  }

  /** @name SpWeightsWeightV2Weight (54) */
  interface SpWeightsWeightV2Weight extends Struct {
    readonly refTime: Compact<u64>;
    readonly proofSize: Compact<u64>;
  }

  /** @name PalletCollectiveCall (55) */
  interface PalletCollectiveCall extends Enum {
    readonly isSetMembers: boolean;
    readonly asSetMembers: {
      readonly newMembers: Vec<AccountId32>;
      readonly prime: Option<AccountId32>;
      readonly oldCount: u32;
    } & Struct;
    readonly isExecute: boolean;
    readonly asExecute: {
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isPropose: boolean;
    readonly asPropose: {
      readonly threshold: Compact<u32>;
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isVote: boolean;
    readonly asVote: {
      readonly proposal: H256;
      readonly index: Compact<u32>;
      readonly approve: bool;
    } & Struct;
    readonly isDisapproveProposal: boolean;
    readonly asDisapproveProposal: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isClose: boolean;
    readonly asClose: {
      readonly proposalHash: H256;
      readonly index: Compact<u32>;
      readonly proposalWeightBound: SpWeightsWeightV2Weight;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isKill: boolean;
    readonly asKill: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isReleaseProposalCost: boolean;
    readonly asReleaseProposalCost: {
      readonly proposalHash: H256;
    } & Struct;
    readonly type: 'SetMembers' | 'Execute' | 'Propose' | 'Vote' | 'DisapproveProposal' | 'Close' | 'Kill' | 'ReleaseProposalCost';
  }

  /** @name PalletMembershipCall (57) */
  interface PalletMembershipCall extends Enum {
    readonly isAddMember: boolean;
    readonly asAddMember: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isRemoveMember: boolean;
    readonly asRemoveMember: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isSwapMember: boolean;
    readonly asSwapMember: {
      readonly remove: MultiAddress;
      readonly add: MultiAddress;
    } & Struct;
    readonly isResetMembers: boolean;
    readonly asResetMembers: {
      readonly members: Vec<AccountId32>;
    } & Struct;
    readonly isChangeKey: boolean;
    readonly asChangeKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSetPrime: boolean;
    readonly asSetPrime: {
      readonly who: MultiAddress;
    } & Struct;
    readonly isClearPrime: boolean;
    readonly type: 'AddMember' | 'RemoveMember' | 'SwapMember' | 'ResetMembers' | 'ChangeKey' | 'SetPrime' | 'ClearPrime';
  }

  /** @name PalletPreimageCall (58) */
  interface PalletPreimageCall extends Enum {
    readonly isNotePreimage: boolean;
    readonly asNotePreimage: {
      readonly bytes: Bytes;
    } & Struct;
    readonly isUnnotePreimage: boolean;
    readonly asUnnotePreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isRequestPreimage: boolean;
    readonly asRequestPreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isUnrequestPreimage: boolean;
    readonly asUnrequestPreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isEnsureUpdated: boolean;
    readonly asEnsureUpdated: {
      readonly hashes: Vec<H256>;
    } & Struct;
    readonly type: 'NotePreimage' | 'UnnotePreimage' | 'RequestPreimage' | 'UnrequestPreimage' | 'EnsureUpdated';
  }

  /** @name PalletWhitelistCall (60) */
  interface PalletWhitelistCall extends Enum {
    readonly isWhitelistCall: boolean;
    readonly asWhitelistCall: {
      readonly callHash: H256;
    } & Struct;
    readonly isRemoveWhitelistedCall: boolean;
    readonly asRemoveWhitelistedCall: {
      readonly callHash: H256;
    } & Struct;
    readonly isDispatchWhitelistedCall: boolean;
    readonly asDispatchWhitelistedCall: {
      readonly callHash: H256;
      readonly callEncodedLen: u32;
      readonly callWeightWitness: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isDispatchWhitelistedCallWithPreimage: boolean;
    readonly asDispatchWhitelistedCallWithPreimage: {
      readonly call: Call;
    } & Struct;
    readonly isRemoveDeferredDispatch: boolean;
    readonly asRemoveDeferredDispatch: {
      readonly callHash: H256;
    } & Struct;
    readonly type: 'WhitelistCall' | 'RemoveWhitelistedCall' | 'DispatchWhitelistedCall' | 'DispatchWhitelistedCallWithPreimage' | 'RemoveDeferredDispatch';
  }

  /** @name PalletCollatorSelectionCall (61) */
  interface PalletCollatorSelectionCall extends Enum {
    readonly isSetInvulnerables: boolean;
    readonly asSetInvulnerables: {
      readonly new_: Vec<AccountId32>;
    } & Struct;
    readonly isSetDesiredCandidates: boolean;
    readonly asSetDesiredCandidates: {
      readonly max: u32;
    } & Struct;
    readonly isSetCandidacyBond: boolean;
    readonly asSetCandidacyBond: {
      readonly bond: u128;
    } & Struct;
    readonly isRegisterAsCandidate: boolean;
    readonly isLeaveIntent: boolean;
    readonly isAddInvulnerable: boolean;
    readonly asAddInvulnerable: {
      readonly who: AccountId32;
    } & Struct;
    readonly isRemoveInvulnerable: boolean;
    readonly asRemoveInvulnerable: {
      readonly who: AccountId32;
    } & Struct;
    readonly isUpdateBond: boolean;
    readonly asUpdateBond: {
      readonly newDeposit: u128;
    } & Struct;
    readonly isTakeCandidateSlot: boolean;
    readonly asTakeCandidateSlot: {
      readonly deposit: u128;
      readonly target: AccountId32;
    } & Struct;
    readonly type: 'SetInvulnerables' | 'SetDesiredCandidates' | 'SetCandidacyBond' | 'RegisterAsCandidate' | 'LeaveIntent' | 'AddInvulnerable' | 'RemoveInvulnerable' | 'UpdateBond' | 'TakeCandidateSlot';
  }

  /** @name PalletSessionCall (62) */
  interface PalletSessionCall extends Enum {
    readonly isSetKeys: boolean;
    readonly asSetKeys: {
      readonly keys_: HealthchainRuntimeSessionKeys;
      readonly proof: Bytes;
    } & Struct;
    readonly isPurgeKeys: boolean;
    readonly type: 'SetKeys' | 'PurgeKeys';
  }

  /** @name HealthchainRuntimeSessionKeys (63) */
  interface HealthchainRuntimeSessionKeys extends Struct {
    readonly aura: SpConsensusAuraSr25519AppSr25519Public;
  }

  /** @name SpConsensusAuraSr25519AppSr25519Public (64) */
  interface SpConsensusAuraSr25519AppSr25519Public extends U8aFixed {}

  /** @name CumulusPalletXcmpQueueCall (65) */
  interface CumulusPalletXcmpQueueCall extends Enum {
    readonly isSuspendXcmExecution: boolean;
    readonly isResumeXcmExecution: boolean;
    readonly isUpdateSuspendThreshold: boolean;
    readonly asUpdateSuspendThreshold: {
      readonly new_: u32;
    } & Struct;
    readonly isUpdateDropThreshold: boolean;
    readonly asUpdateDropThreshold: {
      readonly new_: u32;
    } & Struct;
    readonly isUpdateResumeThreshold: boolean;
    readonly asUpdateResumeThreshold: {
      readonly new_: u32;
    } & Struct;
    readonly type: 'SuspendXcmExecution' | 'ResumeXcmExecution' | 'UpdateSuspendThreshold' | 'UpdateDropThreshold' | 'UpdateResumeThreshold';
  }

  /** @name PalletXcmCall (66) */
  interface PalletXcmCall extends Enum {
    readonly isSend: boolean;
    readonly asSend: {
      readonly dest: XcmVersionedLocation;
      readonly message: XcmVersionedXcm;
    } & Struct;
    readonly isTeleportAssets: boolean;
    readonly asTeleportAssets: {
      readonly dest: XcmVersionedLocation;
      readonly beneficiary: XcmVersionedLocation;
      readonly assets: XcmVersionedAssets;
      readonly feeAssetItem: u32;
    } & Struct;
    readonly isReserveTransferAssets: boolean;
    readonly asReserveTransferAssets: {
      readonly dest: XcmVersionedLocation;
      readonly beneficiary: XcmVersionedLocation;
      readonly assets: XcmVersionedAssets;
      readonly feeAssetItem: u32;
    } & Struct;
    readonly isExecute: boolean;
    readonly asExecute: {
      readonly message: XcmVersionedXcm;
      readonly maxWeight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isForceXcmVersion: boolean;
    readonly asForceXcmVersion: {
      readonly location: StagingXcmV5Location;
      readonly version: u32;
    } & Struct;
    readonly isForceDefaultXcmVersion: boolean;
    readonly asForceDefaultXcmVersion: {
      readonly maybeXcmVersion: Option<u32>;
    } & Struct;
    readonly isForceSubscribeVersionNotify: boolean;
    readonly asForceSubscribeVersionNotify: {
      readonly location: XcmVersionedLocation;
    } & Struct;
    readonly isForceUnsubscribeVersionNotify: boolean;
    readonly asForceUnsubscribeVersionNotify: {
      readonly location: XcmVersionedLocation;
    } & Struct;
    readonly isLimitedReserveTransferAssets: boolean;
    readonly asLimitedReserveTransferAssets: {
      readonly dest: XcmVersionedLocation;
      readonly beneficiary: XcmVersionedLocation;
      readonly assets: XcmVersionedAssets;
      readonly feeAssetItem: u32;
      readonly weightLimit: XcmV3WeightLimit;
    } & Struct;
    readonly isLimitedTeleportAssets: boolean;
    readonly asLimitedTeleportAssets: {
      readonly dest: XcmVersionedLocation;
      readonly beneficiary: XcmVersionedLocation;
      readonly assets: XcmVersionedAssets;
      readonly feeAssetItem: u32;
      readonly weightLimit: XcmV3WeightLimit;
    } & Struct;
    readonly isForceSuspension: boolean;
    readonly asForceSuspension: {
      readonly suspended: bool;
    } & Struct;
    readonly isTransferAssets: boolean;
    readonly asTransferAssets: {
      readonly dest: XcmVersionedLocation;
      readonly beneficiary: XcmVersionedLocation;
      readonly assets: XcmVersionedAssets;
      readonly feeAssetItem: u32;
      readonly weightLimit: XcmV3WeightLimit;
    } & Struct;
    readonly isClaimAssets: boolean;
    readonly asClaimAssets: {
      readonly assets: XcmVersionedAssets;
      readonly beneficiary: XcmVersionedLocation;
    } & Struct;
    readonly isTransferAssetsUsingTypeAndThen: boolean;
    readonly asTransferAssetsUsingTypeAndThen: {
      readonly dest: XcmVersionedLocation;
      readonly assets: XcmVersionedAssets;
      readonly assetsTransferType: StagingXcmExecutorAssetTransferTransferType;
      readonly remoteFeesId: XcmVersionedAssetId;
      readonly feesTransferType: StagingXcmExecutorAssetTransferTransferType;
      readonly customXcmOnDest: XcmVersionedXcm;
      readonly weightLimit: XcmV3WeightLimit;
    } & Struct;
    readonly isAddAuthorizedAlias: boolean;
    readonly asAddAuthorizedAlias: {
      readonly aliaser: XcmVersionedLocation;
      readonly expires: Option<u64>;
    } & Struct;
    readonly isRemoveAuthorizedAlias: boolean;
    readonly asRemoveAuthorizedAlias: {
      readonly aliaser: XcmVersionedLocation;
    } & Struct;
    readonly isRemoveAllAuthorizedAliases: boolean;
    readonly type: 'Send' | 'TeleportAssets' | 'ReserveTransferAssets' | 'Execute' | 'ForceXcmVersion' | 'ForceDefaultXcmVersion' | 'ForceSubscribeVersionNotify' | 'ForceUnsubscribeVersionNotify' | 'LimitedReserveTransferAssets' | 'LimitedTeleportAssets' | 'ForceSuspension' | 'TransferAssets' | 'ClaimAssets' | 'TransferAssetsUsingTypeAndThen' | 'AddAuthorizedAlias' | 'RemoveAuthorizedAlias' | 'RemoveAllAuthorizedAliases';
  }

  /** @name XcmVersionedLocation (67) */
  interface XcmVersionedLocation extends Enum {
    readonly isV3: boolean;
    readonly asV3: StagingXcmV3MultiLocation;
    readonly isV4: boolean;
    readonly asV4: StagingXcmV4Location;
    readonly isV5: boolean;
    readonly asV5: StagingXcmV5Location;
    readonly type: 'V3' | 'V4' | 'V5';
  }

  /** @name StagingXcmV3MultiLocation (68) */
  interface StagingXcmV3MultiLocation extends Struct {
    readonly parents: u8;
    readonly interior: XcmV3Junctions;
  }

  /** @name XcmV3Junctions (69) */
  interface XcmV3Junctions extends Enum {
    readonly isHere: boolean;
    readonly isX1: boolean;
    readonly asX1: XcmV3Junction;
    readonly isX2: boolean;
    readonly asX2: ITuple<[XcmV3Junction, XcmV3Junction]>;
    readonly isX3: boolean;
    readonly asX3: ITuple<[XcmV3Junction, XcmV3Junction, XcmV3Junction]>;
    readonly isX4: boolean;
    readonly asX4: ITuple<[XcmV3Junction, XcmV3Junction, XcmV3Junction, XcmV3Junction]>;
    readonly isX5: boolean;
    readonly asX5: ITuple<[XcmV3Junction, XcmV3Junction, XcmV3Junction, XcmV3Junction, XcmV3Junction]>;
    readonly isX6: boolean;
    readonly asX6: ITuple<[XcmV3Junction, XcmV3Junction, XcmV3Junction, XcmV3Junction, XcmV3Junction, XcmV3Junction]>;
    readonly isX7: boolean;
    readonly asX7: ITuple<[XcmV3Junction, XcmV3Junction, XcmV3Junction, XcmV3Junction, XcmV3Junction, XcmV3Junction, XcmV3Junction]>;
    readonly isX8: boolean;
    readonly asX8: ITuple<[XcmV3Junction, XcmV3Junction, XcmV3Junction, XcmV3Junction, XcmV3Junction, XcmV3Junction, XcmV3Junction, XcmV3Junction]>;
    readonly type: 'Here' | 'X1' | 'X2' | 'X3' | 'X4' | 'X5' | 'X6' | 'X7' | 'X8';
  }

  /** @name XcmV3Junction (70) */
  interface XcmV3Junction extends Enum {
    readonly isParachain: boolean;
    readonly asParachain: Compact<u32>;
    readonly isAccountId32: boolean;
    readonly asAccountId32: {
      readonly network: Option<XcmV3JunctionNetworkId>;
      readonly id: U8aFixed;
    } & Struct;
    readonly isAccountIndex64: boolean;
    readonly asAccountIndex64: {
      readonly network: Option<XcmV3JunctionNetworkId>;
      readonly index: Compact<u64>;
    } & Struct;
    readonly isAccountKey20: boolean;
    readonly asAccountKey20: {
      readonly network: Option<XcmV3JunctionNetworkId>;
      readonly key: U8aFixed;
    } & Struct;
    readonly isPalletInstance: boolean;
    readonly asPalletInstance: u8;
    readonly isGeneralIndex: boolean;
    readonly asGeneralIndex: Compact<u128>;
    readonly isGeneralKey: boolean;
    readonly asGeneralKey: {
      readonly length: u8;
      readonly data: U8aFixed;
    } & Struct;
    readonly isOnlyChild: boolean;
    readonly isPlurality: boolean;
    readonly asPlurality: {
      readonly id: XcmV3JunctionBodyId;
      readonly part: XcmV3JunctionBodyPart;
    } & Struct;
    readonly isGlobalConsensus: boolean;
    readonly asGlobalConsensus: XcmV3JunctionNetworkId;
    readonly type: 'Parachain' | 'AccountId32' | 'AccountIndex64' | 'AccountKey20' | 'PalletInstance' | 'GeneralIndex' | 'GeneralKey' | 'OnlyChild' | 'Plurality' | 'GlobalConsensus';
  }

  /** @name XcmV3JunctionNetworkId (72) */
  interface XcmV3JunctionNetworkId extends Enum {
    readonly isByGenesis: boolean;
    readonly asByGenesis: U8aFixed;
    readonly isByFork: boolean;
    readonly asByFork: {
      readonly blockNumber: u64;
      readonly blockHash: U8aFixed;
    } & Struct;
    readonly isPolkadot: boolean;
    readonly isKusama: boolean;
    readonly isWestend: boolean;
    readonly isRococo: boolean;
    readonly isWococo: boolean;
    readonly isEthereum: boolean;
    readonly asEthereum: {
      readonly chainId: Compact<u64>;
    } & Struct;
    readonly isBitcoinCore: boolean;
    readonly isBitcoinCash: boolean;
    readonly isPolkadotBulletin: boolean;
    readonly type: 'ByGenesis' | 'ByFork' | 'Polkadot' | 'Kusama' | 'Westend' | 'Rococo' | 'Wococo' | 'Ethereum' | 'BitcoinCore' | 'BitcoinCash' | 'PolkadotBulletin';
  }

  /** @name XcmV3JunctionBodyId (73) */
  interface XcmV3JunctionBodyId extends Enum {
    readonly isUnit: boolean;
    readonly isMoniker: boolean;
    readonly asMoniker: U8aFixed;
    readonly isIndex: boolean;
    readonly asIndex: Compact<u32>;
    readonly isExecutive: boolean;
    readonly isTechnical: boolean;
    readonly isLegislative: boolean;
    readonly isJudicial: boolean;
    readonly isDefense: boolean;
    readonly isAdministration: boolean;
    readonly isTreasury: boolean;
    readonly type: 'Unit' | 'Moniker' | 'Index' | 'Executive' | 'Technical' | 'Legislative' | 'Judicial' | 'Defense' | 'Administration' | 'Treasury';
  }

  /** @name XcmV3JunctionBodyPart (74) */
  interface XcmV3JunctionBodyPart extends Enum {
    readonly isVoice: boolean;
    readonly isMembers: boolean;
    readonly asMembers: {
      readonly count: Compact<u32>;
    } & Struct;
    readonly isFraction: boolean;
    readonly asFraction: {
      readonly nom: Compact<u32>;
      readonly denom: Compact<u32>;
    } & Struct;
    readonly isAtLeastProportion: boolean;
    readonly asAtLeastProportion: {
      readonly nom: Compact<u32>;
      readonly denom: Compact<u32>;
    } & Struct;
    readonly isMoreThanProportion: boolean;
    readonly asMoreThanProportion: {
      readonly nom: Compact<u32>;
      readonly denom: Compact<u32>;
    } & Struct;
    readonly type: 'Voice' | 'Members' | 'Fraction' | 'AtLeastProportion' | 'MoreThanProportion';
  }

  /** @name StagingXcmV4Location (75) */
  interface StagingXcmV4Location extends Struct {
    readonly parents: u8;
    readonly interior: StagingXcmV4Junctions;
  }

  /** @name StagingXcmV4Junctions (76) */
  interface StagingXcmV4Junctions extends Enum {
    readonly isHere: boolean;
    readonly isX1: boolean;
    readonly asX1: StagingXcmV4Junction;
    readonly isX2: boolean;
    readonly asX2: StagingXcmV4Junction;
    readonly isX3: boolean;
    readonly asX3: StagingXcmV4Junction;
    readonly isX4: boolean;
    readonly asX4: StagingXcmV4Junction;
    readonly isX5: boolean;
    readonly asX5: StagingXcmV4Junction;
    readonly isX6: boolean;
    readonly asX6: StagingXcmV4Junction;
    readonly isX7: boolean;
    readonly asX7: StagingXcmV4Junction;
    readonly isX8: boolean;
    readonly asX8: StagingXcmV4Junction;
    readonly type: 'Here' | 'X1' | 'X2' | 'X3' | 'X4' | 'X5' | 'X6' | 'X7' | 'X8';
  }

  /** @name StagingXcmV4Junction (78) */
  interface StagingXcmV4Junction extends Enum {
    readonly isParachain: boolean;
    readonly asParachain: Compact<u32>;
    readonly isAccountId32: boolean;
    readonly asAccountId32: {
      readonly network: Option<StagingXcmV4JunctionNetworkId>;
      readonly id: U8aFixed;
    } & Struct;
    readonly isAccountIndex64: boolean;
    readonly asAccountIndex64: {
      readonly network: Option<StagingXcmV4JunctionNetworkId>;
      readonly index: Compact<u64>;
    } & Struct;
    readonly isAccountKey20: boolean;
    readonly asAccountKey20: {
      readonly network: Option<StagingXcmV4JunctionNetworkId>;
      readonly key: U8aFixed;
    } & Struct;
    readonly isPalletInstance: boolean;
    readonly asPalletInstance: u8;
    readonly isGeneralIndex: boolean;
    readonly asGeneralIndex: Compact<u128>;
    readonly isGeneralKey: boolean;
    readonly asGeneralKey: {
      readonly length: u8;
      readonly data: U8aFixed;
    } & Struct;
    readonly isOnlyChild: boolean;
    readonly isPlurality: boolean;
    readonly asPlurality: {
      readonly id: XcmV3JunctionBodyId;
      readonly part: XcmV3JunctionBodyPart;
    } & Struct;
    readonly isGlobalConsensus: boolean;
    readonly asGlobalConsensus: StagingXcmV4JunctionNetworkId;
    readonly type: 'Parachain' | 'AccountId32' | 'AccountIndex64' | 'AccountKey20' | 'PalletInstance' | 'GeneralIndex' | 'GeneralKey' | 'OnlyChild' | 'Plurality' | 'GlobalConsensus';
  }

  /** @name StagingXcmV4JunctionNetworkId (80) */
  interface StagingXcmV4JunctionNetworkId extends Enum {
    readonly isByGenesis: boolean;
    readonly asByGenesis: U8aFixed;
    readonly isByFork: boolean;
    readonly asByFork: {
      readonly blockNumber: u64;
      readonly blockHash: U8aFixed;
    } & Struct;
    readonly isPolkadot: boolean;
    readonly isKusama: boolean;
    readonly isWestend: boolean;
    readonly isRococo: boolean;
    readonly isWococo: boolean;
    readonly isEthereum: boolean;
    readonly asEthereum: {
      readonly chainId: Compact<u64>;
    } & Struct;
    readonly isBitcoinCore: boolean;
    readonly isBitcoinCash: boolean;
    readonly isPolkadotBulletin: boolean;
    readonly type: 'ByGenesis' | 'ByFork' | 'Polkadot' | 'Kusama' | 'Westend' | 'Rococo' | 'Wococo' | 'Ethereum' | 'BitcoinCore' | 'BitcoinCash' | 'PolkadotBulletin';
  }

  /** @name StagingXcmV5Location (88) */
  interface StagingXcmV5Location extends Struct {
    readonly parents: u8;
    readonly interior: StagingXcmV5Junctions;
  }

  /** @name StagingXcmV5Junctions (89) */
  interface StagingXcmV5Junctions extends Enum {
    readonly isHere: boolean;
    readonly isX1: boolean;
    readonly asX1: Vec<StagingXcmV5Junction>;
    readonly isX2: boolean;
    readonly asX2: Vec<StagingXcmV5Junction>;
    readonly isX3: boolean;
    readonly asX3: Vec<StagingXcmV5Junction>;
    readonly isX4: boolean;
    readonly asX4: Vec<StagingXcmV5Junction>;
    readonly isX5: boolean;
    readonly asX5: Vec<StagingXcmV5Junction>;
    readonly isX6: boolean;
    readonly asX6: Vec<StagingXcmV5Junction>;
    readonly isX7: boolean;
    readonly asX7: Vec<StagingXcmV5Junction>;
    readonly isX8: boolean;
    readonly asX8: Vec<StagingXcmV5Junction>;
    readonly type: 'Here' | 'X1' | 'X2' | 'X3' | 'X4' | 'X5' | 'X6' | 'X7' | 'X8';
  }

  /** @name StagingXcmV5Junction (91) */
  interface StagingXcmV5Junction extends Enum {
    readonly isParachain: boolean;
    readonly asParachain: Compact<u32>;
    readonly isAccountId32: boolean;
    readonly asAccountId32: {
      readonly network: Option<StagingXcmV5JunctionNetworkId>;
      readonly id: U8aFixed;
    } & Struct;
    readonly isAccountIndex64: boolean;
    readonly asAccountIndex64: {
      readonly network: Option<StagingXcmV5JunctionNetworkId>;
      readonly index: Compact<u64>;
    } & Struct;
    readonly isAccountKey20: boolean;
    readonly asAccountKey20: {
      readonly network: Option<StagingXcmV5JunctionNetworkId>;
      readonly key: U8aFixed;
    } & Struct;
    readonly isPalletInstance: boolean;
    readonly asPalletInstance: u8;
    readonly isGeneralIndex: boolean;
    readonly asGeneralIndex: Compact<u128>;
    readonly isGeneralKey: boolean;
    readonly asGeneralKey: {
      readonly length: u8;
      readonly data: U8aFixed;
    } & Struct;
    readonly isOnlyChild: boolean;
    readonly isPlurality: boolean;
    readonly asPlurality: {
      readonly id: XcmV3JunctionBodyId;
      readonly part: XcmV3JunctionBodyPart;
    } & Struct;
    readonly isGlobalConsensus: boolean;
    readonly asGlobalConsensus: StagingXcmV5JunctionNetworkId;
    readonly type: 'Parachain' | 'AccountId32' | 'AccountIndex64' | 'AccountKey20' | 'PalletInstance' | 'GeneralIndex' | 'GeneralKey' | 'OnlyChild' | 'Plurality' | 'GlobalConsensus';
  }

  /** @name StagingXcmV5JunctionNetworkId (93) */
  interface StagingXcmV5JunctionNetworkId extends Enum {
    readonly isByGenesis: boolean;
    readonly asByGenesis: U8aFixed;
    readonly isByFork: boolean;
    readonly asByFork: {
      readonly blockNumber: u64;
      readonly blockHash: U8aFixed;
    } & Struct;
    readonly isPolkadot: boolean;
    readonly isKusama: boolean;
    readonly isEthereum: boolean;
    readonly asEthereum: {
      readonly chainId: Compact<u64>;
    } & Struct;
    readonly isBitcoinCore: boolean;
    readonly isBitcoinCash: boolean;
    readonly isPolkadotBulletin: boolean;
    readonly type: 'ByGenesis' | 'ByFork' | 'Polkadot' | 'Kusama' | 'Ethereum' | 'BitcoinCore' | 'BitcoinCash' | 'PolkadotBulletin';
  }

  /** @name XcmVersionedXcm (101) */
  interface XcmVersionedXcm extends Enum {
    readonly isV3: boolean;
    readonly asV3: XcmV3Xcm;
    readonly isV4: boolean;
    readonly asV4: StagingXcmV4Xcm;
    readonly isV5: boolean;
    readonly asV5: StagingXcmV5Xcm;
    readonly type: 'V3' | 'V4' | 'V5';
  }

  /** @name XcmV3Xcm (102) */
  interface XcmV3Xcm extends Vec<XcmV3Instruction> {}

  /** @name XcmV3Instruction (104) */
  interface XcmV3Instruction extends Enum {
    readonly isWithdrawAsset: boolean;
    readonly asWithdrawAsset: XcmV3MultiassetMultiAssets;
    readonly isReserveAssetDeposited: boolean;
    readonly asReserveAssetDeposited: XcmV3MultiassetMultiAssets;
    readonly isReceiveTeleportedAsset: boolean;
    readonly asReceiveTeleportedAsset: XcmV3MultiassetMultiAssets;
    readonly isQueryResponse: boolean;
    readonly asQueryResponse: {
      readonly queryId: Compact<u64>;
      readonly response: XcmV3Response;
      readonly maxWeight: SpWeightsWeightV2Weight;
      readonly querier: Option<StagingXcmV3MultiLocation>;
    } & Struct;
    readonly isTransferAsset: boolean;
    readonly asTransferAsset: {
      readonly assets: XcmV3MultiassetMultiAssets;
      readonly beneficiary: StagingXcmV3MultiLocation;
    } & Struct;
    readonly isTransferReserveAsset: boolean;
    readonly asTransferReserveAsset: {
      readonly assets: XcmV3MultiassetMultiAssets;
      readonly dest: StagingXcmV3MultiLocation;
      readonly xcm: XcmV3Xcm;
    } & Struct;
    readonly isTransact: boolean;
    readonly asTransact: {
      readonly originKind: XcmV3OriginKind;
      readonly requireWeightAtMost: SpWeightsWeightV2Weight;
      readonly call: XcmDoubleEncoded;
    } & Struct;
    readonly isHrmpNewChannelOpenRequest: boolean;
    readonly asHrmpNewChannelOpenRequest: {
      readonly sender: Compact<u32>;
      readonly maxMessageSize: Compact<u32>;
      readonly maxCapacity: Compact<u32>;
    } & Struct;
    readonly isHrmpChannelAccepted: boolean;
    readonly asHrmpChannelAccepted: {
      readonly recipient: Compact<u32>;
    } & Struct;
    readonly isHrmpChannelClosing: boolean;
    readonly asHrmpChannelClosing: {
      readonly initiator: Compact<u32>;
      readonly sender: Compact<u32>;
      readonly recipient: Compact<u32>;
    } & Struct;
    readonly isClearOrigin: boolean;
    readonly isDescendOrigin: boolean;
    readonly asDescendOrigin: XcmV3Junctions;
    readonly isReportError: boolean;
    readonly asReportError: XcmV3QueryResponseInfo;
    readonly isDepositAsset: boolean;
    readonly asDepositAsset: {
      readonly assets: XcmV3MultiassetMultiAssetFilter;
      readonly beneficiary: StagingXcmV3MultiLocation;
    } & Struct;
    readonly isDepositReserveAsset: boolean;
    readonly asDepositReserveAsset: {
      readonly assets: XcmV3MultiassetMultiAssetFilter;
      readonly dest: StagingXcmV3MultiLocation;
      readonly xcm: XcmV3Xcm;
    } & Struct;
    readonly isExchangeAsset: boolean;
    readonly asExchangeAsset: {
      readonly give: XcmV3MultiassetMultiAssetFilter;
      readonly want: XcmV3MultiassetMultiAssets;
      readonly maximal: bool;
    } & Struct;
    readonly isInitiateReserveWithdraw: boolean;
    readonly asInitiateReserveWithdraw: {
      readonly assets: XcmV3MultiassetMultiAssetFilter;
      readonly reserve: StagingXcmV3MultiLocation;
      readonly xcm: XcmV3Xcm;
    } & Struct;
    readonly isInitiateTeleport: boolean;
    readonly asInitiateTeleport: {
      readonly assets: XcmV3MultiassetMultiAssetFilter;
      readonly dest: StagingXcmV3MultiLocation;
      readonly xcm: XcmV3Xcm;
    } & Struct;
    readonly isReportHolding: boolean;
    readonly asReportHolding: {
      readonly responseInfo: XcmV3QueryResponseInfo;
      readonly assets: XcmV3MultiassetMultiAssetFilter;
    } & Struct;
    readonly isBuyExecution: boolean;
    readonly asBuyExecution: {
      readonly fees: XcmV3MultiAsset;
      readonly weightLimit: XcmV3WeightLimit;
    } & Struct;
    readonly isRefundSurplus: boolean;
    readonly isSetErrorHandler: boolean;
    readonly asSetErrorHandler: XcmV3Xcm;
    readonly isSetAppendix: boolean;
    readonly asSetAppendix: XcmV3Xcm;
    readonly isClearError: boolean;
    readonly isClaimAsset: boolean;
    readonly asClaimAsset: {
      readonly assets: XcmV3MultiassetMultiAssets;
      readonly ticket: StagingXcmV3MultiLocation;
    } & Struct;
    readonly isTrap: boolean;
    readonly asTrap: Compact<u64>;
    readonly isSubscribeVersion: boolean;
    readonly asSubscribeVersion: {
      readonly queryId: Compact<u64>;
      readonly maxResponseWeight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isUnsubscribeVersion: boolean;
    readonly isBurnAsset: boolean;
    readonly asBurnAsset: XcmV3MultiassetMultiAssets;
    readonly isExpectAsset: boolean;
    readonly asExpectAsset: XcmV3MultiassetMultiAssets;
    readonly isExpectOrigin: boolean;
    readonly asExpectOrigin: Option<StagingXcmV3MultiLocation>;
    readonly isExpectError: boolean;
    readonly asExpectError: Option<ITuple<[u32, XcmV3TraitsError]>>;
    readonly isExpectTransactStatus: boolean;
    readonly asExpectTransactStatus: XcmV3MaybeErrorCode;
    readonly isQueryPallet: boolean;
    readonly asQueryPallet: {
      readonly moduleName: Bytes;
      readonly responseInfo: XcmV3QueryResponseInfo;
    } & Struct;
    readonly isExpectPallet: boolean;
    readonly asExpectPallet: {
      readonly index: Compact<u32>;
      readonly name: Bytes;
      readonly moduleName: Bytes;
      readonly crateMajor: Compact<u32>;
      readonly minCrateMinor: Compact<u32>;
    } & Struct;
    readonly isReportTransactStatus: boolean;
    readonly asReportTransactStatus: XcmV3QueryResponseInfo;
    readonly isClearTransactStatus: boolean;
    readonly isUniversalOrigin: boolean;
    readonly asUniversalOrigin: XcmV3Junction;
    readonly isExportMessage: boolean;
    readonly asExportMessage: {
      readonly network: XcmV3JunctionNetworkId;
      readonly destination: XcmV3Junctions;
      readonly xcm: XcmV3Xcm;
    } & Struct;
    readonly isLockAsset: boolean;
    readonly asLockAsset: {
      readonly asset: XcmV3MultiAsset;
      readonly unlocker: StagingXcmV3MultiLocation;
    } & Struct;
    readonly isUnlockAsset: boolean;
    readonly asUnlockAsset: {
      readonly asset: XcmV3MultiAsset;
      readonly target: StagingXcmV3MultiLocation;
    } & Struct;
    readonly isNoteUnlockable: boolean;
    readonly asNoteUnlockable: {
      readonly asset: XcmV3MultiAsset;
      readonly owner: StagingXcmV3MultiLocation;
    } & Struct;
    readonly isRequestUnlock: boolean;
    readonly asRequestUnlock: {
      readonly asset: XcmV3MultiAsset;
      readonly locker: StagingXcmV3MultiLocation;
    } & Struct;
    readonly isSetFeesMode: boolean;
    readonly asSetFeesMode: {
      readonly jitWithdraw: bool;
    } & Struct;
    readonly isSetTopic: boolean;
    readonly asSetTopic: U8aFixed;
    readonly isClearTopic: boolean;
    readonly isAliasOrigin: boolean;
    readonly asAliasOrigin: StagingXcmV3MultiLocation;
    readonly isUnpaidExecution: boolean;
    readonly asUnpaidExecution: {
      readonly weightLimit: XcmV3WeightLimit;
      readonly checkOrigin: Option<StagingXcmV3MultiLocation>;
    } & Struct;
    readonly type: 'WithdrawAsset' | 'ReserveAssetDeposited' | 'ReceiveTeleportedAsset' | 'QueryResponse' | 'TransferAsset' | 'TransferReserveAsset' | 'Transact' | 'HrmpNewChannelOpenRequest' | 'HrmpChannelAccepted' | 'HrmpChannelClosing' | 'ClearOrigin' | 'DescendOrigin' | 'ReportError' | 'DepositAsset' | 'DepositReserveAsset' | 'ExchangeAsset' | 'InitiateReserveWithdraw' | 'InitiateTeleport' | 'ReportHolding' | 'BuyExecution' | 'RefundSurplus' | 'SetErrorHandler' | 'SetAppendix' | 'ClearError' | 'ClaimAsset' | 'Trap' | 'SubscribeVersion' | 'UnsubscribeVersion' | 'BurnAsset' | 'ExpectAsset' | 'ExpectOrigin' | 'ExpectError' | 'ExpectTransactStatus' | 'QueryPallet' | 'ExpectPallet' | 'ReportTransactStatus' | 'ClearTransactStatus' | 'UniversalOrigin' | 'ExportMessage' | 'LockAsset' | 'UnlockAsset' | 'NoteUnlockable' | 'RequestUnlock' | 'SetFeesMode' | 'SetTopic' | 'ClearTopic' | 'AliasOrigin' | 'UnpaidExecution';
  }

  /** @name XcmV3MultiassetMultiAssets (105) */
  interface XcmV3MultiassetMultiAssets extends Vec<XcmV3MultiAsset> {}

  /** @name XcmV3MultiAsset (107) */
  interface XcmV3MultiAsset extends Struct {
    readonly id: XcmV3MultiassetAssetId;
    readonly fun: XcmV3MultiassetFungibility;
  }

  /** @name XcmV3MultiassetAssetId (108) */
  interface XcmV3MultiassetAssetId extends Enum {
    readonly isConcrete: boolean;
    readonly asConcrete: StagingXcmV3MultiLocation;
    readonly isAbstract: boolean;
    readonly asAbstract: U8aFixed;
    readonly type: 'Concrete' | 'Abstract';
  }

  /** @name XcmV3MultiassetFungibility (109) */
  interface XcmV3MultiassetFungibility extends Enum {
    readonly isFungible: boolean;
    readonly asFungible: Compact<u128>;
    readonly isNonFungible: boolean;
    readonly asNonFungible: XcmV3MultiassetAssetInstance;
    readonly type: 'Fungible' | 'NonFungible';
  }

  /** @name XcmV3MultiassetAssetInstance (110) */
  interface XcmV3MultiassetAssetInstance extends Enum {
    readonly isUndefined: boolean;
    readonly isIndex: boolean;
    readonly asIndex: Compact<u128>;
    readonly isArray4: boolean;
    readonly asArray4: U8aFixed;
    readonly isArray8: boolean;
    readonly asArray8: U8aFixed;
    readonly isArray16: boolean;
    readonly asArray16: U8aFixed;
    readonly isArray32: boolean;
    readonly asArray32: U8aFixed;
    readonly type: 'Undefined' | 'Index' | 'Array4' | 'Array8' | 'Array16' | 'Array32';
  }

  /** @name XcmV3Response (113) */
  interface XcmV3Response extends Enum {
    readonly isNull: boolean;
    readonly isAssets: boolean;
    readonly asAssets: XcmV3MultiassetMultiAssets;
    readonly isExecutionResult: boolean;
    readonly asExecutionResult: Option<ITuple<[u32, XcmV3TraitsError]>>;
    readonly isVersion: boolean;
    readonly asVersion: u32;
    readonly isPalletsInfo: boolean;
    readonly asPalletsInfo: Vec<XcmV3PalletInfo>;
    readonly isDispatchResult: boolean;
    readonly asDispatchResult: XcmV3MaybeErrorCode;
    readonly type: 'Null' | 'Assets' | 'ExecutionResult' | 'Version' | 'PalletsInfo' | 'DispatchResult';
  }

  /** @name XcmV3TraitsError (116) */
  interface XcmV3TraitsError extends Enum {
    readonly isOverflow: boolean;
    readonly isUnimplemented: boolean;
    readonly isUntrustedReserveLocation: boolean;
    readonly isUntrustedTeleportLocation: boolean;
    readonly isLocationFull: boolean;
    readonly isLocationNotInvertible: boolean;
    readonly isBadOrigin: boolean;
    readonly isInvalidLocation: boolean;
    readonly isAssetNotFound: boolean;
    readonly isFailedToTransactAsset: boolean;
    readonly isNotWithdrawable: boolean;
    readonly isLocationCannotHold: boolean;
    readonly isExceedsMaxMessageSize: boolean;
    readonly isDestinationUnsupported: boolean;
    readonly isTransport: boolean;
    readonly isUnroutable: boolean;
    readonly isUnknownClaim: boolean;
    readonly isFailedToDecode: boolean;
    readonly isMaxWeightInvalid: boolean;
    readonly isNotHoldingFees: boolean;
    readonly isTooExpensive: boolean;
    readonly isTrap: boolean;
    readonly asTrap: u64;
    readonly isExpectationFalse: boolean;
    readonly isPalletNotFound: boolean;
    readonly isNameMismatch: boolean;
    readonly isVersionIncompatible: boolean;
    readonly isHoldingWouldOverflow: boolean;
    readonly isExportError: boolean;
    readonly isReanchorFailed: boolean;
    readonly isNoDeal: boolean;
    readonly isFeesNotMet: boolean;
    readonly isLockError: boolean;
    readonly isNoPermission: boolean;
    readonly isUnanchored: boolean;
    readonly isNotDepositable: boolean;
    readonly isUnhandledXcmVersion: boolean;
    readonly isWeightLimitReached: boolean;
    readonly asWeightLimitReached: SpWeightsWeightV2Weight;
    readonly isBarrier: boolean;
    readonly isWeightNotComputable: boolean;
    readonly isExceedsStackLimit: boolean;
    readonly type: 'Overflow' | 'Unimplemented' | 'UntrustedReserveLocation' | 'UntrustedTeleportLocation' | 'LocationFull' | 'LocationNotInvertible' | 'BadOrigin' | 'InvalidLocation' | 'AssetNotFound' | 'FailedToTransactAsset' | 'NotWithdrawable' | 'LocationCannotHold' | 'ExceedsMaxMessageSize' | 'DestinationUnsupported' | 'Transport' | 'Unroutable' | 'UnknownClaim' | 'FailedToDecode' | 'MaxWeightInvalid' | 'NotHoldingFees' | 'TooExpensive' | 'Trap' | 'ExpectationFalse' | 'PalletNotFound' | 'NameMismatch' | 'VersionIncompatible' | 'HoldingWouldOverflow' | 'ExportError' | 'ReanchorFailed' | 'NoDeal' | 'FeesNotMet' | 'LockError' | 'NoPermission' | 'Unanchored' | 'NotDepositable' | 'UnhandledXcmVersion' | 'WeightLimitReached' | 'Barrier' | 'WeightNotComputable' | 'ExceedsStackLimit';
  }

  /** @name XcmV3PalletInfo (118) */
  interface XcmV3PalletInfo extends Struct {
    readonly index: Compact<u32>;
    readonly name: Bytes;
    readonly moduleName: Bytes;
    readonly major: Compact<u32>;
    readonly minor: Compact<u32>;
    readonly patch: Compact<u32>;
  }

  /** @name XcmV3MaybeErrorCode (121) */
  interface XcmV3MaybeErrorCode extends Enum {
    readonly isSuccess: boolean;
    readonly isError: boolean;
    readonly asError: Bytes;
    readonly isTruncatedError: boolean;
    readonly asTruncatedError: Bytes;
    readonly type: 'Success' | 'Error' | 'TruncatedError';
  }

  /** @name XcmV3OriginKind (124) */
  interface XcmV3OriginKind extends Enum {
    readonly isNative: boolean;
    readonly isSovereignAccount: boolean;
    readonly isSuperuser: boolean;
    readonly isXcm: boolean;
    readonly type: 'Native' | 'SovereignAccount' | 'Superuser' | 'Xcm';
  }

  /** @name XcmDoubleEncoded (125) */
  interface XcmDoubleEncoded extends Struct {
    readonly encoded: Bytes;
  }

  /** @name XcmV3QueryResponseInfo (126) */
  interface XcmV3QueryResponseInfo extends Struct {
    readonly destination: StagingXcmV3MultiLocation;
    readonly queryId: Compact<u64>;
    readonly maxWeight: SpWeightsWeightV2Weight;
  }

  /** @name XcmV3MultiassetMultiAssetFilter (127) */
  interface XcmV3MultiassetMultiAssetFilter extends Enum {
    readonly isDefinite: boolean;
    readonly asDefinite: XcmV3MultiassetMultiAssets;
    readonly isWild: boolean;
    readonly asWild: XcmV3MultiassetWildMultiAsset;
    readonly type: 'Definite' | 'Wild';
  }

  /** @name XcmV3MultiassetWildMultiAsset (128) */
  interface XcmV3MultiassetWildMultiAsset extends Enum {
    readonly isAll: boolean;
    readonly isAllOf: boolean;
    readonly asAllOf: {
      readonly id: XcmV3MultiassetAssetId;
      readonly fun: XcmV3MultiassetWildFungibility;
    } & Struct;
    readonly isAllCounted: boolean;
    readonly asAllCounted: Compact<u32>;
    readonly isAllOfCounted: boolean;
    readonly asAllOfCounted: {
      readonly id: XcmV3MultiassetAssetId;
      readonly fun: XcmV3MultiassetWildFungibility;
      readonly count: Compact<u32>;
    } & Struct;
    readonly type: 'All' | 'AllOf' | 'AllCounted' | 'AllOfCounted';
  }

  /** @name XcmV3MultiassetWildFungibility (129) */
  interface XcmV3MultiassetWildFungibility extends Enum {
    readonly isFungible: boolean;
    readonly isNonFungible: boolean;
    readonly type: 'Fungible' | 'NonFungible';
  }

  /** @name XcmV3WeightLimit (130) */
  interface XcmV3WeightLimit extends Enum {
    readonly isUnlimited: boolean;
    readonly isLimited: boolean;
    readonly asLimited: SpWeightsWeightV2Weight;
    readonly type: 'Unlimited' | 'Limited';
  }

  /** @name StagingXcmV4Xcm (131) */
  interface StagingXcmV4Xcm extends Vec<StagingXcmV4Instruction> {}

  /** @name StagingXcmV4Instruction (133) */
  interface StagingXcmV4Instruction extends Enum {
    readonly isWithdrawAsset: boolean;
    readonly asWithdrawAsset: StagingXcmV4AssetAssets;
    readonly isReserveAssetDeposited: boolean;
    readonly asReserveAssetDeposited: StagingXcmV4AssetAssets;
    readonly isReceiveTeleportedAsset: boolean;
    readonly asReceiveTeleportedAsset: StagingXcmV4AssetAssets;
    readonly isQueryResponse: boolean;
    readonly asQueryResponse: {
      readonly queryId: Compact<u64>;
      readonly response: StagingXcmV4Response;
      readonly maxWeight: SpWeightsWeightV2Weight;
      readonly querier: Option<StagingXcmV4Location>;
    } & Struct;
    readonly isTransferAsset: boolean;
    readonly asTransferAsset: {
      readonly assets: StagingXcmV4AssetAssets;
      readonly beneficiary: StagingXcmV4Location;
    } & Struct;
    readonly isTransferReserveAsset: boolean;
    readonly asTransferReserveAsset: {
      readonly assets: StagingXcmV4AssetAssets;
      readonly dest: StagingXcmV4Location;
      readonly xcm: StagingXcmV4Xcm;
    } & Struct;
    readonly isTransact: boolean;
    readonly asTransact: {
      readonly originKind: XcmV3OriginKind;
      readonly requireWeightAtMost: SpWeightsWeightV2Weight;
      readonly call: XcmDoubleEncoded;
    } & Struct;
    readonly isHrmpNewChannelOpenRequest: boolean;
    readonly asHrmpNewChannelOpenRequest: {
      readonly sender: Compact<u32>;
      readonly maxMessageSize: Compact<u32>;
      readonly maxCapacity: Compact<u32>;
    } & Struct;
    readonly isHrmpChannelAccepted: boolean;
    readonly asHrmpChannelAccepted: {
      readonly recipient: Compact<u32>;
    } & Struct;
    readonly isHrmpChannelClosing: boolean;
    readonly asHrmpChannelClosing: {
      readonly initiator: Compact<u32>;
      readonly sender: Compact<u32>;
      readonly recipient: Compact<u32>;
    } & Struct;
    readonly isClearOrigin: boolean;
    readonly isDescendOrigin: boolean;
    readonly asDescendOrigin: StagingXcmV4Junctions;
    readonly isReportError: boolean;
    readonly asReportError: StagingXcmV4QueryResponseInfo;
    readonly isDepositAsset: boolean;
    readonly asDepositAsset: {
      readonly assets: StagingXcmV4AssetAssetFilter;
      readonly beneficiary: StagingXcmV4Location;
    } & Struct;
    readonly isDepositReserveAsset: boolean;
    readonly asDepositReserveAsset: {
      readonly assets: StagingXcmV4AssetAssetFilter;
      readonly dest: StagingXcmV4Location;
      readonly xcm: StagingXcmV4Xcm;
    } & Struct;
    readonly isExchangeAsset: boolean;
    readonly asExchangeAsset: {
      readonly give: StagingXcmV4AssetAssetFilter;
      readonly want: StagingXcmV4AssetAssets;
      readonly maximal: bool;
    } & Struct;
    readonly isInitiateReserveWithdraw: boolean;
    readonly asInitiateReserveWithdraw: {
      readonly assets: StagingXcmV4AssetAssetFilter;
      readonly reserve: StagingXcmV4Location;
      readonly xcm: StagingXcmV4Xcm;
    } & Struct;
    readonly isInitiateTeleport: boolean;
    readonly asInitiateTeleport: {
      readonly assets: StagingXcmV4AssetAssetFilter;
      readonly dest: StagingXcmV4Location;
      readonly xcm: StagingXcmV4Xcm;
    } & Struct;
    readonly isReportHolding: boolean;
    readonly asReportHolding: {
      readonly responseInfo: StagingXcmV4QueryResponseInfo;
      readonly assets: StagingXcmV4AssetAssetFilter;
    } & Struct;
    readonly isBuyExecution: boolean;
    readonly asBuyExecution: {
      readonly fees: StagingXcmV4Asset;
      readonly weightLimit: XcmV3WeightLimit;
    } & Struct;
    readonly isRefundSurplus: boolean;
    readonly isSetErrorHandler: boolean;
    readonly asSetErrorHandler: StagingXcmV4Xcm;
    readonly isSetAppendix: boolean;
    readonly asSetAppendix: StagingXcmV4Xcm;
    readonly isClearError: boolean;
    readonly isClaimAsset: boolean;
    readonly asClaimAsset: {
      readonly assets: StagingXcmV4AssetAssets;
      readonly ticket: StagingXcmV4Location;
    } & Struct;
    readonly isTrap: boolean;
    readonly asTrap: Compact<u64>;
    readonly isSubscribeVersion: boolean;
    readonly asSubscribeVersion: {
      readonly queryId: Compact<u64>;
      readonly maxResponseWeight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isUnsubscribeVersion: boolean;
    readonly isBurnAsset: boolean;
    readonly asBurnAsset: StagingXcmV4AssetAssets;
    readonly isExpectAsset: boolean;
    readonly asExpectAsset: StagingXcmV4AssetAssets;
    readonly isExpectOrigin: boolean;
    readonly asExpectOrigin: Option<StagingXcmV4Location>;
    readonly isExpectError: boolean;
    readonly asExpectError: Option<ITuple<[u32, XcmV3TraitsError]>>;
    readonly isExpectTransactStatus: boolean;
    readonly asExpectTransactStatus: XcmV3MaybeErrorCode;
    readonly isQueryPallet: boolean;
    readonly asQueryPallet: {
      readonly moduleName: Bytes;
      readonly responseInfo: StagingXcmV4QueryResponseInfo;
    } & Struct;
    readonly isExpectPallet: boolean;
    readonly asExpectPallet: {
      readonly index: Compact<u32>;
      readonly name: Bytes;
      readonly moduleName: Bytes;
      readonly crateMajor: Compact<u32>;
      readonly minCrateMinor: Compact<u32>;
    } & Struct;
    readonly isReportTransactStatus: boolean;
    readonly asReportTransactStatus: StagingXcmV4QueryResponseInfo;
    readonly isClearTransactStatus: boolean;
    readonly isUniversalOrigin: boolean;
    readonly asUniversalOrigin: StagingXcmV4Junction;
    readonly isExportMessage: boolean;
    readonly asExportMessage: {
      readonly network: StagingXcmV4JunctionNetworkId;
      readonly destination: StagingXcmV4Junctions;
      readonly xcm: StagingXcmV4Xcm;
    } & Struct;
    readonly isLockAsset: boolean;
    readonly asLockAsset: {
      readonly asset: StagingXcmV4Asset;
      readonly unlocker: StagingXcmV4Location;
    } & Struct;
    readonly isUnlockAsset: boolean;
    readonly asUnlockAsset: {
      readonly asset: StagingXcmV4Asset;
      readonly target: StagingXcmV4Location;
    } & Struct;
    readonly isNoteUnlockable: boolean;
    readonly asNoteUnlockable: {
      readonly asset: StagingXcmV4Asset;
      readonly owner: StagingXcmV4Location;
    } & Struct;
    readonly isRequestUnlock: boolean;
    readonly asRequestUnlock: {
      readonly asset: StagingXcmV4Asset;
      readonly locker: StagingXcmV4Location;
    } & Struct;
    readonly isSetFeesMode: boolean;
    readonly asSetFeesMode: {
      readonly jitWithdraw: bool;
    } & Struct;
    readonly isSetTopic: boolean;
    readonly asSetTopic: U8aFixed;
    readonly isClearTopic: boolean;
    readonly isAliasOrigin: boolean;
    readonly asAliasOrigin: StagingXcmV4Location;
    readonly isUnpaidExecution: boolean;
    readonly asUnpaidExecution: {
      readonly weightLimit: XcmV3WeightLimit;
      readonly checkOrigin: Option<StagingXcmV4Location>;
    } & Struct;
    readonly type: 'WithdrawAsset' | 'ReserveAssetDeposited' | 'ReceiveTeleportedAsset' | 'QueryResponse' | 'TransferAsset' | 'TransferReserveAsset' | 'Transact' | 'HrmpNewChannelOpenRequest' | 'HrmpChannelAccepted' | 'HrmpChannelClosing' | 'ClearOrigin' | 'DescendOrigin' | 'ReportError' | 'DepositAsset' | 'DepositReserveAsset' | 'ExchangeAsset' | 'InitiateReserveWithdraw' | 'InitiateTeleport' | 'ReportHolding' | 'BuyExecution' | 'RefundSurplus' | 'SetErrorHandler' | 'SetAppendix' | 'ClearError' | 'ClaimAsset' | 'Trap' | 'SubscribeVersion' | 'UnsubscribeVersion' | 'BurnAsset' | 'ExpectAsset' | 'ExpectOrigin' | 'ExpectError' | 'ExpectTransactStatus' | 'QueryPallet' | 'ExpectPallet' | 'ReportTransactStatus' | 'ClearTransactStatus' | 'UniversalOrigin' | 'ExportMessage' | 'LockAsset' | 'UnlockAsset' | 'NoteUnlockable' | 'RequestUnlock' | 'SetFeesMode' | 'SetTopic' | 'ClearTopic' | 'AliasOrigin' | 'UnpaidExecution';
  }

  /** @name StagingXcmV4AssetAssets (134) */
  interface StagingXcmV4AssetAssets extends Vec<StagingXcmV4Asset> {}

  /** @name StagingXcmV4Asset (136) */
  interface StagingXcmV4Asset extends Struct {
    readonly id: StagingXcmV4AssetAssetId;
    readonly fun: StagingXcmV4AssetFungibility;
  }

  /** @name StagingXcmV4AssetAssetId (137) */
  interface StagingXcmV4AssetAssetId extends StagingXcmV4Location {}

  /** @name StagingXcmV4AssetFungibility (138) */
  interface StagingXcmV4AssetFungibility extends Enum {
    readonly isFungible: boolean;
    readonly asFungible: Compact<u128>;
    readonly isNonFungible: boolean;
    readonly asNonFungible: StagingXcmV4AssetAssetInstance;
    readonly type: 'Fungible' | 'NonFungible';
  }

  /** @name StagingXcmV4AssetAssetInstance (139) */
  interface StagingXcmV4AssetAssetInstance extends Enum {
    readonly isUndefined: boolean;
    readonly isIndex: boolean;
    readonly asIndex: Compact<u128>;
    readonly isArray4: boolean;
    readonly asArray4: U8aFixed;
    readonly isArray8: boolean;
    readonly asArray8: U8aFixed;
    readonly isArray16: boolean;
    readonly asArray16: U8aFixed;
    readonly isArray32: boolean;
    readonly asArray32: U8aFixed;
    readonly type: 'Undefined' | 'Index' | 'Array4' | 'Array8' | 'Array16' | 'Array32';
  }

  /** @name StagingXcmV4Response (140) */
  interface StagingXcmV4Response extends Enum {
    readonly isNull: boolean;
    readonly isAssets: boolean;
    readonly asAssets: StagingXcmV4AssetAssets;
    readonly isExecutionResult: boolean;
    readonly asExecutionResult: Option<ITuple<[u32, XcmV3TraitsError]>>;
    readonly isVersion: boolean;
    readonly asVersion: u32;
    readonly isPalletsInfo: boolean;
    readonly asPalletsInfo: Vec<StagingXcmV4PalletInfo>;
    readonly isDispatchResult: boolean;
    readonly asDispatchResult: XcmV3MaybeErrorCode;
    readonly type: 'Null' | 'Assets' | 'ExecutionResult' | 'Version' | 'PalletsInfo' | 'DispatchResult';
  }

  /** @name StagingXcmV4PalletInfo (142) */
  interface StagingXcmV4PalletInfo extends Struct {
    readonly index: Compact<u32>;
    readonly name: Bytes;
    readonly moduleName: Bytes;
    readonly major: Compact<u32>;
    readonly minor: Compact<u32>;
    readonly patch: Compact<u32>;
  }

  /** @name StagingXcmV4QueryResponseInfo (146) */
  interface StagingXcmV4QueryResponseInfo extends Struct {
    readonly destination: StagingXcmV4Location;
    readonly queryId: Compact<u64>;
    readonly maxWeight: SpWeightsWeightV2Weight;
  }

  /** @name StagingXcmV4AssetAssetFilter (147) */
  interface StagingXcmV4AssetAssetFilter extends Enum {
    readonly isDefinite: boolean;
    readonly asDefinite: StagingXcmV4AssetAssets;
    readonly isWild: boolean;
    readonly asWild: StagingXcmV4AssetWildAsset;
    readonly type: 'Definite' | 'Wild';
  }

  /** @name StagingXcmV4AssetWildAsset (148) */
  interface StagingXcmV4AssetWildAsset extends Enum {
    readonly isAll: boolean;
    readonly isAllOf: boolean;
    readonly asAllOf: {
      readonly id: StagingXcmV4AssetAssetId;
      readonly fun: StagingXcmV4AssetWildFungibility;
    } & Struct;
    readonly isAllCounted: boolean;
    readonly asAllCounted: Compact<u32>;
    readonly isAllOfCounted: boolean;
    readonly asAllOfCounted: {
      readonly id: StagingXcmV4AssetAssetId;
      readonly fun: StagingXcmV4AssetWildFungibility;
      readonly count: Compact<u32>;
    } & Struct;
    readonly type: 'All' | 'AllOf' | 'AllCounted' | 'AllOfCounted';
  }

  /** @name StagingXcmV4AssetWildFungibility (149) */
  interface StagingXcmV4AssetWildFungibility extends Enum {
    readonly isFungible: boolean;
    readonly isNonFungible: boolean;
    readonly type: 'Fungible' | 'NonFungible';
  }

  /** @name StagingXcmV5Xcm (150) */
  interface StagingXcmV5Xcm extends Vec<StagingXcmV5Instruction> {}

  /** @name StagingXcmV5Instruction (152) */
  interface StagingXcmV5Instruction extends Enum {
    readonly isWithdrawAsset: boolean;
    readonly asWithdrawAsset: StagingXcmV5AssetAssets;
    readonly isReserveAssetDeposited: boolean;
    readonly asReserveAssetDeposited: StagingXcmV5AssetAssets;
    readonly isReceiveTeleportedAsset: boolean;
    readonly asReceiveTeleportedAsset: StagingXcmV5AssetAssets;
    readonly isQueryResponse: boolean;
    readonly asQueryResponse: {
      readonly queryId: Compact<u64>;
      readonly response: StagingXcmV5Response;
      readonly maxWeight: SpWeightsWeightV2Weight;
      readonly querier: Option<StagingXcmV5Location>;
    } & Struct;
    readonly isTransferAsset: boolean;
    readonly asTransferAsset: {
      readonly assets: StagingXcmV5AssetAssets;
      readonly beneficiary: StagingXcmV5Location;
    } & Struct;
    readonly isTransferReserveAsset: boolean;
    readonly asTransferReserveAsset: {
      readonly assets: StagingXcmV5AssetAssets;
      readonly dest: StagingXcmV5Location;
      readonly xcm: StagingXcmV5Xcm;
    } & Struct;
    readonly isTransact: boolean;
    readonly asTransact: {
      readonly originKind: XcmV3OriginKind;
      readonly fallbackMaxWeight: Option<SpWeightsWeightV2Weight>;
      readonly call: XcmDoubleEncoded;
    } & Struct;
    readonly isHrmpNewChannelOpenRequest: boolean;
    readonly asHrmpNewChannelOpenRequest: {
      readonly sender: Compact<u32>;
      readonly maxMessageSize: Compact<u32>;
      readonly maxCapacity: Compact<u32>;
    } & Struct;
    readonly isHrmpChannelAccepted: boolean;
    readonly asHrmpChannelAccepted: {
      readonly recipient: Compact<u32>;
    } & Struct;
    readonly isHrmpChannelClosing: boolean;
    readonly asHrmpChannelClosing: {
      readonly initiator: Compact<u32>;
      readonly sender: Compact<u32>;
      readonly recipient: Compact<u32>;
    } & Struct;
    readonly isClearOrigin: boolean;
    readonly isDescendOrigin: boolean;
    readonly asDescendOrigin: StagingXcmV5Junctions;
    readonly isReportError: boolean;
    readonly asReportError: StagingXcmV5QueryResponseInfo;
    readonly isDepositAsset: boolean;
    readonly asDepositAsset: {
      readonly assets: StagingXcmV5AssetAssetFilter;
      readonly beneficiary: StagingXcmV5Location;
    } & Struct;
    readonly isDepositReserveAsset: boolean;
    readonly asDepositReserveAsset: {
      readonly assets: StagingXcmV5AssetAssetFilter;
      readonly dest: StagingXcmV5Location;
      readonly xcm: StagingXcmV5Xcm;
    } & Struct;
    readonly isExchangeAsset: boolean;
    readonly asExchangeAsset: {
      readonly give: StagingXcmV5AssetAssetFilter;
      readonly want: StagingXcmV5AssetAssets;
      readonly maximal: bool;
    } & Struct;
    readonly isInitiateReserveWithdraw: boolean;
    readonly asInitiateReserveWithdraw: {
      readonly assets: StagingXcmV5AssetAssetFilter;
      readonly reserve: StagingXcmV5Location;
      readonly xcm: StagingXcmV5Xcm;
    } & Struct;
    readonly isInitiateTeleport: boolean;
    readonly asInitiateTeleport: {
      readonly assets: StagingXcmV5AssetAssetFilter;
      readonly dest: StagingXcmV5Location;
      readonly xcm: StagingXcmV5Xcm;
    } & Struct;
    readonly isReportHolding: boolean;
    readonly asReportHolding: {
      readonly responseInfo: StagingXcmV5QueryResponseInfo;
      readonly assets: StagingXcmV5AssetAssetFilter;
    } & Struct;
    readonly isBuyExecution: boolean;
    readonly asBuyExecution: {
      readonly fees: StagingXcmV5Asset;
      readonly weightLimit: XcmV3WeightLimit;
    } & Struct;
    readonly isRefundSurplus: boolean;
    readonly isSetErrorHandler: boolean;
    readonly asSetErrorHandler: StagingXcmV5Xcm;
    readonly isSetAppendix: boolean;
    readonly asSetAppendix: StagingXcmV5Xcm;
    readonly isClearError: boolean;
    readonly isClaimAsset: boolean;
    readonly asClaimAsset: {
      readonly assets: StagingXcmV5AssetAssets;
      readonly ticket: StagingXcmV5Location;
    } & Struct;
    readonly isTrap: boolean;
    readonly asTrap: Compact<u64>;
    readonly isSubscribeVersion: boolean;
    readonly asSubscribeVersion: {
      readonly queryId: Compact<u64>;
      readonly maxResponseWeight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isUnsubscribeVersion: boolean;
    readonly isBurnAsset: boolean;
    readonly asBurnAsset: StagingXcmV5AssetAssets;
    readonly isExpectAsset: boolean;
    readonly asExpectAsset: StagingXcmV5AssetAssets;
    readonly isExpectOrigin: boolean;
    readonly asExpectOrigin: Option<StagingXcmV5Location>;
    readonly isExpectError: boolean;
    readonly asExpectError: Option<ITuple<[u32, XcmV5TraitsError]>>;
    readonly isExpectTransactStatus: boolean;
    readonly asExpectTransactStatus: XcmV3MaybeErrorCode;
    readonly isQueryPallet: boolean;
    readonly asQueryPallet: {
      readonly moduleName: Bytes;
      readonly responseInfo: StagingXcmV5QueryResponseInfo;
    } & Struct;
    readonly isExpectPallet: boolean;
    readonly asExpectPallet: {
      readonly index: Compact<u32>;
      readonly name: Bytes;
      readonly moduleName: Bytes;
      readonly crateMajor: Compact<u32>;
      readonly minCrateMinor: Compact<u32>;
    } & Struct;
    readonly isReportTransactStatus: boolean;
    readonly asReportTransactStatus: StagingXcmV5QueryResponseInfo;
    readonly isClearTransactStatus: boolean;
    readonly isUniversalOrigin: boolean;
    readonly asUniversalOrigin: StagingXcmV5Junction;
    readonly isExportMessage: boolean;
    readonly asExportMessage: {
      readonly network: StagingXcmV5JunctionNetworkId;
      readonly destination: StagingXcmV5Junctions;
      readonly xcm: StagingXcmV5Xcm;
    } & Struct;
    readonly isLockAsset: boolean;
    readonly asLockAsset: {
      readonly asset: StagingXcmV5Asset;
      readonly unlocker: StagingXcmV5Location;
    } & Struct;
    readonly isUnlockAsset: boolean;
    readonly asUnlockAsset: {
      readonly asset: StagingXcmV5Asset;
      readonly target: StagingXcmV5Location;
    } & Struct;
    readonly isNoteUnlockable: boolean;
    readonly asNoteUnlockable: {
      readonly asset: StagingXcmV5Asset;
      readonly owner: StagingXcmV5Location;
    } & Struct;
    readonly isRequestUnlock: boolean;
    readonly asRequestUnlock: {
      readonly asset: StagingXcmV5Asset;
      readonly locker: StagingXcmV5Location;
    } & Struct;
    readonly isSetFeesMode: boolean;
    readonly asSetFeesMode: {
      readonly jitWithdraw: bool;
    } & Struct;
    readonly isSetTopic: boolean;
    readonly asSetTopic: U8aFixed;
    readonly isClearTopic: boolean;
    readonly isAliasOrigin: boolean;
    readonly asAliasOrigin: StagingXcmV5Location;
    readonly isUnpaidExecution: boolean;
    readonly asUnpaidExecution: {
      readonly weightLimit: XcmV3WeightLimit;
      readonly checkOrigin: Option<StagingXcmV5Location>;
    } & Struct;
    readonly isPayFees: boolean;
    readonly asPayFees: {
      readonly asset: StagingXcmV5Asset;
    } & Struct;
    readonly isInitiateTransfer: boolean;
    readonly asInitiateTransfer: {
      readonly destination: StagingXcmV5Location;
      readonly remoteFees: Option<StagingXcmV5AssetAssetTransferFilter>;
      readonly preserveOrigin: bool;
      readonly assets: Vec<StagingXcmV5AssetAssetTransferFilter>;
      readonly remoteXcm: StagingXcmV5Xcm;
    } & Struct;
    readonly isExecuteWithOrigin: boolean;
    readonly asExecuteWithOrigin: {
      readonly descendantOrigin: Option<StagingXcmV5Junctions>;
      readonly xcm: StagingXcmV5Xcm;
    } & Struct;
    readonly isSetHints: boolean;
    readonly asSetHints: {
      readonly hints: Vec<StagingXcmV5Hint>;
    } & Struct;
    readonly type: 'WithdrawAsset' | 'ReserveAssetDeposited' | 'ReceiveTeleportedAsset' | 'QueryResponse' | 'TransferAsset' | 'TransferReserveAsset' | 'Transact' | 'HrmpNewChannelOpenRequest' | 'HrmpChannelAccepted' | 'HrmpChannelClosing' | 'ClearOrigin' | 'DescendOrigin' | 'ReportError' | 'DepositAsset' | 'DepositReserveAsset' | 'ExchangeAsset' | 'InitiateReserveWithdraw' | 'InitiateTeleport' | 'ReportHolding' | 'BuyExecution' | 'RefundSurplus' | 'SetErrorHandler' | 'SetAppendix' | 'ClearError' | 'ClaimAsset' | 'Trap' | 'SubscribeVersion' | 'UnsubscribeVersion' | 'BurnAsset' | 'ExpectAsset' | 'ExpectOrigin' | 'ExpectError' | 'ExpectTransactStatus' | 'QueryPallet' | 'ExpectPallet' | 'ReportTransactStatus' | 'ClearTransactStatus' | 'UniversalOrigin' | 'ExportMessage' | 'LockAsset' | 'UnlockAsset' | 'NoteUnlockable' | 'RequestUnlock' | 'SetFeesMode' | 'SetTopic' | 'ClearTopic' | 'AliasOrigin' | 'UnpaidExecution' | 'PayFees' | 'InitiateTransfer' | 'ExecuteWithOrigin' | 'SetHints';
  }

  /** @name StagingXcmV5AssetAssets (153) */
  interface StagingXcmV5AssetAssets extends Vec<StagingXcmV5Asset> {}

  /** @name StagingXcmV5Asset (155) */
  interface StagingXcmV5Asset extends Struct {
    readonly id: StagingXcmV5AssetAssetId;
    readonly fun: StagingXcmV5AssetFungibility;
  }

  /** @name StagingXcmV5AssetAssetId (156) */
  interface StagingXcmV5AssetAssetId extends StagingXcmV5Location {}

  /** @name StagingXcmV5AssetFungibility (157) */
  interface StagingXcmV5AssetFungibility extends Enum {
    readonly isFungible: boolean;
    readonly asFungible: Compact<u128>;
    readonly isNonFungible: boolean;
    readonly asNonFungible: StagingXcmV5AssetAssetInstance;
    readonly type: 'Fungible' | 'NonFungible';
  }

  /** @name StagingXcmV5AssetAssetInstance (158) */
  interface StagingXcmV5AssetAssetInstance extends Enum {
    readonly isUndefined: boolean;
    readonly isIndex: boolean;
    readonly asIndex: Compact<u128>;
    readonly isArray4: boolean;
    readonly asArray4: U8aFixed;
    readonly isArray8: boolean;
    readonly asArray8: U8aFixed;
    readonly isArray16: boolean;
    readonly asArray16: U8aFixed;
    readonly isArray32: boolean;
    readonly asArray32: U8aFixed;
    readonly type: 'Undefined' | 'Index' | 'Array4' | 'Array8' | 'Array16' | 'Array32';
  }

  /** @name StagingXcmV5Response (159) */
  interface StagingXcmV5Response extends Enum {
    readonly isNull: boolean;
    readonly isAssets: boolean;
    readonly asAssets: StagingXcmV5AssetAssets;
    readonly isExecutionResult: boolean;
    readonly asExecutionResult: Option<ITuple<[u32, XcmV5TraitsError]>>;
    readonly isVersion: boolean;
    readonly asVersion: u32;
    readonly isPalletsInfo: boolean;
    readonly asPalletsInfo: Vec<StagingXcmV5PalletInfo>;
    readonly isDispatchResult: boolean;
    readonly asDispatchResult: XcmV3MaybeErrorCode;
    readonly type: 'Null' | 'Assets' | 'ExecutionResult' | 'Version' | 'PalletsInfo' | 'DispatchResult';
  }

  /** @name XcmV5TraitsError (162) */
  interface XcmV5TraitsError extends Enum {
    readonly isOverflow: boolean;
    readonly isUnimplemented: boolean;
    readonly isUntrustedReserveLocation: boolean;
    readonly isUntrustedTeleportLocation: boolean;
    readonly isLocationFull: boolean;
    readonly isLocationNotInvertible: boolean;
    readonly isBadOrigin: boolean;
    readonly isInvalidLocation: boolean;
    readonly isAssetNotFound: boolean;
    readonly isFailedToTransactAsset: boolean;
    readonly isNotWithdrawable: boolean;
    readonly isLocationCannotHold: boolean;
    readonly isExceedsMaxMessageSize: boolean;
    readonly isDestinationUnsupported: boolean;
    readonly isTransport: boolean;
    readonly isUnroutable: boolean;
    readonly isUnknownClaim: boolean;
    readonly isFailedToDecode: boolean;
    readonly isMaxWeightInvalid: boolean;
    readonly isNotHoldingFees: boolean;
    readonly isTooExpensive: boolean;
    readonly isTrap: boolean;
    readonly asTrap: u64;
    readonly isExpectationFalse: boolean;
    readonly isPalletNotFound: boolean;
    readonly isNameMismatch: boolean;
    readonly isVersionIncompatible: boolean;
    readonly isHoldingWouldOverflow: boolean;
    readonly isExportError: boolean;
    readonly isReanchorFailed: boolean;
    readonly isNoDeal: boolean;
    readonly isFeesNotMet: boolean;
    readonly isLockError: boolean;
    readonly isNoPermission: boolean;
    readonly isUnanchored: boolean;
    readonly isNotDepositable: boolean;
    readonly isTooManyAssets: boolean;
    readonly isUnhandledXcmVersion: boolean;
    readonly isWeightLimitReached: boolean;
    readonly asWeightLimitReached: SpWeightsWeightV2Weight;
    readonly isBarrier: boolean;
    readonly isWeightNotComputable: boolean;
    readonly isExceedsStackLimit: boolean;
    readonly type: 'Overflow' | 'Unimplemented' | 'UntrustedReserveLocation' | 'UntrustedTeleportLocation' | 'LocationFull' | 'LocationNotInvertible' | 'BadOrigin' | 'InvalidLocation' | 'AssetNotFound' | 'FailedToTransactAsset' | 'NotWithdrawable' | 'LocationCannotHold' | 'ExceedsMaxMessageSize' | 'DestinationUnsupported' | 'Transport' | 'Unroutable' | 'UnknownClaim' | 'FailedToDecode' | 'MaxWeightInvalid' | 'NotHoldingFees' | 'TooExpensive' | 'Trap' | 'ExpectationFalse' | 'PalletNotFound' | 'NameMismatch' | 'VersionIncompatible' | 'HoldingWouldOverflow' | 'ExportError' | 'ReanchorFailed' | 'NoDeal' | 'FeesNotMet' | 'LockError' | 'NoPermission' | 'Unanchored' | 'NotDepositable' | 'TooManyAssets' | 'UnhandledXcmVersion' | 'WeightLimitReached' | 'Barrier' | 'WeightNotComputable' | 'ExceedsStackLimit';
  }

  /** @name StagingXcmV5PalletInfo (164) */
  interface StagingXcmV5PalletInfo extends Struct {
    readonly index: Compact<u32>;
    readonly name: Bytes;
    readonly moduleName: Bytes;
    readonly major: Compact<u32>;
    readonly minor: Compact<u32>;
    readonly patch: Compact<u32>;
  }

  /** @name StagingXcmV5QueryResponseInfo (169) */
  interface StagingXcmV5QueryResponseInfo extends Struct {
    readonly destination: StagingXcmV5Location;
    readonly queryId: Compact<u64>;
    readonly maxWeight: SpWeightsWeightV2Weight;
  }

  /** @name StagingXcmV5AssetAssetFilter (170) */
  interface StagingXcmV5AssetAssetFilter extends Enum {
    readonly isDefinite: boolean;
    readonly asDefinite: StagingXcmV5AssetAssets;
    readonly isWild: boolean;
    readonly asWild: StagingXcmV5AssetWildAsset;
    readonly type: 'Definite' | 'Wild';
  }

  /** @name StagingXcmV5AssetWildAsset (171) */
  interface StagingXcmV5AssetWildAsset extends Enum {
    readonly isAll: boolean;
    readonly isAllOf: boolean;
    readonly asAllOf: {
      readonly id: StagingXcmV5AssetAssetId;
      readonly fun: StagingXcmV5AssetWildFungibility;
    } & Struct;
    readonly isAllCounted: boolean;
    readonly asAllCounted: Compact<u32>;
    readonly isAllOfCounted: boolean;
    readonly asAllOfCounted: {
      readonly id: StagingXcmV5AssetAssetId;
      readonly fun: StagingXcmV5AssetWildFungibility;
      readonly count: Compact<u32>;
    } & Struct;
    readonly type: 'All' | 'AllOf' | 'AllCounted' | 'AllOfCounted';
  }

  /** @name StagingXcmV5AssetWildFungibility (172) */
  interface StagingXcmV5AssetWildFungibility extends Enum {
    readonly isFungible: boolean;
    readonly isNonFungible: boolean;
    readonly type: 'Fungible' | 'NonFungible';
  }

  /** @name StagingXcmV5AssetAssetTransferFilter (174) */
  interface StagingXcmV5AssetAssetTransferFilter extends Enum {
    readonly isTeleport: boolean;
    readonly asTeleport: StagingXcmV5AssetAssetFilter;
    readonly isReserveDeposit: boolean;
    readonly asReserveDeposit: StagingXcmV5AssetAssetFilter;
    readonly isReserveWithdraw: boolean;
    readonly asReserveWithdraw: StagingXcmV5AssetAssetFilter;
    readonly type: 'Teleport' | 'ReserveDeposit' | 'ReserveWithdraw';
  }

  /** @name StagingXcmV5Hint (179) */
  interface StagingXcmV5Hint extends Enum {
    readonly isAssetClaimer: boolean;
    readonly asAssetClaimer: {
      readonly location: StagingXcmV5Location;
    } & Struct;
    readonly type: 'AssetClaimer';
  }

  /** @name XcmVersionedAssets (181) */
  interface XcmVersionedAssets extends Enum {
    readonly isV3: boolean;
    readonly asV3: XcmV3MultiassetMultiAssets;
    readonly isV4: boolean;
    readonly asV4: StagingXcmV4AssetAssets;
    readonly isV5: boolean;
    readonly asV5: StagingXcmV5AssetAssets;
    readonly type: 'V3' | 'V4' | 'V5';
  }

  /** @name StagingXcmExecutorAssetTransferTransferType (194) */
  interface StagingXcmExecutorAssetTransferTransferType extends Enum {
    readonly isTeleport: boolean;
    readonly isLocalReserve: boolean;
    readonly isDestinationReserve: boolean;
    readonly isRemoteReserve: boolean;
    readonly asRemoteReserve: XcmVersionedLocation;
    readonly type: 'Teleport' | 'LocalReserve' | 'DestinationReserve' | 'RemoteReserve';
  }

  /** @name XcmVersionedAssetId (195) */
  interface XcmVersionedAssetId extends Enum {
    readonly isV3: boolean;
    readonly asV3: XcmV3MultiassetAssetId;
    readonly isV4: boolean;
    readonly asV4: StagingXcmV4AssetAssetId;
    readonly isV5: boolean;
    readonly asV5: StagingXcmV5AssetAssetId;
    readonly type: 'V3' | 'V4' | 'V5';
  }

  /** @name CumulusPalletXcmCall (197) */
  type CumulusPalletXcmCall = Null;

  /** @name PalletMessageQueueCall (198) */
  interface PalletMessageQueueCall extends Enum {
    readonly isReapPage: boolean;
    readonly asReapPage: {
      readonly messageOrigin: CumulusPrimitivesCoreAggregateMessageOrigin;
      readonly pageIndex: u32;
    } & Struct;
    readonly isExecuteOverweight: boolean;
    readonly asExecuteOverweight: {
      readonly messageOrigin: CumulusPrimitivesCoreAggregateMessageOrigin;
      readonly page: u32;
      readonly index: u32;
      readonly weightLimit: SpWeightsWeightV2Weight;
    } & Struct;
    readonly type: 'ReapPage' | 'ExecuteOverweight';
  }

  /** @name CumulusPrimitivesCoreAggregateMessageOrigin (199) */
  interface CumulusPrimitivesCoreAggregateMessageOrigin extends Enum {
    readonly isHere: boolean;
    readonly isParent: boolean;
    readonly isSibling: boolean;
    readonly asSibling: u32;
    readonly type: 'Here' | 'Parent' | 'Sibling';
  }

  /** @name PalletUtilityCall (200) */
  interface PalletUtilityCall extends Enum {
    readonly isBatch: boolean;
    readonly asBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isAsDerivative: boolean;
    readonly asAsDerivative: {
      readonly index: u16;
      readonly call: Call;
    } & Struct;
    readonly isBatchAll: boolean;
    readonly asBatchAll: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isDispatchAs: boolean;
    readonly asDispatchAs: {
      readonly asOrigin: HealthchainRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly isForceBatch: boolean;
    readonly asForceBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isWithWeight: boolean;
    readonly asWithWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isIfElse: boolean;
    readonly asIfElse: {
      readonly main: Call;
      readonly fallback: Call;
    } & Struct;
    readonly isDispatchAsFallible: boolean;
    readonly asDispatchAsFallible: {
      readonly asOrigin: HealthchainRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly type: 'Batch' | 'AsDerivative' | 'BatchAll' | 'DispatchAs' | 'ForceBatch' | 'WithWeight' | 'IfElse' | 'DispatchAsFallible';
  }

  /** @name HealthchainRuntimeOriginCaller (203) */
  interface HealthchainRuntimeOriginCaller extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSupportDispatchRawOrigin;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveRawOrigin;
    readonly isPolkadotXcm: boolean;
    readonly asPolkadotXcm: PalletXcmOrigin;
    readonly isCumulusXcm: boolean;
    readonly asCumulusXcm: CumulusPalletXcmOrigin;
    readonly type: 'System' | 'Council' | 'PolkadotXcm' | 'CumulusXcm';
  }

  /** @name FrameSupportDispatchRawOrigin (204) */
  interface FrameSupportDispatchRawOrigin extends Enum {
    readonly isRoot: boolean;
    readonly isSigned: boolean;
    readonly asSigned: AccountId32;
    readonly isNone: boolean;
    readonly isAuthorized: boolean;
    readonly type: 'Root' | 'Signed' | 'None' | 'Authorized';
  }

  /** @name PalletCollectiveRawOrigin (205) */
  interface PalletCollectiveRawOrigin extends Enum {
    readonly isMembers: boolean;
    readonly asMembers: ITuple<[u32, u32]>;
    readonly isMember: boolean;
    readonly asMember: AccountId32;
    readonly isPhantom: boolean;
    readonly type: 'Members' | 'Member' | 'Phantom';
  }

  /** @name PalletXcmOrigin (206) */
  interface PalletXcmOrigin extends Enum {
    readonly isXcm: boolean;
    readonly asXcm: StagingXcmV5Location;
    readonly isResponse: boolean;
    readonly asResponse: StagingXcmV5Location;
    readonly type: 'Xcm' | 'Response';
  }

  /** @name CumulusPalletXcmOrigin (207) */
  interface CumulusPalletXcmOrigin extends Enum {
    readonly isRelay: boolean;
    readonly isSiblingParachain: boolean;
    readonly asSiblingParachain: u32;
    readonly type: 'Relay' | 'SiblingParachain';
  }

  /** @name PalletOrganizationsCall (208) */
  interface PalletOrganizationsCall extends Enum {
    readonly isRegisterOrganization: boolean;
    readonly asRegisterOrganization: {
      readonly kind: HealthchainPrimitivesOrganizationsOrganizationKind;
      readonly admin: AccountId32;
      readonly metadataHash: H256;
    } & Struct;
    readonly isSuspendOrganization: boolean;
    readonly asSuspendOrganization: {
      readonly org: u32;
      readonly reason: H256;
    } & Struct;
    readonly isReactivateOrganization: boolean;
    readonly asReactivateOrganization: {
      readonly org: u32;
    } & Struct;
    readonly isChangeAdmin: boolean;
    readonly asChangeAdmin: {
      readonly org: u32;
      readonly newAdmin: AccountId32;
    } & Struct;
    readonly isAddMember: boolean;
    readonly asAddMember: {
      readonly org: u32;
      readonly who: AccountId32;
      readonly role: HealthchainPrimitivesOrganizationsMemberRole;
    } & Struct;
    readonly isRemoveMember: boolean;
    readonly asRemoveMember: {
      readonly org: u32;
      readonly who: AccountId32;
    } & Struct;
    readonly isChangeRole: boolean;
    readonly asChangeRole: {
      readonly org: u32;
      readonly who: AccountId32;
      readonly role: HealthchainPrimitivesOrganizationsMemberRole;
    } & Struct;
    readonly isLeave: boolean;
    readonly isAcceptInvitation: boolean;
    readonly asAcceptInvitation: {
      readonly org: u32;
    } & Struct;
    readonly isDeclineInvitation: boolean;
    readonly asDeclineInvitation: {
      readonly org: u32;
    } & Struct;
    readonly isCancelInvitation: boolean;
    readonly asCancelInvitation: {
      readonly org: u32;
      readonly who: AccountId32;
    } & Struct;
    readonly type: 'RegisterOrganization' | 'SuspendOrganization' | 'ReactivateOrganization' | 'ChangeAdmin' | 'AddMember' | 'RemoveMember' | 'ChangeRole' | 'Leave' | 'AcceptInvitation' | 'DeclineInvitation' | 'CancelInvitation';
  }

  /** @name HealthchainPrimitivesOrganizationsOrganizationKind (209) */
  interface HealthchainPrimitivesOrganizationsOrganizationKind extends Enum {
    readonly isHospital: boolean;
    readonly isClinic: boolean;
    readonly isLaboratory: boolean;
    readonly isPharmacy: boolean;
    readonly isManufacturer: boolean;
    readonly isDistributor: boolean;
    readonly isEthicsCommittee: boolean;
    readonly isRegulator: boolean;
    readonly isTrialSponsor: boolean;
    readonly isResearchInstitute: boolean;
    readonly isInsurer: boolean;
    readonly type: 'Hospital' | 'Clinic' | 'Laboratory' | 'Pharmacy' | 'Manufacturer' | 'Distributor' | 'EthicsCommittee' | 'Regulator' | 'TrialSponsor' | 'ResearchInstitute' | 'Insurer';
  }

  /** @name HealthchainPrimitivesOrganizationsMemberRole (210) */
  interface HealthchainPrimitivesOrganizationsMemberRole extends Enum {
    readonly isAdmin: boolean;
    readonly isPractitioner: boolean;
    readonly isPharmacist: boolean;
    readonly isLogistics: boolean;
    readonly isInvestigator: boolean;
    readonly isAuditor: boolean;
    readonly isDevice: boolean;
    readonly type: 'Admin' | 'Practitioner' | 'Pharmacist' | 'Logistics' | 'Investigator' | 'Auditor' | 'Device';
  }

  /** @name PalletEhrAnchorCall (211) */
  interface PalletEhrAnchorCall extends Enum {
    readonly isAnchor: boolean;
    readonly asAnchor: {
      readonly patient: AccountId32;
      readonly category: HealthchainPrimitivesRecordsRecordCategory;
      readonly contentHash: H256;
      readonly algorithm: PalletEhrAnchorHashAlgorithm;
      readonly locator: Bytes;
      readonly keyReference: Option<Bytes>;
    } & Struct;
    readonly isAmend: boolean;
    readonly asAmend: {
      readonly record: u64;
      readonly contentHash: H256;
      readonly algorithm: PalletEhrAnchorHashAlgorithm;
      readonly locator: Bytes;
      readonly keyReference: Option<Bytes>;
    } & Struct;
    readonly isMarkEnteredInError: boolean;
    readonly asMarkEnteredInError: {
      readonly record: u64;
      readonly reason: PalletEhrAnchorEnteredInErrorReason;
    } & Struct;
    readonly isErase: boolean;
    readonly asErase: {
      readonly record: u64;
    } & Struct;
    readonly isBulkAnchor: boolean;
    readonly asBulkAnchor: {
      readonly category: HealthchainPrimitivesRecordsRecordCategory;
      readonly merkleRoot: H256;
      readonly documentCount: u32;
      readonly manifestLocator: Bytes;
    } & Struct;
    readonly isRequestAccess: boolean;
    readonly asRequestAccess: {
      readonly record: u64;
      readonly purpose: HealthchainPrimitivesConsentPurposeOfUse;
    } & Struct;
    readonly type: 'Anchor' | 'Amend' | 'MarkEnteredInError' | 'Erase' | 'BulkAnchor' | 'RequestAccess';
  }

  /** @name HealthchainPrimitivesRecordsRecordCategory (212) */
  interface HealthchainPrimitivesRecordsRecordCategory extends Enum {
    readonly isClinicalNote: boolean;
    readonly isDischargeSummary: boolean;
    readonly isLaboratoryReport: boolean;
    readonly isImagingReport: boolean;
    readonly isPrescription: boolean;
    readonly isImmunization: boolean;
    readonly isAllergyIntolerance: boolean;
    readonly isProcedureNote: boolean;
    readonly isReferral: boolean;
    readonly isCarePlan: boolean;
    readonly isPatientGenerated: boolean;
    readonly isOther: boolean;
    readonly asOther: u32;
    readonly type: 'ClinicalNote' | 'DischargeSummary' | 'LaboratoryReport' | 'ImagingReport' | 'Prescription' | 'Immunization' | 'AllergyIntolerance' | 'ProcedureNote' | 'Referral' | 'CarePlan' | 'PatientGenerated' | 'Other';
  }

  /** @name PalletEhrAnchorHashAlgorithm (213) */
  interface PalletEhrAnchorHashAlgorithm extends Enum {
    readonly isSha2256: boolean;
    readonly isBlake2256: boolean;
    readonly type: 'Sha2256' | 'Blake2256';
  }

  /** @name PalletEhrAnchorEnteredInErrorReason (216) */
  interface PalletEhrAnchorEnteredInErrorReason extends Enum {
    readonly isWrongPatient: boolean;
    readonly isWrongDocument: boolean;
    readonly isDuplicateEntry: boolean;
    readonly isIncorrectContent: boolean;
    readonly isOther: boolean;
    readonly asOther: u16;
    readonly type: 'WrongPatient' | 'WrongDocument' | 'DuplicateEntry' | 'IncorrectContent' | 'Other';
  }

  /** @name HealthchainPrimitivesConsentPurposeOfUse (217) */
  interface HealthchainPrimitivesConsentPurposeOfUse extends Enum {
    readonly isTreatment: boolean;
    readonly isResearch: boolean;
    readonly asResearch: Option<HealthchainPrimitivesConsentTrialProtocol>;
    readonly isPayment: boolean;
    readonly isOperations: boolean;
    readonly isPublicHealth: boolean;
    readonly isEmergency: boolean;
    readonly type: 'Treatment' | 'Research' | 'Payment' | 'Operations' | 'PublicHealth' | 'Emergency';
  }

  /** @name HealthchainPrimitivesConsentTrialProtocol (219) */
  interface HealthchainPrimitivesConsentTrialProtocol extends Struct {
    readonly trial: u32;
    readonly protocolVersion: u32;
  }

  /** @name PalletConsentCall (220) */
  interface PalletConsentCall extends Enum {
    readonly isGrant: boolean;
    readonly asGrant: {
      readonly patient: AccountId32;
      readonly terms: PalletConsentConsentTerms;
    } & Struct;
    readonly isRevoke: boolean;
    readonly asRevoke: {
      readonly consent: u64;
    } & Struct;
    readonly isAddDelegate: boolean;
    readonly asAddDelegate: {
      readonly delegate: AccountId32;
      readonly kind: PalletConsentDelegateKind;
    } & Struct;
    readonly isRemoveDelegate: boolean;
    readonly asRemoveDelegate: {
      readonly patient: AccountId32;
      readonly delegate: AccountId32;
    } & Struct;
    readonly isOnboardPatient: boolean;
    readonly asOnboardPatient: {
      readonly patient: AccountId32;
    } & Struct;
    readonly isBreakGlass: boolean;
    readonly asBreakGlass: {
      readonly patient: AccountId32;
      readonly reason: PalletConsentEmergencyReason;
    } & Struct;
    readonly isReviewBreakGlass: boolean;
    readonly asReviewBreakGlass: {
      readonly caseId: u64;
      readonly justified: bool;
      readonly findingHash: H256;
    } & Struct;
    readonly isOffboardPatient: boolean;
    readonly asOffboardPatient: {
      readonly patient: AccountId32;
    } & Struct;
    readonly isPruneGrants: boolean;
    readonly asPruneGrants: {
      readonly patient: AccountId32;
      readonly consents: Vec<u64>;
    } & Struct;
    readonly type: 'Grant' | 'Revoke' | 'AddDelegate' | 'RemoveDelegate' | 'OnboardPatient' | 'BreakGlass' | 'ReviewBreakGlass' | 'OffboardPatient' | 'PruneGrants';
  }

  /** @name PalletConsentConsentTerms (221) */
  interface PalletConsentConsentTerms extends Struct {
    readonly grantee: PalletConsentGrantee;
    readonly actions: PalletConsentConsentActions;
    readonly categories: PalletConsentCategoryScope;
    readonly purpose: HealthchainPrimitivesConsentPurposeOfUse;
    readonly validFrom: Option<u64>;
    readonly validUntil: Option<u64>;
  }

  /** @name PalletConsentGrantee (222) */
  interface PalletConsentGrantee extends Enum {
    readonly isOrganization: boolean;
    readonly asOrganization: u32;
    readonly isAccount: boolean;
    readonly asAccount: AccountId32;
    readonly type: 'Organization' | 'Account';
  }

  /** @name PalletConsentConsentActions (223) */
  interface PalletConsentConsentActions extends Struct {
    readonly read: bool;
    readonly write: bool;
  }

  /** @name PalletConsentCategoryScope (224) */
  interface PalletConsentCategoryScope extends Enum {
    readonly isAll: boolean;
    readonly isOnly: boolean;
    readonly asOnly: Vec<HealthchainPrimitivesRecordsRecordCategory>;
    readonly type: 'All' | 'Only';
  }

  /** @name PalletConsentDelegateKind (227) */
  interface PalletConsentDelegateKind extends Enum {
    readonly isGuardian: boolean;
    readonly isCustodian: boolean;
    readonly type: 'Guardian' | 'Custodian';
  }

  /** @name PalletConsentEmergencyReason (228) */
  interface PalletConsentEmergencyReason extends Enum {
    readonly isUnconscious: boolean;
    readonly isLifeThreatening: boolean;
    readonly isCannotCommunicate: boolean;
    readonly isOther: boolean;
    readonly asOther: u16;
    readonly type: 'Unconscious' | 'LifeThreatening' | 'CannotCommunicate' | 'Other';
  }

  /** @name PalletDrugTraceCall (231) */
  interface PalletDrugTraceCall extends Enum {
    readonly isRegisterProduct: boolean;
    readonly asRegisterProduct: {
      readonly gtin: u64;
      readonly metadataHash: H256;
      readonly minTempCentiC: i32;
      readonly maxTempCentiC: i32;
      readonly maxExcursionMs: u64;
    } & Struct;
    readonly isCommissionBatch: boolean;
    readonly asCommissionBatch: {
      readonly gtin: u64;
      readonly lot: Bytes;
      readonly expiry: u64;
      readonly quantity: u32;
      readonly serialsRoot: H256;
    } & Struct;
    readonly isShip: boolean;
    readonly asShip: {
      readonly batch: u64;
      readonly to: u32;
      readonly quantity: u32;
      readonly documentHash: H256;
    } & Struct;
    readonly isReceive: boolean;
    readonly asReceive: {
      readonly shipment: u64;
    } & Struct;
    readonly isRecordTemperature: boolean;
    readonly asRecordTemperature: {
      readonly stock: PalletDrugTraceStockRef;
      readonly centiC: i32;
      readonly measuredAt: u64;
    } & Struct;
    readonly isDispense: boolean;
    readonly asDispense: {
      readonly batch: u64;
      readonly serial: Bytes;
      readonly proof: Vec<H256>;
    } & Struct;
    readonly isRecall: boolean;
    readonly asRecall: {
      readonly batch: u64;
      readonly class: PalletDrugTraceRecallClass;
      readonly reasonHash: H256;
    } & Struct;
    readonly isCloseRecall: boolean;
    readonly asCloseRecall: {
      readonly batch: u64;
    } & Struct;
    readonly isReportSuspect: boolean;
    readonly asReportSuspect: {
      readonly batch: u64;
      readonly reasonHash: H256;
    } & Struct;
    readonly isResolveSuspect: boolean;
    readonly asResolveSuspect: {
      readonly batch: u64;
      readonly legitimate: bool;
    } & Struct;
    readonly isReleaseStock: boolean;
    readonly asReleaseStock: {
      readonly stock: PalletDrugTraceStockRef;
    } & Struct;
    readonly isRefuseShipment: boolean;
    readonly asRefuseShipment: {
      readonly shipment: u64;
      readonly reason: PalletDrugTraceRefusalReason;
    } & Struct;
    readonly isDisposeStock: boolean;
    readonly asDisposeStock: {
      readonly batch: u64;
      readonly quantity: u32;
      readonly disposition: PalletDrugTraceDisposition;
    } & Struct;
    readonly type: 'RegisterProduct' | 'CommissionBatch' | 'Ship' | 'Receive' | 'RecordTemperature' | 'Dispense' | 'Recall' | 'CloseRecall' | 'ReportSuspect' | 'ResolveSuspect' | 'ReleaseStock' | 'RefuseShipment' | 'DisposeStock';
  }

  /** @name PalletDrugTraceStockRef (235) */
  interface PalletDrugTraceStockRef extends Enum {
    readonly isHolding: boolean;
    readonly asHolding: {
      readonly batch: u64;
      readonly holder: u32;
    } & Struct;
    readonly isShipment: boolean;
    readonly asShipment: u64;
    readonly type: 'Holding' | 'Shipment';
  }

  /** @name PalletDrugTraceRecallClass (237) */
  interface PalletDrugTraceRecallClass extends Enum {
    readonly isClassI: boolean;
    readonly isClassII: boolean;
    readonly isClassIII: boolean;
    readonly type: 'ClassI' | 'ClassII' | 'ClassIII';
  }

  /** @name PalletDrugTraceRefusalReason (238) */
  interface PalletDrugTraceRefusalReason extends Enum {
    readonly isNotOrdered: boolean;
    readonly isWrongProductOrQuantity: boolean;
    readonly isDamaged: boolean;
    readonly isColdChainBreach: boolean;
    readonly isMissingDocuments: boolean;
    readonly isSuspectedFalsified: boolean;
    readonly isOther: boolean;
    readonly asOther: u16;
    readonly type: 'NotOrdered' | 'WrongProductOrQuantity' | 'Damaged' | 'ColdChainBreach' | 'MissingDocuments' | 'SuspectedFalsified' | 'Other';
  }

  /** @name PalletDrugTraceDisposition (239) */
  interface PalletDrugTraceDisposition extends Enum {
    readonly isDestroyed: boolean;
    readonly isWrittenOff: boolean;
    readonly asWrittenOff: PalletDrugTraceWriteOffReason;
    readonly type: 'Destroyed' | 'WrittenOff';
  }

  /** @name PalletDrugTraceWriteOffReason (240) */
  interface PalletDrugTraceWriteOffReason extends Enum {
    readonly isDamaged: boolean;
    readonly isLost: boolean;
    readonly isStolen: boolean;
    readonly isOther: boolean;
    readonly asOther: u16;
    readonly type: 'Damaged' | 'Lost' | 'Stolen' | 'Other';
  }

  /** @name PalletClinicalTrialCall (241) */
  interface PalletClinicalTrialCall extends Enum {
    readonly isRegisterTrial: boolean;
    readonly asRegisterTrial: {
      readonly registration: PalletClinicalTrialRegistration;
    } & Struct;
    readonly isApproveTrial: boolean;
    readonly asApproveTrial: {
      readonly trial: u32;
      readonly decisionHash: H256;
    } & Struct;
    readonly isStartRecruiting: boolean;
    readonly asStartRecruiting: {
      readonly trial: u32;
    } & Struct;
    readonly isCloseRecruitment: boolean;
    readonly asCloseRecruitment: {
      readonly trial: u32;
    } & Struct;
    readonly isCompleteTrial: boolean;
    readonly asCompleteTrial: {
      readonly trial: u32;
    } & Struct;
    readonly isTerminateTrial: boolean;
    readonly asTerminateTrial: {
      readonly trial: u32;
      readonly reasonHash: H256;
    } & Struct;
    readonly isSuspendTrial: boolean;
    readonly asSuspendTrial: {
      readonly trial: u32;
      readonly reasonHash: H256;
    } & Struct;
    readonly isLiftSuspension: boolean;
    readonly asLiftSuspension: {
      readonly trial: u32;
    } & Struct;
    readonly isProposeAmendment: boolean;
    readonly asProposeAmendment: {
      readonly trial: u32;
      readonly protocolHash: H256;
      readonly summaryHash: H256;
    } & Struct;
    readonly isApproveAmendment: boolean;
    readonly asApproveAmendment: {
      readonly trial: u32;
      readonly decisionHash: H256;
    } & Struct;
    readonly isEnrol: boolean;
    readonly asEnrol: {
      readonly trial: u32;
    } & Struct;
    readonly isReconsent: boolean;
    readonly asReconsent: {
      readonly trial: u32;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly trial: u32;
    } & Struct;
    readonly isCommitDataSnapshot: boolean;
    readonly asCommitDataSnapshot: {
      readonly trial: u32;
      readonly snapshotHash: H256;
      readonly recordCount: u32;
      readonly periodStart: u64;
      readonly periodEnd: u64;
    } & Struct;
    readonly isReportAdverseEvent: boolean;
    readonly asReportAdverseEvent: {
      readonly trial: u32;
      readonly severity: PalletClinicalTrialSeverity;
      readonly reportHash: H256;
    } & Struct;
    readonly isPublishResults: boolean;
    readonly asPublishResults: {
      readonly trial: u32;
      readonly resultsHash: H256;
      readonly reported: Vec<PalletClinicalTrialReportedOutcome>;
    } & Struct;
    readonly isConfirmEnrolment: boolean;
    readonly asConfirmEnrolment: {
      readonly trial: u32;
      readonly participant: AccountId32;
    } & Struct;
    readonly isScreenOut: boolean;
    readonly asScreenOut: {
      readonly trial: u32;
      readonly participant: AccountId32;
      readonly reason: PalletClinicalTrialScreeningReason;
    } & Struct;
    readonly type: 'RegisterTrial' | 'ApproveTrial' | 'StartRecruiting' | 'CloseRecruitment' | 'CompleteTrial' | 'TerminateTrial' | 'SuspendTrial' | 'LiftSuspension' | 'ProposeAmendment' | 'ApproveAmendment' | 'Enrol' | 'Reconsent' | 'Withdraw' | 'CommitDataSnapshot' | 'ReportAdverseEvent' | 'PublishResults' | 'ConfirmEnrolment' | 'ScreenOut';
  }

  /** @name PalletClinicalTrialRegistration (242) */
  interface PalletClinicalTrialRegistration extends Struct {
    readonly title: Bytes;
    readonly conditions: Vec<Bytes>;
    readonly phase: PalletClinicalTrialPhase;
    readonly studyType: PalletClinicalTrialStudyType;
    readonly targetEnrolment: u32;
    readonly countries: Vec<U8aFixed>;
    readonly secondaryIds: Vec<Bytes>;
    readonly dataSetHash: H256;
    readonly protocolHash: H256;
    readonly outcomes: Vec<PalletClinicalTrialOutcomeCommitment>;
  }

  /** @name PalletClinicalTrialPhase (247) */
  interface PalletClinicalTrialPhase extends Enum {
    readonly isEarlyPhase1: boolean;
    readonly isPhase1: boolean;
    readonly isPhase1Phase2: boolean;
    readonly isPhase2: boolean;
    readonly isPhase2Phase3: boolean;
    readonly isPhase3: boolean;
    readonly isPhase4: boolean;
    readonly isNotApplicable: boolean;
    readonly type: 'EarlyPhase1' | 'Phase1' | 'Phase1Phase2' | 'Phase2' | 'Phase2Phase3' | 'Phase3' | 'Phase4' | 'NotApplicable';
  }

  /** @name PalletClinicalTrialStudyType (248) */
  interface PalletClinicalTrialStudyType extends Enum {
    readonly isInterventional: boolean;
    readonly isObservational: boolean;
    readonly isExpandedAccess: boolean;
    readonly type: 'Interventional' | 'Observational' | 'ExpandedAccess';
  }

  /** @name PalletClinicalTrialOutcomeCommitment (256) */
  interface PalletClinicalTrialOutcomeCommitment extends Struct {
    readonly kind: PalletClinicalTrialOutcomeKind;
    readonly definitionHash: H256;
  }

  /** @name PalletClinicalTrialOutcomeKind (257) */
  interface PalletClinicalTrialOutcomeKind extends Enum {
    readonly isPrimary: boolean;
    readonly isSecondary: boolean;
    readonly type: 'Primary' | 'Secondary';
  }

  /** @name PalletClinicalTrialSeverity (259) */
  interface PalletClinicalTrialSeverity extends Enum {
    readonly isMild: boolean;
    readonly isModerate: boolean;
    readonly isSevere: boolean;
    readonly isLifeThreatening: boolean;
    readonly isFatal: boolean;
    readonly type: 'Mild' | 'Moderate' | 'Severe' | 'LifeThreatening' | 'Fatal';
  }

  /** @name PalletClinicalTrialReportedOutcome (261) */
  interface PalletClinicalTrialReportedOutcome extends Struct {
    readonly kind: PalletClinicalTrialOutcomeKind;
    readonly definitionHash: H256;
  }

  /** @name PalletClinicalTrialScreeningReason (263) */
  interface PalletClinicalTrialScreeningReason extends Enum {
    readonly isNotEligible: boolean;
    readonly isConsentInvalid: boolean;
    readonly isDuplicate: boolean;
    readonly isOther: boolean;
    readonly asOther: u16;
    readonly type: 'NotEligible' | 'ConsentInvalid' | 'Duplicate' | 'Other';
  }

  /** @name SpRuntimeMultiSignature (264) */
  interface SpRuntimeMultiSignature extends Enum {
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEcdsa: boolean;
    readonly asEcdsa: U8aFixed;
    readonly isEth: boolean;
    readonly asEth: U8aFixed;
    readonly type: 'Ed25519' | 'Sr25519' | 'Ecdsa' | 'Eth';
  }

  /** @name FrameSystemExtensionsAuthorizeCall (267) */
  type FrameSystemExtensionsAuthorizeCall = Null;

  /** @name FrameSystemExtensionsCheckNonZeroSender (268) */
  type FrameSystemExtensionsCheckNonZeroSender = Null;

  /** @name FrameSystemExtensionsCheckSpecVersion (269) */
  type FrameSystemExtensionsCheckSpecVersion = Null;

  /** @name FrameSystemExtensionsCheckTxVersion (270) */
  type FrameSystemExtensionsCheckTxVersion = Null;

  /** @name FrameSystemExtensionsCheckGenesis (271) */
  type FrameSystemExtensionsCheckGenesis = Null;

  /** @name FrameSystemExtensionsCheckNonce (274) */
  interface FrameSystemExtensionsCheckNonce extends Compact<u32> {}

  /** @name FrameSystemExtensionsCheckWeight (275) */
  type FrameSystemExtensionsCheckWeight = Null;

  /** @name PalletTransactionPaymentChargeTransactionPayment (276) */
  interface PalletTransactionPaymentChargeTransactionPayment extends Compact<u128> {}

  /** @name FrameMetadataHashExtensionCheckMetadataHash (277) */
  interface FrameMetadataHashExtensionCheckMetadataHash extends Struct {
    readonly mode: FrameMetadataHashExtensionMode;
  }

  /** @name FrameMetadataHashExtensionMode (278) */
  interface FrameMetadataHashExtensionMode extends Enum {
    readonly isDisabled: boolean;
    readonly isEnabled: boolean;
    readonly type: 'Disabled' | 'Enabled';
  }

  /** @name CumulusPalletWeightReclaimStorageWeightReclaim (280) */
  interface CumulusPalletWeightReclaimStorageWeightReclaim extends ITuple<[FrameSystemExtensionsAuthorizeCall, FrameSystemExtensionsCheckNonZeroSender, FrameSystemExtensionsCheckSpecVersion, FrameSystemExtensionsCheckTxVersion, FrameSystemExtensionsCheckGenesis, Era, FrameSystemExtensionsCheckNonce, FrameSystemExtensionsCheckWeight, PalletTransactionPaymentChargeTransactionPayment, FrameMetadataHashExtensionCheckMetadataHash]> {}

  /** @name FrameSystemAccountInfo (282) */
  interface FrameSystemAccountInfo extends Struct {
    readonly nonce: u32;
    readonly consumers: u32;
    readonly providers: u32;
    readonly sufficients: u32;
    readonly data: PalletBalancesAccountData;
  }

  /** @name PalletBalancesAccountData (283) */
  interface PalletBalancesAccountData extends Struct {
    readonly free: u128;
    readonly reserved: u128;
    readonly frozen: u128;
    readonly flags: u128;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeight (285) */
  interface FrameSupportDispatchPerDispatchClassWeight extends Struct {
    readonly normal: SpWeightsWeightV2Weight;
    readonly operational: SpWeightsWeightV2Weight;
    readonly mandatory: SpWeightsWeightV2Weight;
  }

  /** @name FrameSystemEventRecord (287) */
  interface FrameSystemEventRecord extends Struct {
    readonly phase: FrameSystemPhase;
    readonly event: Event;
    readonly topics: Vec<H256>;
  }

  /** @name FrameSystemEvent (289) */
  interface FrameSystemEvent extends Enum {
    readonly isExtrinsicSuccess: boolean;
    readonly asExtrinsicSuccess: {
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isExtrinsicFailed: boolean;
    readonly asExtrinsicFailed: {
      readonly dispatchError: SpRuntimeDispatchError;
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isCodeUpdated: boolean;
    readonly asCodeUpdated: {
      readonly hash_: H256;
    } & Struct;
    readonly isNewAccount: boolean;
    readonly asNewAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isKilledAccount: boolean;
    readonly asKilledAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isRemarked: boolean;
    readonly asRemarked: {
      readonly sender: AccountId32;
      readonly hash_: H256;
    } & Struct;
    readonly isUpgradeAuthorized: boolean;
    readonly asUpgradeAuthorized: {
      readonly codeHash: H256;
      readonly checkVersion: bool;
    } & Struct;
    readonly isRejectedInvalidAuthorizedUpgrade: boolean;
    readonly asRejectedInvalidAuthorizedUpgrade: {
      readonly codeHash: H256;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'ExtrinsicSuccess' | 'ExtrinsicFailed' | 'CodeUpdated' | 'NewAccount' | 'KilledAccount' | 'Remarked' | 'UpgradeAuthorized' | 'RejectedInvalidAuthorizedUpgrade';
  }

  /** @name FrameSystemDispatchEventInfo (290) */
  interface FrameSystemDispatchEventInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name FrameSupportDispatchDispatchClass (291) */
  interface FrameSupportDispatchDispatchClass extends Enum {
    readonly isNormal: boolean;
    readonly isOperational: boolean;
    readonly isMandatory: boolean;
    readonly type: 'Normal' | 'Operational' | 'Mandatory';
  }

  /** @name FrameSupportDispatchPays (292) */
  interface FrameSupportDispatchPays extends Enum {
    readonly isYes: boolean;
    readonly isNo: boolean;
    readonly type: 'Yes' | 'No';
  }

  /** @name SpRuntimeDispatchError (293) */
  interface SpRuntimeDispatchError extends Enum {
    readonly isOther: boolean;
    readonly isCannotLookup: boolean;
    readonly isBadOrigin: boolean;
    readonly isModule: boolean;
    readonly asModule: SpRuntimeModuleError;
    readonly isConsumerRemaining: boolean;
    readonly isNoProviders: boolean;
    readonly isTooManyConsumers: boolean;
    readonly isToken: boolean;
    readonly asToken: SpRuntimeTokenError;
    readonly isArithmetic: boolean;
    readonly asArithmetic: SpArithmeticArithmeticError;
    readonly isTransactional: boolean;
    readonly asTransactional: SpRuntimeTransactionalError;
    readonly isExhausted: boolean;
    readonly isCorruption: boolean;
    readonly isUnavailable: boolean;
    readonly isRootNotAllowed: boolean;
    readonly isTrie: boolean;
    readonly asTrie: SpRuntimeProvingTrieTrieError;
    readonly type: 'Other' | 'CannotLookup' | 'BadOrigin' | 'Module' | 'ConsumerRemaining' | 'NoProviders' | 'TooManyConsumers' | 'Token' | 'Arithmetic' | 'Transactional' | 'Exhausted' | 'Corruption' | 'Unavailable' | 'RootNotAllowed' | 'Trie';
  }

  /** @name SpRuntimeModuleError (294) */
  interface SpRuntimeModuleError extends Struct {
    readonly index: u8;
    readonly error: U8aFixed;
  }

  /** @name SpRuntimeTokenError (295) */
  interface SpRuntimeTokenError extends Enum {
    readonly isFundsUnavailable: boolean;
    readonly isOnlyProvider: boolean;
    readonly isBelowMinimum: boolean;
    readonly isCannotCreate: boolean;
    readonly isUnknownAsset: boolean;
    readonly isFrozen: boolean;
    readonly isUnsupported: boolean;
    readonly isCannotCreateHold: boolean;
    readonly isNotExpendable: boolean;
    readonly isBlocked: boolean;
    readonly type: 'FundsUnavailable' | 'OnlyProvider' | 'BelowMinimum' | 'CannotCreate' | 'UnknownAsset' | 'Frozen' | 'Unsupported' | 'CannotCreateHold' | 'NotExpendable' | 'Blocked';
  }

  /** @name SpArithmeticArithmeticError (296) */
  interface SpArithmeticArithmeticError extends Enum {
    readonly isUnderflow: boolean;
    readonly isOverflow: boolean;
    readonly isDivisionByZero: boolean;
    readonly type: 'Underflow' | 'Overflow' | 'DivisionByZero';
  }

  /** @name SpRuntimeTransactionalError (297) */
  interface SpRuntimeTransactionalError extends Enum {
    readonly isLimitReached: boolean;
    readonly isNoLayer: boolean;
    readonly type: 'LimitReached' | 'NoLayer';
  }

  /** @name SpRuntimeProvingTrieTrieError (298) */
  interface SpRuntimeProvingTrieTrieError extends Enum {
    readonly isInvalidStateRoot: boolean;
    readonly isIncompleteDatabase: boolean;
    readonly isValueAtIncompleteKey: boolean;
    readonly isDecoderError: boolean;
    readonly isInvalidHash: boolean;
    readonly isDuplicateKey: boolean;
    readonly isExtraneousNode: boolean;
    readonly isExtraneousValue: boolean;
    readonly isExtraneousHashReference: boolean;
    readonly isInvalidChildReference: boolean;
    readonly isValueMismatch: boolean;
    readonly isIncompleteProof: boolean;
    readonly isRootMismatch: boolean;
    readonly isDecodeError: boolean;
    readonly type: 'InvalidStateRoot' | 'IncompleteDatabase' | 'ValueAtIncompleteKey' | 'DecoderError' | 'InvalidHash' | 'DuplicateKey' | 'ExtraneousNode' | 'ExtraneousValue' | 'ExtraneousHashReference' | 'InvalidChildReference' | 'ValueMismatch' | 'IncompleteProof' | 'RootMismatch' | 'DecodeError';
  }

  /** @name CumulusPalletParachainSystemEvent (299) */
  interface CumulusPalletParachainSystemEvent extends Enum {
    readonly isValidationFunctionStored: boolean;
    readonly isValidationFunctionApplied: boolean;
    readonly asValidationFunctionApplied: {
      readonly relayChainBlockNum: u32;
    } & Struct;
    readonly isValidationFunctionDiscarded: boolean;
    readonly isDownwardMessagesReceived: boolean;
    readonly asDownwardMessagesReceived: {
      readonly count: u32;
    } & Struct;
    readonly isDownwardMessagesProcessed: boolean;
    readonly asDownwardMessagesProcessed: {
      readonly weightUsed: SpWeightsWeightV2Weight;
      readonly dmqHead: H256;
    } & Struct;
    readonly isUpwardMessageSent: boolean;
    readonly asUpwardMessageSent: {
      readonly messageHash: Option<U8aFixed>;
    } & Struct;
    readonly type: 'ValidationFunctionStored' | 'ValidationFunctionApplied' | 'ValidationFunctionDiscarded' | 'DownwardMessagesReceived' | 'DownwardMessagesProcessed' | 'UpwardMessageSent';
  }

  /** @name PalletBalancesEvent (300) */
  interface PalletBalancesEvent extends Enum {
    readonly isEndowed: boolean;
    readonly asEndowed: {
      readonly account: AccountId32;
      readonly freeBalance: u128;
    } & Struct;
    readonly isDustLost: boolean;
    readonly asDustLost: {
      readonly account: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBalanceSet: boolean;
    readonly asBalanceSet: {
      readonly who: AccountId32;
      readonly free: u128;
    } & Struct;
    readonly isReserved: boolean;
    readonly asReserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnreserved: boolean;
    readonly asUnreserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isReserveRepatriated: boolean;
    readonly asReserveRepatriated: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly destinationStatus: FrameSupportTokensMiscBalanceStatus;
    } & Struct;
    readonly isDeposit: boolean;
    readonly asDeposit: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMinted: boolean;
    readonly asMinted: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMintedCredit: boolean;
    readonly asMintedCredit: {
      readonly amount: u128;
    } & Struct;
    readonly isBurned: boolean;
    readonly asBurned: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedDebt: boolean;
    readonly asBurnedDebt: {
      readonly amount: u128;
    } & Struct;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isRestored: boolean;
    readonly asRestored: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUpgraded: boolean;
    readonly asUpgraded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isIssued: boolean;
    readonly asIssued: {
      readonly amount: u128;
    } & Struct;
    readonly isRescinded: boolean;
    readonly asRescinded: {
      readonly amount: u128;
    } & Struct;
    readonly isLocked: boolean;
    readonly asLocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnlocked: boolean;
    readonly asUnlocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isFrozen: boolean;
    readonly asFrozen: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isThawed: boolean;
    readonly asThawed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTotalIssuanceForced: boolean;
    readonly asTotalIssuanceForced: {
      readonly old: u128;
      readonly new_: u128;
    } & Struct;
    readonly isHeld: boolean;
    readonly asHeld: {
      readonly reason: HealthchainRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedHeld: boolean;
    readonly asBurnedHeld: {
      readonly reason: HealthchainRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferOnHold: boolean;
    readonly asTransferOnHold: {
      readonly reason: HealthchainRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferAndHold: boolean;
    readonly asTransferAndHold: {
      readonly reason: HealthchainRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly transferred: u128;
    } & Struct;
    readonly isReleased: boolean;
    readonly asReleased: {
      readonly reason: HealthchainRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnexpected: boolean;
    readonly asUnexpected: PalletBalancesUnexpectedKind;
    readonly type: 'Endowed' | 'DustLost' | 'Transfer' | 'BalanceSet' | 'Reserved' | 'Unreserved' | 'ReserveRepatriated' | 'Deposit' | 'Withdraw' | 'Slashed' | 'Minted' | 'MintedCredit' | 'Burned' | 'BurnedDebt' | 'Suspended' | 'Restored' | 'Upgraded' | 'Issued' | 'Rescinded' | 'Locked' | 'Unlocked' | 'Frozen' | 'Thawed' | 'TotalIssuanceForced' | 'Held' | 'BurnedHeld' | 'TransferOnHold' | 'TransferAndHold' | 'Released' | 'Unexpected';
  }

  /** @name FrameSupportTokensMiscBalanceStatus (301) */
  interface FrameSupportTokensMiscBalanceStatus extends Enum {
    readonly isFree: boolean;
    readonly isReserved: boolean;
    readonly type: 'Free' | 'Reserved';
  }

  /** @name HealthchainRuntimeRuntimeHoldReason (302) */
  interface HealthchainRuntimeRuntimeHoldReason extends Enum {
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveHoldReason;
    readonly isPreimage: boolean;
    readonly asPreimage: PalletPreimageHoldReason;
    readonly isSession: boolean;
    readonly asSession: PalletSessionHoldReason;
    readonly isPolkadotXcm: boolean;
    readonly asPolkadotXcm: PalletXcmHoldReason;
    readonly isConsent: boolean;
    readonly asConsent: PalletConsentHoldReason;
    readonly type: 'Council' | 'Preimage' | 'Session' | 'PolkadotXcm' | 'Consent';
  }

  /** @name PalletCollectiveHoldReason (303) */
  interface PalletCollectiveHoldReason extends Enum {
    readonly isProposalSubmission: boolean;
    readonly type: 'ProposalSubmission';
  }

  /** @name PalletPreimageHoldReason (304) */
  interface PalletPreimageHoldReason extends Enum {
    readonly isPreimage: boolean;
    readonly type: 'Preimage';
  }

  /** @name PalletSessionHoldReason (305) */
  interface PalletSessionHoldReason extends Enum {
    readonly isKeys: boolean;
    readonly type: 'Keys';
  }

  /** @name PalletXcmHoldReason (306) */
  interface PalletXcmHoldReason extends Enum {
    readonly isAuthorizeAlias: boolean;
    readonly type: 'AuthorizeAlias';
  }

  /** @name PalletConsentHoldReason (307) */
  interface PalletConsentHoldReason extends Enum {
    readonly isPatientOnboarding: boolean;
    readonly type: 'PatientOnboarding';
  }

  /** @name PalletBalancesUnexpectedKind (308) */
  interface PalletBalancesUnexpectedKind extends Enum {
    readonly isBalanceUpdated: boolean;
    readonly isFailedToMutateAccount: boolean;
    readonly type: 'BalanceUpdated' | 'FailedToMutateAccount';
  }

  /** @name PalletTransactionPaymentEvent (309) */
  interface PalletTransactionPaymentEvent extends Enum {
    readonly isTransactionFeePaid: boolean;
    readonly asTransactionFeePaid: {
      readonly who: AccountId32;
      readonly actualFee: u128;
      readonly tip: u128;
    } & Struct;
    readonly type: 'TransactionFeePaid';
  }

  /** @name PalletSkipFeelessPaymentEvent (310) */
  interface PalletSkipFeelessPaymentEvent extends Enum {
    readonly isFeeSkipped: boolean;
    readonly asFeeSkipped: {
      readonly origin: HealthchainRuntimeOriginCaller;
    } & Struct;
    readonly type: 'FeeSkipped';
  }

  /** @name PalletSudoEvent (311) */
  interface PalletSudoEvent extends Enum {
    readonly isSudid: boolean;
    readonly asSudid: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isKeyChanged: boolean;
    readonly asKeyChanged: {
      readonly old: Option<AccountId32>;
      readonly new_: AccountId32;
    } & Struct;
    readonly isKeyRemoved: boolean;
    readonly isSudoAsDone: boolean;
    readonly asSudoAsDone: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly type: 'Sudid' | 'KeyChanged' | 'KeyRemoved' | 'SudoAsDone';
  }

  /** @name PalletCollectiveEvent (313) */
  interface PalletCollectiveEvent extends Enum {
    readonly isProposed: boolean;
    readonly asProposed: {
      readonly account: AccountId32;
      readonly proposalIndex: u32;
      readonly proposalHash: H256;
      readonly threshold: u32;
    } & Struct;
    readonly isVoted: boolean;
    readonly asVoted: {
      readonly account: AccountId32;
      readonly proposalHash: H256;
      readonly voted: bool;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isApproved: boolean;
    readonly asApproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isDisapproved: boolean;
    readonly asDisapproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isExecuted: boolean;
    readonly asExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isMemberExecuted: boolean;
    readonly asMemberExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isClosed: boolean;
    readonly asClosed: {
      readonly proposalHash: H256;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isKilled: boolean;
    readonly asKilled: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isProposalCostBurned: boolean;
    readonly asProposalCostBurned: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly isProposalCostReleased: boolean;
    readonly asProposalCostReleased: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly type: 'Proposed' | 'Voted' | 'Approved' | 'Disapproved' | 'Executed' | 'MemberExecuted' | 'Closed' | 'Killed' | 'ProposalCostBurned' | 'ProposalCostReleased';
  }

  /** @name PalletMembershipEvent (314) */
  interface PalletMembershipEvent extends Enum {
    readonly isMemberAdded: boolean;
    readonly isMemberRemoved: boolean;
    readonly isMembersSwapped: boolean;
    readonly isMembersReset: boolean;
    readonly isKeyChanged: boolean;
    readonly isDummy: boolean;
    readonly type: 'MemberAdded' | 'MemberRemoved' | 'MembersSwapped' | 'MembersReset' | 'KeyChanged' | 'Dummy';
  }

  /** @name PalletPreimageEvent (315) */
  interface PalletPreimageEvent extends Enum {
    readonly isNoted: boolean;
    readonly asNoted: {
      readonly hash_: H256;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly hash_: H256;
    } & Struct;
    readonly isCleared: boolean;
    readonly asCleared: {
      readonly hash_: H256;
    } & Struct;
    readonly type: 'Noted' | 'Requested' | 'Cleared';
  }

  /** @name PalletWhitelistEvent (316) */
  interface PalletWhitelistEvent extends Enum {
    readonly isCallWhitelisted: boolean;
    readonly asCallWhitelisted: {
      readonly callHash: H256;
    } & Struct;
    readonly isWhitelistedCallRemoved: boolean;
    readonly asWhitelistedCallRemoved: {
      readonly callHash: H256;
    } & Struct;
    readonly isWhitelistedCallDispatched: boolean;
    readonly asWhitelistedCallDispatched: {
      readonly callHash: H256;
      readonly result: Result<FrameSupportDispatchPostDispatchInfo, SpRuntimeDispatchErrorWithPostInfo>;
    } & Struct;
    readonly isDispatchDeferred: boolean;
    readonly asDispatchDeferred: {
      readonly callHash: H256;
    } & Struct;
    readonly isDeferredDispatchRemoved: boolean;
    readonly asDeferredDispatchRemoved: {
      readonly callHash: H256;
    } & Struct;
    readonly isDeferredDispatchExecuted: boolean;
    readonly asDeferredDispatchExecuted: {
      readonly callHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly type: 'CallWhitelisted' | 'WhitelistedCallRemoved' | 'WhitelistedCallDispatched' | 'DispatchDeferred' | 'DeferredDispatchRemoved' | 'DeferredDispatchExecuted';
  }

  /** @name FrameSupportDispatchPostDispatchInfo (318) */
  interface FrameSupportDispatchPostDispatchInfo extends Struct {
    readonly actualWeight: Option<SpWeightsWeightV2Weight>;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name SpRuntimeDispatchErrorWithPostInfo (319) */
  interface SpRuntimeDispatchErrorWithPostInfo extends Struct {
    readonly postInfo: FrameSupportDispatchPostDispatchInfo;
    readonly error: SpRuntimeDispatchError;
  }

  /** @name PalletCollatorSelectionEvent (320) */
  interface PalletCollatorSelectionEvent extends Enum {
    readonly isNewInvulnerables: boolean;
    readonly asNewInvulnerables: {
      readonly invulnerables: Vec<AccountId32>;
    } & Struct;
    readonly isInvulnerableAdded: boolean;
    readonly asInvulnerableAdded: {
      readonly accountId: AccountId32;
    } & Struct;
    readonly isInvulnerableRemoved: boolean;
    readonly asInvulnerableRemoved: {
      readonly accountId: AccountId32;
    } & Struct;
    readonly isNewDesiredCandidates: boolean;
    readonly asNewDesiredCandidates: {
      readonly desiredCandidates: u32;
    } & Struct;
    readonly isNewCandidacyBond: boolean;
    readonly asNewCandidacyBond: {
      readonly bondAmount: u128;
    } & Struct;
    readonly isCandidateAdded: boolean;
    readonly asCandidateAdded: {
      readonly accountId: AccountId32;
      readonly deposit: u128;
    } & Struct;
    readonly isCandidateBondUpdated: boolean;
    readonly asCandidateBondUpdated: {
      readonly accountId: AccountId32;
      readonly deposit: u128;
    } & Struct;
    readonly isCandidateRemoved: boolean;
    readonly asCandidateRemoved: {
      readonly accountId: AccountId32;
    } & Struct;
    readonly isCandidateReplaced: boolean;
    readonly asCandidateReplaced: {
      readonly old: AccountId32;
      readonly new_: AccountId32;
      readonly deposit: u128;
    } & Struct;
    readonly isInvalidInvulnerableSkipped: boolean;
    readonly asInvalidInvulnerableSkipped: {
      readonly accountId: AccountId32;
    } & Struct;
    readonly type: 'NewInvulnerables' | 'InvulnerableAdded' | 'InvulnerableRemoved' | 'NewDesiredCandidates' | 'NewCandidacyBond' | 'CandidateAdded' | 'CandidateBondUpdated' | 'CandidateRemoved' | 'CandidateReplaced' | 'InvalidInvulnerableSkipped';
  }

  /** @name PalletSessionEvent (321) */
  interface PalletSessionEvent extends Enum {
    readonly isNewSession: boolean;
    readonly asNewSession: {
      readonly sessionIndex: u32;
    } & Struct;
    readonly isNewQueued: boolean;
    readonly isValidatorDisabled: boolean;
    readonly asValidatorDisabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isValidatorReenabled: boolean;
    readonly asValidatorReenabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly type: 'NewSession' | 'NewQueued' | 'ValidatorDisabled' | 'ValidatorReenabled';
  }

  /** @name CumulusPalletXcmpQueueEvent (322) */
  interface CumulusPalletXcmpQueueEvent extends Enum {
    readonly isXcmpMessageSent: boolean;
    readonly asXcmpMessageSent: {
      readonly messageHash: U8aFixed;
    } & Struct;
    readonly type: 'XcmpMessageSent';
  }

  /** @name PalletXcmEvent (323) */
  interface PalletXcmEvent extends Enum {
    readonly isAttempted: boolean;
    readonly asAttempted: {
      readonly outcome: StagingXcmV5TraitsOutcome;
    } & Struct;
    readonly isSent: boolean;
    readonly asSent: {
      readonly origin: StagingXcmV5Location;
      readonly destination: StagingXcmV5Location;
      readonly message: StagingXcmV5Xcm;
      readonly messageId: U8aFixed;
    } & Struct;
    readonly isSendFailed: boolean;
    readonly asSendFailed: {
      readonly origin: StagingXcmV5Location;
      readonly destination: StagingXcmV5Location;
      readonly error: XcmV3TraitsSendError;
      readonly messageId: U8aFixed;
    } & Struct;
    readonly isProcessXcmError: boolean;
    readonly asProcessXcmError: {
      readonly origin: StagingXcmV5Location;
      readonly error: XcmV5TraitsError;
      readonly messageId: U8aFixed;
    } & Struct;
    readonly isUnexpectedResponse: boolean;
    readonly asUnexpectedResponse: {
      readonly origin: StagingXcmV5Location;
      readonly queryId: u64;
    } & Struct;
    readonly isResponseReady: boolean;
    readonly asResponseReady: {
      readonly queryId: u64;
      readonly response: StagingXcmV5Response;
    } & Struct;
    readonly isNotified: boolean;
    readonly asNotified: {
      readonly queryId: u64;
      readonly palletIndex: u8;
      readonly callIndex: u8;
    } & Struct;
    readonly isNotifyOverweight: boolean;
    readonly asNotifyOverweight: {
      readonly queryId: u64;
      readonly palletIndex: u8;
      readonly callIndex: u8;
      readonly actualWeight: SpWeightsWeightV2Weight;
      readonly maxBudgetedWeight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isNotifyDispatchError: boolean;
    readonly asNotifyDispatchError: {
      readonly queryId: u64;
      readonly palletIndex: u8;
      readonly callIndex: u8;
    } & Struct;
    readonly isNotifyDecodeFailed: boolean;
    readonly asNotifyDecodeFailed: {
      readonly queryId: u64;
      readonly palletIndex: u8;
      readonly callIndex: u8;
    } & Struct;
    readonly isInvalidResponder: boolean;
    readonly asInvalidResponder: {
      readonly origin: StagingXcmV5Location;
      readonly queryId: u64;
      readonly expectedLocation: Option<StagingXcmV5Location>;
    } & Struct;
    readonly isInvalidResponderVersion: boolean;
    readonly asInvalidResponderVersion: {
      readonly origin: StagingXcmV5Location;
      readonly queryId: u64;
    } & Struct;
    readonly isResponseTaken: boolean;
    readonly asResponseTaken: {
      readonly queryId: u64;
    } & Struct;
    readonly isAssetsTrapped: boolean;
    readonly asAssetsTrapped: {
      readonly hash_: H256;
      readonly origin: StagingXcmV5Location;
      readonly assets: XcmVersionedAssets;
    } & Struct;
    readonly isVersionChangeNotified: boolean;
    readonly asVersionChangeNotified: {
      readonly destination: StagingXcmV5Location;
      readonly result: u32;
      readonly cost: StagingXcmV5AssetAssets;
      readonly messageId: U8aFixed;
    } & Struct;
    readonly isSupportedVersionChanged: boolean;
    readonly asSupportedVersionChanged: {
      readonly location: StagingXcmV5Location;
      readonly version: u32;
    } & Struct;
    readonly isNotifyTargetSendFail: boolean;
    readonly asNotifyTargetSendFail: {
      readonly location: StagingXcmV5Location;
      readonly queryId: u64;
      readonly error: XcmV5TraitsError;
    } & Struct;
    readonly isNotifyTargetMigrationFail: boolean;
    readonly asNotifyTargetMigrationFail: {
      readonly location: XcmVersionedLocation;
      readonly queryId: u64;
    } & Struct;
    readonly isInvalidQuerierVersion: boolean;
    readonly asInvalidQuerierVersion: {
      readonly origin: StagingXcmV5Location;
      readonly queryId: u64;
    } & Struct;
    readonly isInvalidQuerier: boolean;
    readonly asInvalidQuerier: {
      readonly origin: StagingXcmV5Location;
      readonly queryId: u64;
      readonly expectedQuerier: StagingXcmV5Location;
      readonly maybeActualQuerier: Option<StagingXcmV5Location>;
    } & Struct;
    readonly isVersionNotifyStarted: boolean;
    readonly asVersionNotifyStarted: {
      readonly destination: StagingXcmV5Location;
      readonly cost: StagingXcmV5AssetAssets;
      readonly messageId: U8aFixed;
    } & Struct;
    readonly isVersionNotifyRequested: boolean;
    readonly asVersionNotifyRequested: {
      readonly destination: StagingXcmV5Location;
      readonly cost: StagingXcmV5AssetAssets;
      readonly messageId: U8aFixed;
    } & Struct;
    readonly isVersionNotifyUnrequested: boolean;
    readonly asVersionNotifyUnrequested: {
      readonly destination: StagingXcmV5Location;
      readonly cost: StagingXcmV5AssetAssets;
      readonly messageId: U8aFixed;
    } & Struct;
    readonly isFeesPaid: boolean;
    readonly asFeesPaid: {
      readonly paying: StagingXcmV5Location;
      readonly fees: StagingXcmV5AssetAssets;
    } & Struct;
    readonly isAssetsClaimed: boolean;
    readonly asAssetsClaimed: {
      readonly hash_: H256;
      readonly origin: StagingXcmV5Location;
      readonly assets: XcmVersionedAssets;
    } & Struct;
    readonly isVersionMigrationFinished: boolean;
    readonly asVersionMigrationFinished: {
      readonly version: u32;
    } & Struct;
    readonly isAliasAuthorized: boolean;
    readonly asAliasAuthorized: {
      readonly aliaser: StagingXcmV5Location;
      readonly target: StagingXcmV5Location;
      readonly expiry: Option<u64>;
    } & Struct;
    readonly isAliasAuthorizationRemoved: boolean;
    readonly asAliasAuthorizationRemoved: {
      readonly aliaser: StagingXcmV5Location;
      readonly target: StagingXcmV5Location;
    } & Struct;
    readonly isAliasesAuthorizationsRemoved: boolean;
    readonly asAliasesAuthorizationsRemoved: {
      readonly target: StagingXcmV5Location;
    } & Struct;
    readonly type: 'Attempted' | 'Sent' | 'SendFailed' | 'ProcessXcmError' | 'UnexpectedResponse' | 'ResponseReady' | 'Notified' | 'NotifyOverweight' | 'NotifyDispatchError' | 'NotifyDecodeFailed' | 'InvalidResponder' | 'InvalidResponderVersion' | 'ResponseTaken' | 'AssetsTrapped' | 'VersionChangeNotified' | 'SupportedVersionChanged' | 'NotifyTargetSendFail' | 'NotifyTargetMigrationFail' | 'InvalidQuerierVersion' | 'InvalidQuerier' | 'VersionNotifyStarted' | 'VersionNotifyRequested' | 'VersionNotifyUnrequested' | 'FeesPaid' | 'AssetsClaimed' | 'VersionMigrationFinished' | 'AliasAuthorized' | 'AliasAuthorizationRemoved' | 'AliasesAuthorizationsRemoved';
  }

  /** @name StagingXcmV5TraitsOutcome (324) */
  interface StagingXcmV5TraitsOutcome extends Enum {
    readonly isComplete: boolean;
    readonly asComplete: {
      readonly used: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isIncomplete: boolean;
    readonly asIncomplete: {
      readonly used: SpWeightsWeightV2Weight;
      readonly error: StagingXcmV5TraitsInstructionError;
    } & Struct;
    readonly isError: boolean;
    readonly asError: StagingXcmV5TraitsInstructionError;
    readonly type: 'Complete' | 'Incomplete' | 'Error';
  }

  /** @name StagingXcmV5TraitsInstructionError (325) */
  interface StagingXcmV5TraitsInstructionError extends Struct {
    readonly index: u8;
    readonly error: XcmV5TraitsError;
  }

  /** @name XcmV3TraitsSendError (326) */
  interface XcmV3TraitsSendError extends Enum {
    readonly isNotApplicable: boolean;
    readonly isTransport: boolean;
    readonly isUnroutable: boolean;
    readonly isDestinationUnsupported: boolean;
    readonly isExceedsMaxMessageSize: boolean;
    readonly isMissingArgument: boolean;
    readonly isFees: boolean;
    readonly type: 'NotApplicable' | 'Transport' | 'Unroutable' | 'DestinationUnsupported' | 'ExceedsMaxMessageSize' | 'MissingArgument' | 'Fees';
  }

  /** @name CumulusPalletXcmEvent (327) */
  interface CumulusPalletXcmEvent extends Enum {
    readonly isInvalidFormat: boolean;
    readonly asInvalidFormat: U8aFixed;
    readonly isUnsupportedVersion: boolean;
    readonly asUnsupportedVersion: U8aFixed;
    readonly isExecutedDownward: boolean;
    readonly asExecutedDownward: ITuple<[U8aFixed, StagingXcmV5TraitsOutcome]>;
    readonly type: 'InvalidFormat' | 'UnsupportedVersion' | 'ExecutedDownward';
  }

  /** @name PalletMessageQueueEvent (328) */
  interface PalletMessageQueueEvent extends Enum {
    readonly isProcessingFailed: boolean;
    readonly asProcessingFailed: {
      readonly id: H256;
      readonly origin: CumulusPrimitivesCoreAggregateMessageOrigin;
      readonly error: FrameSupportMessagesProcessMessageError;
    } & Struct;
    readonly isProcessed: boolean;
    readonly asProcessed: {
      readonly id: H256;
      readonly origin: CumulusPrimitivesCoreAggregateMessageOrigin;
      readonly weightUsed: SpWeightsWeightV2Weight;
      readonly success: bool;
    } & Struct;
    readonly isOverweightEnqueued: boolean;
    readonly asOverweightEnqueued: {
      readonly id: U8aFixed;
      readonly origin: CumulusPrimitivesCoreAggregateMessageOrigin;
      readonly pageIndex: u32;
      readonly messageIndex: u32;
    } & Struct;
    readonly isPageReaped: boolean;
    readonly asPageReaped: {
      readonly origin: CumulusPrimitivesCoreAggregateMessageOrigin;
      readonly index: u32;
    } & Struct;
    readonly type: 'ProcessingFailed' | 'Processed' | 'OverweightEnqueued' | 'PageReaped';
  }

  /** @name FrameSupportMessagesProcessMessageError (329) */
  interface FrameSupportMessagesProcessMessageError extends Enum {
    readonly isBadFormat: boolean;
    readonly isCorrupt: boolean;
    readonly isUnsupported: boolean;
    readonly isOverweight: boolean;
    readonly asOverweight: SpWeightsWeightV2Weight;
    readonly isYield: boolean;
    readonly isStackLimitReached: boolean;
    readonly type: 'BadFormat' | 'Corrupt' | 'Unsupported' | 'Overweight' | 'Yield' | 'StackLimitReached';
  }

  /** @name PalletUtilityEvent (330) */
  interface PalletUtilityEvent extends Enum {
    readonly isBatchInterrupted: boolean;
    readonly asBatchInterrupted: {
      readonly index: u32;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isBatchCompleted: boolean;
    readonly isBatchCompletedWithErrors: boolean;
    readonly isItemCompleted: boolean;
    readonly isItemFailed: boolean;
    readonly asItemFailed: {
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isDispatchedAs: boolean;
    readonly asDispatchedAs: {
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isIfElseMainSuccess: boolean;
    readonly isIfElseFallbackCalled: boolean;
    readonly asIfElseFallbackCalled: {
      readonly mainError: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'BatchInterrupted' | 'BatchCompleted' | 'BatchCompletedWithErrors' | 'ItemCompleted' | 'ItemFailed' | 'DispatchedAs' | 'IfElseMainSuccess' | 'IfElseFallbackCalled';
  }

  /** @name PalletOrganizationsEvent (331) */
  interface PalletOrganizationsEvent extends Enum {
    readonly isOrganizationRegistered: boolean;
    readonly asOrganizationRegistered: {
      readonly org: u32;
      readonly kind: HealthchainPrimitivesOrganizationsOrganizationKind;
      readonly admin: AccountId32;
    } & Struct;
    readonly isOrganizationSuspended: boolean;
    readonly asOrganizationSuspended: {
      readonly org: u32;
      readonly reason: H256;
    } & Struct;
    readonly isOrganizationReactivated: boolean;
    readonly asOrganizationReactivated: {
      readonly org: u32;
    } & Struct;
    readonly isAdminChanged: boolean;
    readonly asAdminChanged: {
      readonly org: u32;
      readonly oldAdmin: AccountId32;
      readonly newAdmin: AccountId32;
    } & Struct;
    readonly isMemberInvited: boolean;
    readonly asMemberInvited: {
      readonly org: u32;
      readonly who: AccountId32;
      readonly role: HealthchainPrimitivesOrganizationsMemberRole;
      readonly by: AccountId32;
      readonly expiresAt: u32;
    } & Struct;
    readonly isInvitationAccepted: boolean;
    readonly asInvitationAccepted: {
      readonly org: u32;
      readonly who: AccountId32;
      readonly role: HealthchainPrimitivesOrganizationsMemberRole;
      readonly invitedBy: AccountId32;
    } & Struct;
    readonly isInvitationDeclined: boolean;
    readonly asInvitationDeclined: {
      readonly org: u32;
      readonly who: AccountId32;
    } & Struct;
    readonly isInvitationCancelled: boolean;
    readonly asInvitationCancelled: {
      readonly org: u32;
      readonly who: AccountId32;
      readonly by: AccountId32;
    } & Struct;
    readonly isMemberRemoved: boolean;
    readonly asMemberRemoved: {
      readonly org: u32;
      readonly who: AccountId32;
      readonly by: AccountId32;
    } & Struct;
    readonly isRoleChanged: boolean;
    readonly asRoleChanged: {
      readonly org: u32;
      readonly who: AccountId32;
      readonly role: HealthchainPrimitivesOrganizationsMemberRole;
      readonly by: AccountId32;
    } & Struct;
    readonly isMemberLeft: boolean;
    readonly asMemberLeft: {
      readonly org: u32;
      readonly who: AccountId32;
    } & Struct;
    readonly type: 'OrganizationRegistered' | 'OrganizationSuspended' | 'OrganizationReactivated' | 'AdminChanged' | 'MemberInvited' | 'InvitationAccepted' | 'InvitationDeclined' | 'InvitationCancelled' | 'MemberRemoved' | 'RoleChanged' | 'MemberLeft';
  }

  /** @name PalletEhrAnchorEvent (332) */
  interface PalletEhrAnchorEvent extends Enum {
    readonly isRecordAnchored: boolean;
    readonly asRecordAnchored: {
      readonly record: u64;
      readonly patient: AccountId32;
      readonly org: Option<u32>;
      readonly category: HealthchainPrimitivesRecordsRecordCategory;
    } & Struct;
    readonly isRecordAmended: boolean;
    readonly asRecordAmended: {
      readonly record: u64;
      readonly previous: u64;
      readonly version: u32;
    } & Struct;
    readonly isRecordEnteredInError: boolean;
    readonly asRecordEnteredInError: {
      readonly record: u64;
      readonly reason: PalletEhrAnchorEnteredInErrorReason;
    } & Struct;
    readonly isRecordErased: boolean;
    readonly asRecordErased: {
      readonly firstVersion: u64;
      readonly versions: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly isBulkAnchored: boolean;
    readonly asBulkAnchored: {
      readonly bulk: u64;
      readonly org: u32;
      readonly category: HealthchainPrimitivesRecordsRecordCategory;
      readonly documentCount: u32;
    } & Struct;
    readonly isAccessGranted: boolean;
    readonly asAccessGranted: {
      readonly record: u64;
      readonly accessor: AccountId32;
      readonly org: u32;
      readonly basis: HealthchainPrimitivesConsentAccessBasis;
    } & Struct;
    readonly type: 'RecordAnchored' | 'RecordAmended' | 'RecordEnteredInError' | 'RecordErased' | 'BulkAnchored' | 'AccessGranted';
  }

  /** @name HealthchainPrimitivesConsentAccessBasis (333) */
  interface HealthchainPrimitivesConsentAccessBasis extends Enum {
    readonly isConsent: boolean;
    readonly asConsent: u64;
    readonly isBreakGlass: boolean;
    readonly asBreakGlass: u64;
    readonly type: 'Consent' | 'BreakGlass';
  }

  /** @name PalletConsentEvent (334) */
  interface PalletConsentEvent extends Enum {
    readonly isConsentGranted: boolean;
    readonly asConsentGranted: {
      readonly consent: u64;
      readonly patient: AccountId32;
      readonly grantee: PalletConsentGrantee;
      readonly by: AccountId32;
    } & Struct;
    readonly isConsentRevoked: boolean;
    readonly asConsentRevoked: {
      readonly consent: u64;
      readonly patient: AccountId32;
      readonly by: AccountId32;
    } & Struct;
    readonly isDelegateAdded: boolean;
    readonly asDelegateAdded: {
      readonly patient: AccountId32;
      readonly delegate: AccountId32;
      readonly kind: PalletConsentDelegateKind;
    } & Struct;
    readonly isDelegateRemoved: boolean;
    readonly asDelegateRemoved: {
      readonly patient: AccountId32;
      readonly delegate: AccountId32;
      readonly by: AccountId32;
    } & Struct;
    readonly isPatientOnboarded: boolean;
    readonly asPatientOnboarded: {
      readonly patient: AccountId32;
      readonly org: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly isPatientOffboarded: boolean;
    readonly asPatientOffboarded: {
      readonly patient: AccountId32;
      readonly by: AccountId32;
    } & Struct;
    readonly isGrantsPruned: boolean;
    readonly asGrantsPruned: {
      readonly patient: AccountId32;
      readonly count: u32;
    } & Struct;
    readonly isBreakGlassOpened: boolean;
    readonly asBreakGlassOpened: {
      readonly case: u64;
      readonly patient: AccountId32;
      readonly accessor: AccountId32;
      readonly org: u32;
      readonly reason: PalletConsentEmergencyReason;
      readonly expiresAt: u64;
    } & Struct;
    readonly isBreakGlassReviewed: boolean;
    readonly asBreakGlassReviewed: {
      readonly case: u64;
      readonly reviewer: AccountId32;
      readonly justified: bool;
    } & Struct;
    readonly isAccessRecorded: boolean;
    readonly asAccessRecorded: {
      readonly patient: AccountId32;
      readonly index: u64;
      readonly entry: PalletConsentAccessLogEntry;
      readonly chainHead: H256;
    } & Struct;
    readonly type: 'ConsentGranted' | 'ConsentRevoked' | 'DelegateAdded' | 'DelegateRemoved' | 'PatientOnboarded' | 'PatientOffboarded' | 'GrantsPruned' | 'BreakGlassOpened' | 'BreakGlassReviewed' | 'AccessRecorded';
  }

  /** @name PalletConsentAccessLogEntry (335) */
  interface PalletConsentAccessLogEntry extends Struct {
    readonly accessor: AccountId32;
    readonly org: Option<u32>;
    readonly basis: HealthchainPrimitivesConsentAccessBasis;
    readonly purpose: HealthchainPrimitivesConsentPurposeOfUse;
    readonly category: HealthchainPrimitivesRecordsRecordCategory;
    readonly record: Option<u64>;
    readonly at: u64;
    readonly block: u32;
  }

  /** @name PalletDrugTraceEvent (336) */
  interface PalletDrugTraceEvent extends Enum {
    readonly isProductRegistered: boolean;
    readonly asProductRegistered: {
      readonly gtin: u64;
      readonly manufacturer: u32;
    } & Struct;
    readonly isBatchCommissioned: boolean;
    readonly asBatchCommissioned: {
      readonly batch: u64;
      readonly gtin: u64;
      readonly lot: Bytes;
      readonly manufacturer: u32;
      readonly quantity: u32;
      readonly expiry: u64;
    } & Struct;
    readonly isShipped: boolean;
    readonly asShipped: {
      readonly shipment: u64;
      readonly batch: u64;
      readonly from: u32;
      readonly to: u32;
      readonly quantity: u32;
      readonly documentHash: H256;
    } & Struct;
    readonly isReceived: boolean;
    readonly asReceived: {
      readonly shipment: u64;
      readonly batch: u64;
      readonly from: u32;
      readonly to: u32;
      readonly quantity: u32;
      readonly batchStatus: PalletDrugTraceBatchStatus;
      readonly quarantined: bool;
    } & Struct;
    readonly isTemperatureRecorded: boolean;
    readonly asTemperatureRecorded: {
      readonly stock: PalletDrugTraceStockRef;
      readonly batch: u64;
      readonly centiC: i32;
      readonly measuredAt: u64;
      readonly inRange: bool;
      readonly exposureMs: u64;
    } & Struct;
    readonly isTemperatureExcursion: boolean;
    readonly asTemperatureExcursion: {
      readonly stock: PalletDrugTraceStockRef;
      readonly batch: u64;
      readonly centiC: i32;
      readonly measuredAt: u64;
      readonly exposureMs: u64;
    } & Struct;
    readonly isDispensed: boolean;
    readonly asDispensed: {
      readonly batch: u64;
      readonly serialHash: H256;
      readonly pharmacy: u32;
      readonly pharmacist: AccountId32;
    } & Struct;
    readonly isSuspectedClone: boolean;
    readonly asSuspectedClone: {
      readonly batch: u64;
      readonly serialHash: H256;
      readonly byOrg: u32;
      readonly attempts: u32;
    } & Struct;
    readonly isBatchRecalled: boolean;
    readonly asBatchRecalled: {
      readonly batch: u64;
      readonly class: PalletDrugTraceRecallClass;
      readonly reasonHash: H256;
      readonly byOrg: u32;
      readonly holders: u32;
    } & Struct;
    readonly isRecallNotice: boolean;
    readonly asRecallNotice: {
      readonly batch: u64;
      readonly holder: u32;
    } & Struct;
    readonly isRecallClosed: boolean;
    readonly asRecallClosed: {
      readonly batch: u64;
      readonly closedBy: PalletDrugTraceRecallCloser;
    } & Struct;
    readonly isSuspectReported: boolean;
    readonly asSuspectReported: {
      readonly batch: u64;
      readonly reporterOrg: u32;
      readonly reasonHash: H256;
    } & Struct;
    readonly isSuspectCleared: boolean;
    readonly asSuspectCleared: {
      readonly batch: u64;
      readonly byOrg: u32;
    } & Struct;
    readonly isSuspectConfirmed: boolean;
    readonly asSuspectConfirmed: {
      readonly batch: u64;
      readonly byOrg: u32;
    } & Struct;
    readonly isStockReleased: boolean;
    readonly asStockReleased: {
      readonly stock: PalletDrugTraceStockRef;
      readonly batch: u64;
      readonly byOrg: u32;
      readonly acceptedMs: u64;
    } & Struct;
    readonly isShipmentRefused: boolean;
    readonly asShipmentRefused: {
      readonly shipment: u64;
      readonly batch: u64;
      readonly from: u32;
      readonly to: u32;
      readonly quantity: u32;
      readonly reason: PalletDrugTraceRefusalReason;
      readonly quarantined: bool;
    } & Struct;
    readonly isStockDisposed: boolean;
    readonly asStockDisposed: {
      readonly batch: u64;
      readonly holder: u32;
      readonly quantity: u32;
      readonly disposition: PalletDrugTraceDisposition;
    } & Struct;
    readonly type: 'ProductRegistered' | 'BatchCommissioned' | 'Shipped' | 'Received' | 'TemperatureRecorded' | 'TemperatureExcursion' | 'Dispensed' | 'SuspectedClone' | 'BatchRecalled' | 'RecallNotice' | 'RecallClosed' | 'SuspectReported' | 'SuspectCleared' | 'SuspectConfirmed' | 'StockReleased' | 'ShipmentRefused' | 'StockDisposed';
  }

  /** @name PalletDrugTraceBatchStatus (337) */
  interface PalletDrugTraceBatchStatus extends Enum {
    readonly isActive: boolean;
    readonly isQuarantined: boolean;
    readonly isRecalled: boolean;
    readonly isDestroyed: boolean;
    readonly type: 'Active' | 'Quarantined' | 'Recalled' | 'Destroyed';
  }

  /** @name PalletDrugTraceRecallCloser (338) */
  interface PalletDrugTraceRecallCloser extends Enum {
    readonly isGovernance: boolean;
    readonly isOrganization: boolean;
    readonly asOrganization: u32;
    readonly type: 'Governance' | 'Organization';
  }

  /** @name PalletClinicalTrialEvent (339) */
  interface PalletClinicalTrialEvent extends Enum {
    readonly isTrialRegistered: boolean;
    readonly asTrialRegistered: {
      readonly trial: u32;
      readonly sponsor: u32;
    } & Struct;
    readonly isTrialApproved: boolean;
    readonly asTrialApproved: {
      readonly trial: u32;
      readonly committee: u32;
      readonly decisionHash: H256;
    } & Struct;
    readonly isRecruitmentStarted: boolean;
    readonly asRecruitmentStarted: {
      readonly trial: u32;
    } & Struct;
    readonly isRecruitmentClosed: boolean;
    readonly asRecruitmentClosed: {
      readonly trial: u32;
    } & Struct;
    readonly isTrialCompleted: boolean;
    readonly asTrialCompleted: {
      readonly trial: u32;
    } & Struct;
    readonly isTrialTerminated: boolean;
    readonly asTrialTerminated: {
      readonly trial: u32;
      readonly from: PalletClinicalTrialTrialStatus;
      readonly reasonHash: H256;
    } & Struct;
    readonly isTrialSuspended: boolean;
    readonly asTrialSuspended: {
      readonly trial: u32;
      readonly byOrg: u32;
      readonly from: PalletClinicalTrialTrialStatus;
      readonly reasonHash: H256;
    } & Struct;
    readonly isSuspensionLifted: boolean;
    readonly asSuspensionLifted: {
      readonly trial: u32;
      readonly by: PalletClinicalTrialLiftedBy;
      readonly status: PalletClinicalTrialTrialStatus;
    } & Struct;
    readonly isAmendmentProposed: boolean;
    readonly asAmendmentProposed: {
      readonly trial: u32;
      readonly version: u32;
      readonly protocolHash: H256;
    } & Struct;
    readonly isAmendmentApproved: boolean;
    readonly asAmendmentApproved: {
      readonly trial: u32;
      readonly version: u32;
      readonly committee: u32;
    } & Struct;
    readonly isParticipantsNeedReconsent: boolean;
    readonly asParticipantsNeedReconsent: {
      readonly trial: u32;
      readonly version: u32;
      readonly count: u32;
    } & Struct;
    readonly isEnrolmentRequested: boolean;
    readonly asEnrolmentRequested: {
      readonly trial: u32;
      readonly participant: AccountId32;
      readonly protocolVersion: u32;
      readonly consent: u64;
      readonly attempt: u32;
    } & Struct;
    readonly isEnrolmentConfirmed: boolean;
    readonly asEnrolmentConfirmed: {
      readonly trial: u32;
      readonly participant: AccountId32;
      readonly consent: u64;
      readonly by: AccountId32;
    } & Struct;
    readonly isEnrolmentScreenedOut: boolean;
    readonly asEnrolmentScreenedOut: {
      readonly trial: u32;
      readonly participant: AccountId32;
      readonly reason: PalletClinicalTrialScreeningReason;
      readonly by: AccountId32;
    } & Struct;
    readonly isParticipantReconsented: boolean;
    readonly asParticipantReconsented: {
      readonly trial: u32;
      readonly participant: AccountId32;
      readonly protocolVersion: u32;
      readonly consent: u64;
    } & Struct;
    readonly isParticipantWithdrawn: boolean;
    readonly asParticipantWithdrawn: {
      readonly trial: u32;
      readonly participant: AccountId32;
    } & Struct;
    readonly isDataSnapshotCommitted: boolean;
    readonly asDataSnapshotCommitted: {
      readonly trial: u32;
      readonly index: u32;
      readonly snapshotHash: H256;
    } & Struct;
    readonly isAdverseEventReported: boolean;
    readonly asAdverseEventReported: {
      readonly trial: u32;
      readonly index: u32;
      readonly severity: PalletClinicalTrialSeverity;
    } & Struct;
    readonly isOutcomeDiscrepancyFound: boolean;
    readonly asOutcomeDiscrepancyFound: {
      readonly trial: u32;
      readonly discrepancy: PalletClinicalTrialOutcomeDiscrepancy;
    } & Struct;
    readonly isResultsPublished: boolean;
    readonly asResultsPublished: {
      readonly trial: u32;
      readonly resultsHash: H256;
      readonly discrepancies: u32;
    } & Struct;
    readonly type: 'TrialRegistered' | 'TrialApproved' | 'RecruitmentStarted' | 'RecruitmentClosed' | 'TrialCompleted' | 'TrialTerminated' | 'TrialSuspended' | 'SuspensionLifted' | 'AmendmentProposed' | 'AmendmentApproved' | 'ParticipantsNeedReconsent' | 'EnrolmentRequested' | 'EnrolmentConfirmed' | 'EnrolmentScreenedOut' | 'ParticipantReconsented' | 'ParticipantWithdrawn' | 'DataSnapshotCommitted' | 'AdverseEventReported' | 'OutcomeDiscrepancyFound' | 'ResultsPublished';
  }

  /** @name PalletClinicalTrialTrialStatus (340) */
  interface PalletClinicalTrialTrialStatus extends Enum {
    readonly isRegistered: boolean;
    readonly isApproved: boolean;
    readonly isRecruiting: boolean;
    readonly isActive: boolean;
    readonly isCompleted: boolean;
    readonly isTerminated: boolean;
    readonly isSuspended: boolean;
    readonly type: 'Registered' | 'Approved' | 'Recruiting' | 'Active' | 'Completed' | 'Terminated' | 'Suspended';
  }

  /** @name PalletClinicalTrialLiftedBy (341) */
  interface PalletClinicalTrialLiftedBy extends Enum {
    readonly isOrganization: boolean;
    readonly asOrganization: u32;
    readonly isGovernance: boolean;
    readonly type: 'Organization' | 'Governance';
  }

  /** @name PalletClinicalTrialOutcomeDiscrepancy (342) */
  interface PalletClinicalTrialOutcomeDiscrepancy extends Enum {
    readonly isMissing: boolean;
    readonly asMissing: {
      readonly kind: PalletClinicalTrialOutcomeKind;
      readonly definitionHash: H256;
    } & Struct;
    readonly isUnregistered: boolean;
    readonly asUnregistered: {
      readonly kind: PalletClinicalTrialOutcomeKind;
      readonly definitionHash: H256;
    } & Struct;
    readonly isKindChanged: boolean;
    readonly asKindChanged: {
      readonly definitionHash: H256;
      readonly registered: PalletClinicalTrialOutcomeKind;
      readonly reported: PalletClinicalTrialOutcomeKind;
    } & Struct;
    readonly type: 'Missing' | 'Unregistered' | 'KindChanged';
  }

  /** @name FrameSystemPhase (343) */
  interface FrameSystemPhase extends Enum {
    readonly isApplyExtrinsic: boolean;
    readonly asApplyExtrinsic: u32;
    readonly isFinalization: boolean;
    readonly isInitialization: boolean;
    readonly type: 'ApplyExtrinsic' | 'Finalization' | 'Initialization';
  }

  /** @name FrameSystemLastRuntimeUpgradeInfo (346) */
  interface FrameSystemLastRuntimeUpgradeInfo extends Struct {
    readonly specVersion: Compact<u32>;
    readonly specName: Text;
  }

  /** @name FrameSystemCodeUpgradeAuthorization (349) */
  interface FrameSystemCodeUpgradeAuthorization extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name FrameSystemLimitsBlockWeights (350) */
  interface FrameSystemLimitsBlockWeights extends Struct {
    readonly baseBlock: SpWeightsWeightV2Weight;
    readonly maxBlock: SpWeightsWeightV2Weight;
    readonly perClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeightsPerClass (351) */
  interface FrameSupportDispatchPerDispatchClassWeightsPerClass extends Struct {
    readonly normal: FrameSystemLimitsWeightsPerClass;
    readonly operational: FrameSystemLimitsWeightsPerClass;
    readonly mandatory: FrameSystemLimitsWeightsPerClass;
  }

  /** @name FrameSystemLimitsWeightsPerClass (352) */
  interface FrameSystemLimitsWeightsPerClass extends Struct {
    readonly baseExtrinsic: SpWeightsWeightV2Weight;
    readonly maxExtrinsic: Option<SpWeightsWeightV2Weight>;
    readonly maxTotal: Option<SpWeightsWeightV2Weight>;
    readonly reserved: Option<SpWeightsWeightV2Weight>;
  }

  /** @name FrameSystemLimitsBlockLength (353) */
  interface FrameSystemLimitsBlockLength extends Struct {
    readonly max: FrameSupportDispatchPerDispatchClassU32;
    readonly maxHeaderSize: Option<u32>;
  }

  /** @name FrameSupportDispatchPerDispatchClassU32 (354) */
  interface FrameSupportDispatchPerDispatchClassU32 extends Struct {
    readonly normal: u32;
    readonly operational: u32;
    readonly mandatory: u32;
  }

  /** @name SpWeightsRuntimeDbWeight (355) */
  interface SpWeightsRuntimeDbWeight extends Struct {
    readonly read: u64;
    readonly write: u64;
  }

  /** @name SpVersionRuntimeVersion (356) */
  interface SpVersionRuntimeVersion extends Struct {
    readonly specName: Text;
    readonly implName: Text;
    readonly authoringVersion: u32;
    readonly specVersion: u32;
    readonly implVersion: u32;
    readonly apis: Vec<ITuple<[U8aFixed, u32]>>;
    readonly transactionVersion: u32;
    readonly systemVersion: u8;
  }

  /** @name FrameSystemError (360) */
  interface FrameSystemError extends Enum {
    readonly isInvalidSpecName: boolean;
    readonly isSpecVersionNeedsToIncrease: boolean;
    readonly isFailedToExtractRuntimeVersion: boolean;
    readonly isNonDefaultComposite: boolean;
    readonly isNonZeroRefCount: boolean;
    readonly isCallFiltered: boolean;
    readonly isMultiBlockMigrationsOngoing: boolean;
    readonly isNothingAuthorized: boolean;
    readonly isUnauthorized: boolean;
    readonly type: 'InvalidSpecName' | 'SpecVersionNeedsToIncrease' | 'FailedToExtractRuntimeVersion' | 'NonDefaultComposite' | 'NonZeroRefCount' | 'CallFiltered' | 'MultiBlockMigrationsOngoing' | 'NothingAuthorized' | 'Unauthorized';
  }

  /** @name CumulusPalletParachainSystemBlockWeightBlockWeightMode (361) */
  interface CumulusPalletParachainSystemBlockWeightBlockWeightMode extends Enum {
    readonly isFullCore: boolean;
    readonly asFullCore: {
      readonly context: u32;
    } & Struct;
    readonly isPotentialFullCore: boolean;
    readonly asPotentialFullCore: {
      readonly context: u32;
      readonly firstTransactionIndex: Option<u32>;
      readonly targetWeight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isFractionOfCore: boolean;
    readonly asFractionOfCore: {
      readonly context: u32;
      readonly firstTransactionIndex: Option<u32>;
    } & Struct;
    readonly type: 'FullCore' | 'PotentialFullCore' | 'FractionOfCore';
  }

  /** @name CumulusPalletParachainSystemUnincludedSegmentAncestor (364) */
  interface CumulusPalletParachainSystemUnincludedSegmentAncestor extends Struct {
    readonly usedBandwidth: CumulusPalletParachainSystemUnincludedSegmentUsedBandwidth;
    readonly paraHeadHash: Option<H256>;
    readonly consumedGoAheadSignal: Option<PolkadotPrimitivesV9UpgradeGoAhead>;
  }

  /** @name CumulusPalletParachainSystemUnincludedSegmentUsedBandwidth (365) */
  interface CumulusPalletParachainSystemUnincludedSegmentUsedBandwidth extends Struct {
    readonly umpMsgCount: u32;
    readonly umpTotalBytes: u32;
    readonly hrmpOutgoing: BTreeMap<u32, CumulusPalletParachainSystemUnincludedSegmentHrmpChannelUpdate>;
  }

  /** @name CumulusPalletParachainSystemUnincludedSegmentHrmpChannelUpdate (367) */
  interface CumulusPalletParachainSystemUnincludedSegmentHrmpChannelUpdate extends Struct {
    readonly msgCount: u32;
    readonly totalBytes: u32;
  }

  /** @name PolkadotPrimitivesV9UpgradeGoAhead (372) */
  interface PolkadotPrimitivesV9UpgradeGoAhead extends Enum {
    readonly isAbort: boolean;
    readonly isGoAhead: boolean;
    readonly type: 'Abort' | 'GoAhead';
  }

  /** @name CumulusPalletParachainSystemUnincludedSegmentSegmentTracker (373) */
  interface CumulusPalletParachainSystemUnincludedSegmentSegmentTracker extends Struct {
    readonly usedBandwidth: CumulusPalletParachainSystemUnincludedSegmentUsedBandwidth;
    readonly hrmpWatermark: Option<u32>;
    readonly consumedGoAheadSignal: Option<PolkadotPrimitivesV9UpgradeGoAhead>;
  }

  /** @name PolkadotPrimitivesV9UpgradeRestriction (375) */
  interface PolkadotPrimitivesV9UpgradeRestriction extends Enum {
    readonly isPresent: boolean;
    readonly type: 'Present';
  }

  /** @name CumulusPalletParachainSystemRelayStateSnapshotMessagingStateSnapshot (376) */
  interface CumulusPalletParachainSystemRelayStateSnapshotMessagingStateSnapshot extends Struct {
    readonly dmqMqcHead: H256;
    readonly relayDispatchQueueRemainingCapacity: CumulusPalletParachainSystemRelayStateSnapshotRelayDispatchQueueRemainingCapacity;
    readonly ingressChannels: Vec<ITuple<[u32, PolkadotPrimitivesV9AbridgedHrmpChannel]>>;
    readonly egressChannels: Vec<ITuple<[u32, PolkadotPrimitivesV9AbridgedHrmpChannel]>>;
  }

  /** @name CumulusPalletParachainSystemRelayStateSnapshotRelayDispatchQueueRemainingCapacity (377) */
  interface CumulusPalletParachainSystemRelayStateSnapshotRelayDispatchQueueRemainingCapacity extends Struct {
    readonly remainingCount: u32;
    readonly remainingSize: u32;
  }

  /** @name PolkadotPrimitivesV9AbridgedHrmpChannel (380) */
  interface PolkadotPrimitivesV9AbridgedHrmpChannel extends Struct {
    readonly maxCapacity: u32;
    readonly maxTotalSize: u32;
    readonly maxMessageSize: u32;
    readonly msgCount: u32;
    readonly totalSize: u32;
    readonly mqcHead: Option<H256>;
  }

  /** @name PolkadotPrimitivesV9AbridgedHostConfiguration (381) */
  interface PolkadotPrimitivesV9AbridgedHostConfiguration extends Struct {
    readonly maxCodeSize: u32;
    readonly maxHeadDataSize: u32;
    readonly maxUpwardQueueCount: u32;
    readonly maxUpwardQueueSize: u32;
    readonly maxUpwardMessageSize: u32;
    readonly maxUpwardMessageNumPerCandidate: u32;
    readonly hrmpMaxMessageNumPerCandidate: u32;
    readonly validationUpgradeCooldown: u32;
    readonly validationUpgradeDelay: u32;
    readonly asyncBackingParams: PolkadotPrimitivesV9AsyncBackingAsyncBackingParams;
  }

  /** @name PolkadotPrimitivesV9AsyncBackingAsyncBackingParams (382) */
  interface PolkadotPrimitivesV9AsyncBackingAsyncBackingParams extends Struct {
    readonly maxCandidateDepth: u32;
    readonly allowedAncestryLen: u32;
  }

  /** @name CumulusPalletParachainSystemParachainInherentInboundMessageId (387) */
  interface CumulusPalletParachainSystemParachainInherentInboundMessageId extends Struct {
    readonly sentAt: u32;
    readonly reverseIdx: u32;
  }

  /** @name PolkadotCorePrimitivesOutboundHrmpMessage (389) */
  interface PolkadotCorePrimitivesOutboundHrmpMessage extends Struct {
    readonly recipient: u32;
    readonly data: Bytes;
  }

  /** @name CumulusPalletParachainSystemPoVMessages (391) */
  interface CumulusPalletParachainSystemPoVMessages extends Struct {
    readonly relayStorageRootOrHash: H256;
    readonly coreSelector: u8;
    readonly bundleIndex: u8;
    readonly umpMsgCount: u32;
    readonly hrmpOutboundCount: u32;
    readonly hrmpOutboundRecipients: Vec<u32>;
  }

  /** @name CumulusPalletParachainSystemError (393) */
  interface CumulusPalletParachainSystemError extends Enum {
    readonly isOverlappingUpgrades: boolean;
    readonly isProhibitedByPolkadot: boolean;
    readonly isTooBig: boolean;
    readonly isValidationDataNotAvailable: boolean;
    readonly isHostConfigurationNotAvailable: boolean;
    readonly isNotScheduled: boolean;
    readonly type: 'OverlappingUpgrades' | 'ProhibitedByPolkadot' | 'TooBig' | 'ValidationDataNotAvailable' | 'HostConfigurationNotAvailable' | 'NotScheduled';
  }

  /** @name PalletBalancesBalanceLock (395) */
  interface PalletBalancesBalanceLock extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
    readonly reasons: PalletBalancesReasons;
  }

  /** @name PalletBalancesReasons (396) */
  interface PalletBalancesReasons extends Enum {
    readonly isFee: boolean;
    readonly isMisc: boolean;
    readonly isAll: boolean;
    readonly type: 'Fee' | 'Misc' | 'All';
  }

  /** @name PalletBalancesReserveData (399) */
  interface PalletBalancesReserveData extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeHoldReason (402) */
  interface FrameSupportTokensMiscIdAmountRuntimeHoldReason extends Struct {
    readonly id: HealthchainRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeFreezeReason (405) */
  interface FrameSupportTokensMiscIdAmountRuntimeFreezeReason extends Struct {
    readonly id: HealthchainRuntimeRuntimeFreezeReason;
    readonly amount: u128;
  }

  /** @name HealthchainRuntimeRuntimeFreezeReason (406) */
  type HealthchainRuntimeRuntimeFreezeReason = Null;

  /** @name PalletBalancesError (408) */
  interface PalletBalancesError extends Enum {
    readonly isVestingBalance: boolean;
    readonly isLiquidityRestrictions: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isExistentialDeposit: boolean;
    readonly isExpendability: boolean;
    readonly isExistingVestingSchedule: boolean;
    readonly isDeadAccount: boolean;
    readonly isTooManyReserves: boolean;
    readonly isTooManyHolds: boolean;
    readonly isTooManyFreezes: boolean;
    readonly isIssuanceDeactivated: boolean;
    readonly isDeltaZero: boolean;
    readonly type: 'VestingBalance' | 'LiquidityRestrictions' | 'InsufficientBalance' | 'ExistentialDeposit' | 'Expendability' | 'ExistingVestingSchedule' | 'DeadAccount' | 'TooManyReserves' | 'TooManyHolds' | 'TooManyFreezes' | 'IssuanceDeactivated' | 'DeltaZero';
  }

  /** @name PalletTransactionPaymentReleases (409) */
  interface PalletTransactionPaymentReleases extends Enum {
    readonly isV1Ancient: boolean;
    readonly isV2: boolean;
    readonly type: 'V1Ancient' | 'V2';
  }

  /** @name FrameSupportStorageNoDrop (410) */
  interface FrameSupportStorageNoDrop extends FrameSupportTokensFungibleImbalance {}

  /** @name FrameSupportTokensFungibleImbalance (411) */
  interface FrameSupportTokensFungibleImbalance extends Struct {
    readonly amount: u128;
  }

  /** @name PalletSudoError (412) */
  interface PalletSudoError extends Enum {
    readonly isRequireSudo: boolean;
    readonly type: 'RequireSudo';
  }

  /** @name PalletCollectiveVotes (415) */
  interface PalletCollectiveVotes extends Struct {
    readonly index: u32;
    readonly threshold: u32;
    readonly ayes: Vec<AccountId32>;
    readonly nays: Vec<AccountId32>;
    readonly end: u32;
  }

  /** @name PalletCollectiveError (416) */
  interface PalletCollectiveError extends Enum {
    readonly isNotMember: boolean;
    readonly isDuplicateProposal: boolean;
    readonly isProposalMissing: boolean;
    readonly isWrongIndex: boolean;
    readonly isDuplicateVote: boolean;
    readonly isAlreadyInitialized: boolean;
    readonly isTooEarly: boolean;
    readonly isTooManyProposals: boolean;
    readonly isWrongProposalWeight: boolean;
    readonly isWrongProposalLength: boolean;
    readonly isPrimeAccountNotMember: boolean;
    readonly isProposalActive: boolean;
    readonly type: 'NotMember' | 'DuplicateProposal' | 'ProposalMissing' | 'WrongIndex' | 'DuplicateVote' | 'AlreadyInitialized' | 'TooEarly' | 'TooManyProposals' | 'WrongProposalWeight' | 'WrongProposalLength' | 'PrimeAccountNotMember' | 'ProposalActive';
  }

  /** @name PalletMembershipError (418) */
  interface PalletMembershipError extends Enum {
    readonly isAlreadyMember: boolean;
    readonly isNotMember: boolean;
    readonly isTooManyMembers: boolean;
    readonly type: 'AlreadyMember' | 'NotMember' | 'TooManyMembers';
  }

  /** @name PalletPreimageOldRequestStatus (419) */
  interface PalletPreimageOldRequestStatus extends Enum {
    readonly isUnrequested: boolean;
    readonly asUnrequested: {
      readonly deposit: ITuple<[AccountId32, u128]>;
      readonly len: u32;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly deposit: Option<ITuple<[AccountId32, u128]>>;
      readonly count: u32;
      readonly len: Option<u32>;
    } & Struct;
    readonly type: 'Unrequested' | 'Requested';
  }

  /** @name PalletPreimageRequestStatus (422) */
  interface PalletPreimageRequestStatus extends Enum {
    readonly isUnrequested: boolean;
    readonly asUnrequested: {
      readonly ticket: ITuple<[AccountId32, u128]>;
      readonly len: u32;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly maybeTicket: Option<ITuple<[AccountId32, u128]>>;
      readonly count: u32;
      readonly maybeLen: Option<u32>;
    } & Struct;
    readonly type: 'Unrequested' | 'Requested';
  }

  /** @name PalletPreimageError (428) */
  interface PalletPreimageError extends Enum {
    readonly isTooBig: boolean;
    readonly isAlreadyNoted: boolean;
    readonly isNotAuthorized: boolean;
    readonly isNotNoted: boolean;
    readonly isRequested: boolean;
    readonly isNotRequested: boolean;
    readonly isTooMany: boolean;
    readonly isTooFew: boolean;
    readonly type: 'TooBig' | 'AlreadyNoted' | 'NotAuthorized' | 'NotNoted' | 'Requested' | 'NotRequested' | 'TooMany' | 'TooFew';
  }

  /** @name PalletWhitelistError (429) */
  interface PalletWhitelistError extends Enum {
    readonly isUnavailablePreImage: boolean;
    readonly isUndecodableCall: boolean;
    readonly isInvalidCallWeightWitness: boolean;
    readonly isCallIsNotWhitelisted: boolean;
    readonly isCallAlreadyWhitelisted: boolean;
    readonly isDeferredDispatchNotFound: boolean;
    readonly isDeferredDispatchNotExpired: boolean;
    readonly isAlreadyDeferred: boolean;
    readonly isDeferredDispatchExpired: boolean;
    readonly type: 'UnavailablePreImage' | 'UndecodableCall' | 'InvalidCallWeightWitness' | 'CallIsNotWhitelisted' | 'CallAlreadyWhitelisted' | 'DeferredDispatchNotFound' | 'DeferredDispatchNotExpired' | 'AlreadyDeferred' | 'DeferredDispatchExpired';
  }

  /** @name PalletCollatorSelectionCandidateInfo (432) */
  interface PalletCollatorSelectionCandidateInfo extends Struct {
    readonly who: AccountId32;
    readonly deposit: u128;
  }

  /** @name FrameSupportPalletId (434) */
  interface FrameSupportPalletId extends U8aFixed {}

  /** @name PalletCollatorSelectionError (435) */
  interface PalletCollatorSelectionError extends Enum {
    readonly isTooManyCandidates: boolean;
    readonly isTooFewEligibleCollators: boolean;
    readonly isAlreadyCandidate: boolean;
    readonly isNotCandidate: boolean;
    readonly isTooManyInvulnerables: boolean;
    readonly isAlreadyInvulnerable: boolean;
    readonly isNotInvulnerable: boolean;
    readonly isNoAssociatedValidatorId: boolean;
    readonly isValidatorNotRegistered: boolean;
    readonly isInsertToCandidateListFailed: boolean;
    readonly isRemoveFromCandidateListFailed: boolean;
    readonly isDepositTooLow: boolean;
    readonly isUpdateCandidateListFailed: boolean;
    readonly isInsufficientBond: boolean;
    readonly isTargetIsNotCandidate: boolean;
    readonly isIdenticalDeposit: boolean;
    readonly isInvalidUnreserve: boolean;
    readonly type: 'TooManyCandidates' | 'TooFewEligibleCollators' | 'AlreadyCandidate' | 'NotCandidate' | 'TooManyInvulnerables' | 'AlreadyInvulnerable' | 'NotInvulnerable' | 'NoAssociatedValidatorId' | 'ValidatorNotRegistered' | 'InsertToCandidateListFailed' | 'RemoveFromCandidateListFailed' | 'DepositTooLow' | 'UpdateCandidateListFailed' | 'InsufficientBond' | 'TargetIsNotCandidate' | 'IdenticalDeposit' | 'InvalidUnreserve';
  }

  /** @name SpCoreCryptoKeyTypeId (443) */
  interface SpCoreCryptoKeyTypeId extends U8aFixed {}

  /** @name PalletSessionError (444) */
  interface PalletSessionError extends Enum {
    readonly isInvalidProof: boolean;
    readonly isNoAssociatedValidatorId: boolean;
    readonly isDuplicatedKey: boolean;
    readonly isNoKeys: boolean;
    readonly isNoAccount: boolean;
    readonly type: 'InvalidProof' | 'NoAssociatedValidatorId' | 'DuplicatedKey' | 'NoKeys' | 'NoAccount';
  }

  /** @name CumulusPalletXcmpQueueOutboundChannelDetails (452) */
  interface CumulusPalletXcmpQueueOutboundChannelDetails extends Struct {
    readonly recipient: u32;
    readonly state: CumulusPalletXcmpQueueOutboundState;
    readonly signalsExist: bool;
    readonly firstIndex: u16;
    readonly lastIndex: u16;
    readonly flags: CumulusPalletXcmpQueueOutboundChannelFlags;
    readonly queuedBytes: u32;
  }

  /** @name CumulusPalletXcmpQueueOutboundState (453) */
  interface CumulusPalletXcmpQueueOutboundState extends Enum {
    readonly isOk: boolean;
    readonly isSuspended: boolean;
    readonly type: 'Ok' | 'Suspended';
  }

  /** @name CumulusPalletXcmpQueueOutboundChannelFlags (454) */
  interface CumulusPalletXcmpQueueOutboundChannelFlags extends Struct {
    readonly bits: u32;
  }

  /** @name CumulusPalletXcmpQueueQueueConfigData (458) */
  interface CumulusPalletXcmpQueueQueueConfigData extends Struct {
    readonly suspendThreshold: u32;
    readonly dropThreshold: u32;
    readonly resumeThreshold: u32;
  }

  /** @name CumulusPalletXcmpQueueError (459) */
  interface CumulusPalletXcmpQueueError extends Enum {
    readonly isBadQueueConfig: boolean;
    readonly isAlreadySuspended: boolean;
    readonly isAlreadyResumed: boolean;
    readonly isTooManyActiveOutboundChannels: boolean;
    readonly isTooBig: boolean;
    readonly type: 'BadQueueConfig' | 'AlreadySuspended' | 'AlreadyResumed' | 'TooManyActiveOutboundChannels' | 'TooBig';
  }

  /** @name PalletXcmQueryStatus (460) */
  interface PalletXcmQueryStatus extends Enum {
    readonly isPending: boolean;
    readonly asPending: {
      readonly responder: XcmVersionedLocation;
      readonly maybeMatchQuerier: Option<XcmVersionedLocation>;
      readonly maybeNotify: Option<ITuple<[u8, u8]>>;
      readonly timeout: u32;
    } & Struct;
    readonly isVersionNotifier: boolean;
    readonly asVersionNotifier: {
      readonly origin: XcmVersionedLocation;
      readonly isActive: bool;
    } & Struct;
    readonly isReady: boolean;
    readonly asReady: {
      readonly response: XcmVersionedResponse;
      readonly at: u32;
    } & Struct;
    readonly type: 'Pending' | 'VersionNotifier' | 'Ready';
  }

  /** @name XcmVersionedResponse (464) */
  interface XcmVersionedResponse extends Enum {
    readonly isV3: boolean;
    readonly asV3: XcmV3Response;
    readonly isV4: boolean;
    readonly asV4: StagingXcmV4Response;
    readonly isV5: boolean;
    readonly asV5: StagingXcmV5Response;
    readonly type: 'V3' | 'V4' | 'V5';
  }

  /** @name PalletXcmVersionMigrationStage (470) */
  interface PalletXcmVersionMigrationStage extends Enum {
    readonly isMigrateSupportedVersion: boolean;
    readonly isMigrateVersionNotifiers: boolean;
    readonly isNotifyCurrentTargets: boolean;
    readonly asNotifyCurrentTargets: Option<Bytes>;
    readonly isMigrateAndNotifyOldTargets: boolean;
    readonly type: 'MigrateSupportedVersion' | 'MigrateVersionNotifiers' | 'NotifyCurrentTargets' | 'MigrateAndNotifyOldTargets';
  }

  /** @name PalletXcmRemoteLockedFungibleRecord (473) */
  interface PalletXcmRemoteLockedFungibleRecord extends Struct {
    readonly amount: u128;
    readonly owner: XcmVersionedLocation;
    readonly locker: XcmVersionedLocation;
    readonly consumers: Vec<ITuple<[Null, u128]>>;
  }

  /** @name PalletXcmAuthorizedAliasesEntry (480) */
  interface PalletXcmAuthorizedAliasesEntry extends Struct {
    readonly aliasers: Vec<XcmRuntimeApisAuthorizedAliasesOriginAliaser>;
    readonly ticket: FrameSupportStorageDisabled;
  }

  /** @name FrameSupportStorageDisabled (481) */
  type FrameSupportStorageDisabled = Null;

  /** @name PalletXcmMaxAuthorizedAliases (482) */
  type PalletXcmMaxAuthorizedAliases = Null;

  /** @name XcmRuntimeApisAuthorizedAliasesOriginAliaser (484) */
  interface XcmRuntimeApisAuthorizedAliasesOriginAliaser extends Struct {
    readonly location: XcmVersionedLocation;
    readonly expiry: Option<u64>;
  }

  /** @name PalletXcmError (486) */
  interface PalletXcmError extends Enum {
    readonly isUnreachable: boolean;
    readonly isSendFailure: boolean;
    readonly isFiltered: boolean;
    readonly isUnweighableMessage: boolean;
    readonly isDestinationNotInvertible: boolean;
    readonly isEmpty: boolean;
    readonly isCannotReanchor: boolean;
    readonly isTooManyAssets: boolean;
    readonly isInvalidOrigin: boolean;
    readonly isBadVersion: boolean;
    readonly isBadLocation: boolean;
    readonly isNoSubscription: boolean;
    readonly isAlreadySubscribed: boolean;
    readonly isCannotCheckOutTeleport: boolean;
    readonly isLowBalance: boolean;
    readonly isTooManyLocks: boolean;
    readonly isAccountNotSovereign: boolean;
    readonly isFeesNotMet: boolean;
    readonly isLockNotFound: boolean;
    readonly isInUse: boolean;
    readonly isInvalidAssetUnknownReserve: boolean;
    readonly isInvalidAssetUnsupportedReserve: boolean;
    readonly isTooManyReserves: boolean;
    readonly isLocalExecutionIncomplete: boolean;
    readonly isTooManyAuthorizedAliases: boolean;
    readonly isExpiresInPast: boolean;
    readonly isAliasNotFound: boolean;
    readonly isLocalExecutionIncompleteWithError: boolean;
    readonly asLocalExecutionIncompleteWithError: {
      readonly index: u8;
      readonly error: PalletXcmErrorsExecutionError;
    } & Struct;
    readonly type: 'Unreachable' | 'SendFailure' | 'Filtered' | 'UnweighableMessage' | 'DestinationNotInvertible' | 'Empty' | 'CannotReanchor' | 'TooManyAssets' | 'InvalidOrigin' | 'BadVersion' | 'BadLocation' | 'NoSubscription' | 'AlreadySubscribed' | 'CannotCheckOutTeleport' | 'LowBalance' | 'TooManyLocks' | 'AccountNotSovereign' | 'FeesNotMet' | 'LockNotFound' | 'InUse' | 'InvalidAssetUnknownReserve' | 'InvalidAssetUnsupportedReserve' | 'TooManyReserves' | 'LocalExecutionIncomplete' | 'TooManyAuthorizedAliases' | 'ExpiresInPast' | 'AliasNotFound' | 'LocalExecutionIncompleteWithError';
  }

  /** @name PalletXcmErrorsExecutionError (487) */
  interface PalletXcmErrorsExecutionError extends Enum {
    readonly isOverflow: boolean;
    readonly isUnimplemented: boolean;
    readonly isUntrustedReserveLocation: boolean;
    readonly isUntrustedTeleportLocation: boolean;
    readonly isLocationFull: boolean;
    readonly isLocationNotInvertible: boolean;
    readonly isBadOrigin: boolean;
    readonly isInvalidLocation: boolean;
    readonly isAssetNotFound: boolean;
    readonly isFailedToTransactAsset: boolean;
    readonly isNotWithdrawable: boolean;
    readonly isLocationCannotHold: boolean;
    readonly isExceedsMaxMessageSize: boolean;
    readonly isDestinationUnsupported: boolean;
    readonly isTransport: boolean;
    readonly isUnroutable: boolean;
    readonly isUnknownClaim: boolean;
    readonly isFailedToDecode: boolean;
    readonly isMaxWeightInvalid: boolean;
    readonly isNotHoldingFees: boolean;
    readonly isTooExpensive: boolean;
    readonly isTrap: boolean;
    readonly isExpectationFalse: boolean;
    readonly isPalletNotFound: boolean;
    readonly isNameMismatch: boolean;
    readonly isVersionIncompatible: boolean;
    readonly isHoldingWouldOverflow: boolean;
    readonly isExportError: boolean;
    readonly isReanchorFailed: boolean;
    readonly isNoDeal: boolean;
    readonly isFeesNotMet: boolean;
    readonly isLockError: boolean;
    readonly isNoPermission: boolean;
    readonly isUnanchored: boolean;
    readonly isNotDepositable: boolean;
    readonly isTooManyAssets: boolean;
    readonly isUnhandledXcmVersion: boolean;
    readonly isWeightLimitReached: boolean;
    readonly isBarrier: boolean;
    readonly isWeightNotComputable: boolean;
    readonly isExceedsStackLimit: boolean;
    readonly type: 'Overflow' | 'Unimplemented' | 'UntrustedReserveLocation' | 'UntrustedTeleportLocation' | 'LocationFull' | 'LocationNotInvertible' | 'BadOrigin' | 'InvalidLocation' | 'AssetNotFound' | 'FailedToTransactAsset' | 'NotWithdrawable' | 'LocationCannotHold' | 'ExceedsMaxMessageSize' | 'DestinationUnsupported' | 'Transport' | 'Unroutable' | 'UnknownClaim' | 'FailedToDecode' | 'MaxWeightInvalid' | 'NotHoldingFees' | 'TooExpensive' | 'Trap' | 'ExpectationFalse' | 'PalletNotFound' | 'NameMismatch' | 'VersionIncompatible' | 'HoldingWouldOverflow' | 'ExportError' | 'ReanchorFailed' | 'NoDeal' | 'FeesNotMet' | 'LockError' | 'NoPermission' | 'Unanchored' | 'NotDepositable' | 'TooManyAssets' | 'UnhandledXcmVersion' | 'WeightLimitReached' | 'Barrier' | 'WeightNotComputable' | 'ExceedsStackLimit';
  }

  /** @name PalletMessageQueueBookState (488) */
  interface PalletMessageQueueBookState extends Struct {
    readonly begin: u32;
    readonly end: u32;
    readonly count: u32;
    readonly readyNeighbours: Option<PalletMessageQueueNeighbours>;
    readonly messageCount: u64;
    readonly size_: u64;
  }

  /** @name PalletMessageQueueNeighbours (490) */
  interface PalletMessageQueueNeighbours extends Struct {
    readonly prev: CumulusPrimitivesCoreAggregateMessageOrigin;
    readonly next: CumulusPrimitivesCoreAggregateMessageOrigin;
  }

  /** @name PalletMessageQueuePage (492) */
  interface PalletMessageQueuePage extends Struct {
    readonly remaining: u32;
    readonly remainingSize: u32;
    readonly firstIndex: u32;
    readonly first: u32;
    readonly last: u32;
    readonly heap: Bytes;
  }

  /** @name PalletMessageQueueError (494) */
  interface PalletMessageQueueError extends Enum {
    readonly isNotReapable: boolean;
    readonly isNoPage: boolean;
    readonly isNoMessage: boolean;
    readonly isAlreadyProcessed: boolean;
    readonly isQueued: boolean;
    readonly isInsufficientWeight: boolean;
    readonly isTemporarilyUnprocessable: boolean;
    readonly isQueuePaused: boolean;
    readonly isRecursiveDisallowed: boolean;
    readonly type: 'NotReapable' | 'NoPage' | 'NoMessage' | 'AlreadyProcessed' | 'Queued' | 'InsufficientWeight' | 'TemporarilyUnprocessable' | 'QueuePaused' | 'RecursiveDisallowed';
  }

  /** @name PalletUtilityError (495) */
  interface PalletUtilityError extends Enum {
    readonly isTooManyCalls: boolean;
    readonly type: 'TooManyCalls';
  }

  /** @name PalletOrganizationsOrganization (496) */
  interface PalletOrganizationsOrganization extends Struct {
    readonly kind: HealthchainPrimitivesOrganizationsOrganizationKind;
    readonly status: HealthchainPrimitivesOrganizationsOrganizationStatus;
    readonly admin: AccountId32;
    readonly metadataHash: H256;
    readonly registeredAt: u32;
    readonly memberCount: u32;
    readonly pendingInvitations: u32;
  }

  /** @name HealthchainPrimitivesOrganizationsOrganizationStatus (497) */
  interface HealthchainPrimitivesOrganizationsOrganizationStatus extends Enum {
    readonly isActive: boolean;
    readonly isSuspended: boolean;
    readonly type: 'Active' | 'Suspended';
  }

  /** @name PalletOrganizationsMemberRecord (498) */
  interface PalletOrganizationsMemberRecord extends Struct {
    readonly org: u32;
    readonly role: HealthchainPrimitivesOrganizationsMemberRole;
  }

  /** @name PalletOrganizationsInvitation (501) */
  interface PalletOrganizationsInvitation extends Struct {
    readonly role: HealthchainPrimitivesOrganizationsMemberRole;
    readonly invitedBy: AccountId32;
    readonly invitedAt: u32;
    readonly expiresAt: u32;
  }

  /** @name PalletOrganizationsError (502) */
  interface PalletOrganizationsError extends Enum {
    readonly isUnknownOrganization: boolean;
    readonly isAlreadySuspended: boolean;
    readonly isNotSuspended: boolean;
    readonly isAlreadyMember: boolean;
    readonly isMemberOfAnotherOrganization: boolean;
    readonly isAdminUnchanged: boolean;
    readonly isNotOrganizationAdmin: boolean;
    readonly isOrganizationSuspended: boolean;
    readonly isTooManyMembers: boolean;
    readonly isNotAMember: boolean;
    readonly isCannotRemoveRegisteredAdmin: boolean;
    readonly isCannotDemoteRegisteredAdmin: boolean;
    readonly isRoleUnchanged: boolean;
    readonly isRegisteredAdminCannotLeave: boolean;
    readonly isAlreadyInvited: boolean;
    readonly isNoInvitation: boolean;
    readonly isInvitationExpired: boolean;
    readonly isInviterNoLongerAdmin: boolean;
    readonly isOverflow: boolean;
    readonly type: 'UnknownOrganization' | 'AlreadySuspended' | 'NotSuspended' | 'AlreadyMember' | 'MemberOfAnotherOrganization' | 'AdminUnchanged' | 'NotOrganizationAdmin' | 'OrganizationSuspended' | 'TooManyMembers' | 'NotAMember' | 'CannotRemoveRegisteredAdmin' | 'CannotDemoteRegisteredAdmin' | 'RoleUnchanged' | 'RegisteredAdminCannotLeave' | 'AlreadyInvited' | 'NoInvitation' | 'InvitationExpired' | 'InviterNoLongerAdmin' | 'Overflow';
  }

  /** @name PalletEhrAnchorRecordAnchor (503) */
  interface PalletEhrAnchorRecordAnchor extends Struct {
    readonly patient: AccountId32;
    readonly authorOrg: Option<u32>;
    readonly author: AccountId32;
    readonly category: HealthchainPrimitivesRecordsRecordCategory;
    readonly contentHash: H256;
    readonly algorithm: PalletEhrAnchorHashAlgorithm;
    readonly locator: Option<Bytes>;
    readonly keyReference: Option<Bytes>;
    readonly version: u32;
    readonly previous: Option<u64>;
    readonly firstVersion: u64;
    readonly supersededBy: Option<u64>;
    readonly createdBlock: u32;
    readonly createdAt: u64;
    readonly status: PalletEhrAnchorRecordStatus;
    readonly errorReason: Option<PalletEhrAnchorEnteredInErrorReason>;
  }

  /** @name PalletEhrAnchorRecordStatus (504) */
  interface PalletEhrAnchorRecordStatus extends Enum {
    readonly isActive: boolean;
    readonly isSuperseded: boolean;
    readonly isEnteredInError: boolean;
    readonly isErased: boolean;
    readonly type: 'Active' | 'Superseded' | 'EnteredInError' | 'Erased';
  }

  /** @name PalletEhrAnchorAuthorSide (508) */
  interface PalletEhrAnchorAuthorSide extends Enum {
    readonly isOrganization: boolean;
    readonly asOrganization: u32;
    readonly isPatientSide: boolean;
    readonly asPatientSide: AccountId32;
    readonly type: 'Organization' | 'PatientSide';
  }

  /** @name PalletEhrAnchorBulkAnchor (510) */
  interface PalletEhrAnchorBulkAnchor extends Struct {
    readonly org: u32;
    readonly author: AccountId32;
    readonly category: HealthchainPrimitivesRecordsRecordCategory;
    readonly merkleRoot: H256;
    readonly documentCount: u32;
    readonly manifestLocator: Bytes;
    readonly createdBlock: u32;
    readonly createdAt: u64;
  }

  /** @name PalletEhrAnchorError (511) */
  interface PalletEhrAnchorError extends Enum {
    readonly isUnknownRecord: boolean;
    readonly isPatientMayOnlyAnchorPatientGenerated: boolean;
    readonly isNotAMember: boolean;
    readonly isOrganizationSuspended: boolean;
    readonly isNotACareOrganization: boolean;
    readonly isNotAPractitioner: boolean;
    readonly isNotPermittedToImport: boolean;
    readonly isNotAuthoringOrganization: boolean;
    readonly isNotPatientOrDelegate: boolean;
    readonly isNoConsent: boolean;
    readonly isConsentRevoked: boolean;
    readonly isConsentExpired: boolean;
    readonly isConsentNotYetValid: boolean;
    readonly isReadRateExceeded: boolean;
    readonly isEmptyLocator: boolean;
    readonly isEmptyKeyReference: boolean;
    readonly isDuplicateContentHash: boolean;
    readonly isTooManyPatientGeneratedRecords: boolean;
    readonly isTooManyRecordsFromOrganization: boolean;
    readonly isTooManyVersions: boolean;
    readonly isRecordSuperseded: boolean;
    readonly isRecordEnteredInError: boolean;
    readonly isRecordErased: boolean;
    readonly isAlreadyEnteredInError: boolean;
    readonly isAlreadyErased: boolean;
    readonly isEmptyBulk: boolean;
    readonly isBulkTooLarge: boolean;
    readonly isDuplicateMerkleRoot: boolean;
    readonly isOverflow: boolean;
    readonly type: 'UnknownRecord' | 'PatientMayOnlyAnchorPatientGenerated' | 'NotAMember' | 'OrganizationSuspended' | 'NotACareOrganization' | 'NotAPractitioner' | 'NotPermittedToImport' | 'NotAuthoringOrganization' | 'NotPatientOrDelegate' | 'NoConsent' | 'ConsentRevoked' | 'ConsentExpired' | 'ConsentNotYetValid' | 'ReadRateExceeded' | 'EmptyLocator' | 'EmptyKeyReference' | 'DuplicateContentHash' | 'TooManyPatientGeneratedRecords' | 'TooManyRecordsFromOrganization' | 'TooManyVersions' | 'RecordSuperseded' | 'RecordEnteredInError' | 'RecordErased' | 'AlreadyEnteredInError' | 'AlreadyErased' | 'EmptyBulk' | 'BulkTooLarge' | 'DuplicateMerkleRoot' | 'Overflow';
  }

  /** @name PalletConsentConsentGrant (512) */
  interface PalletConsentConsentGrant extends Struct {
    readonly patient: AccountId32;
    readonly grantedBy: AccountId32;
    readonly grantee: PalletConsentGrantee;
    readonly actions: PalletConsentConsentActions;
    readonly categories: PalletConsentCategoryScope;
    readonly purpose: HealthchainPrimitivesConsentPurposeOfUse;
    readonly validFrom: u64;
    readonly validUntil: Option<u64>;
    readonly status: PalletConsentConsentStatus;
    readonly createdAt: u64;
    readonly createdBlock: u32;
    readonly revokedAt: Option<u64>;
    readonly revokedBy: Option<AccountId32>;
    readonly index: u32;
  }

  /** @name PalletConsentConsentStatus (513) */
  interface PalletConsentConsentStatus extends Enum {
    readonly isActive: boolean;
    readonly isRevoked: boolean;
    readonly isExpired: boolean;
    readonly type: 'Active' | 'Revoked' | 'Expired';
  }

  /** @name PalletConsentLiveGrant (516) */
  interface PalletConsentLiveGrant extends Struct {
    readonly id: u64;
    readonly grantee: PalletConsentGrantee;
    readonly actions: PalletConsentConsentActions;
    readonly categories: PalletConsentCategoryScope;
    readonly purpose: HealthchainPrimitivesConsentPurposeOfUse;
    readonly validFrom: u64;
    readonly validUntil: Option<u64>;
    readonly revoked: bool;
  }

  /** @name PalletConsentBreakGlassCase (521) */
  interface PalletConsentBreakGlassCase extends Struct {
    readonly patient: AccountId32;
    readonly accessor: AccountId32;
    readonly org: u32;
    readonly role: HealthchainPrimitivesOrganizationsMemberRole;
    readonly reason: PalletConsentEmergencyReason;
    readonly openedAt: u64;
    readonly expiresAt: u64;
    readonly reviewDue: u64;
    readonly review: Option<PalletConsentBreakGlassReview>;
  }

  /** @name PalletConsentBreakGlassReview (523) */
  interface PalletConsentBreakGlassReview extends Struct {
    readonly reviewer: AccountId32;
    readonly org: u32;
    readonly justified: bool;
    readonly findingHash: H256;
    readonly at: u64;
  }

  /** @name PalletConsentAccessLogHead (524) */
  interface PalletConsentAccessLogHead extends Struct {
    readonly entryCount: u64;
    readonly head: H256;
  }

  /** @name PalletConsentPeriodUsage (525) */
  interface PalletConsentPeriodUsage extends Struct {
    readonly period: u32;
    readonly calls: u32;
  }

  /** @name PalletConsentOnboardingRecord (531) */
  interface PalletConsentOnboardingRecord extends Struct {
    readonly org: u32;
    readonly at: u32;
    readonly depositor: AccountId32;
    readonly deposit: u128;
  }

  /** @name PalletConsentError (533) */
  interface PalletConsentError extends Enum {
    readonly isNotPatientOrDelegate: boolean;
    readonly isNoActions: boolean;
    readonly isNoCategories: boolean;
    readonly isDuplicateCategory: boolean;
    readonly isInvalidPeriod: boolean;
    readonly isPeriodAlreadyEnded: boolean;
    readonly isUnknownOrganization: boolean;
    readonly isCannotGrantToSelf: boolean;
    readonly isTooManyGrants: boolean;
    readonly isUnknownConsent: boolean;
    readonly isAlreadyRevoked: boolean;
    readonly isCannotDelegateToSelf: boolean;
    readonly isAlreadyDelegate: boolean;
    readonly isTooManyDelegates: boolean;
    readonly isNotADelegate: boolean;
    readonly isNotAMember: boolean;
    readonly isOrganizationSuspended: boolean;
    readonly isNotACareOrganization: boolean;
    readonly isNotPermittedToOnboard: boolean;
    readonly isAlreadyOnboarded: boolean;
    readonly isNotAnEmergencyProvider: boolean;
    readonly isNotAPractitioner: boolean;
    readonly isCannotBreakGlassForSelf: boolean;
    readonly isBreakGlassAlreadyOpen: boolean;
    readonly isNotARegulator: boolean;
    readonly isNotAnAuditor: boolean;
    readonly isUnknownBreakGlassCase: boolean;
    readonly isAlreadyReviewed: boolean;
    readonly isTooManyOpenCases: boolean;
    readonly isOrganizationHasTooManyOpenCases: boolean;
    readonly isDelegateCannotGrantToSelf: boolean;
    readonly isNotOnboarded: boolean;
    readonly isNotPermittedToOffboard: boolean;
    readonly isCannotReleaseAccount: boolean;
    readonly isPatientWouldLoseItsAccount: boolean;
    readonly isNothingToPrune: boolean;
    readonly isNotThePatientsGrant: boolean;
    readonly isGrantStillRetained: boolean;
    readonly isOverflow: boolean;
    readonly type: 'NotPatientOrDelegate' | 'NoActions' | 'NoCategories' | 'DuplicateCategory' | 'InvalidPeriod' | 'PeriodAlreadyEnded' | 'UnknownOrganization' | 'CannotGrantToSelf' | 'TooManyGrants' | 'UnknownConsent' | 'AlreadyRevoked' | 'CannotDelegateToSelf' | 'AlreadyDelegate' | 'TooManyDelegates' | 'NotADelegate' | 'NotAMember' | 'OrganizationSuspended' | 'NotACareOrganization' | 'NotPermittedToOnboard' | 'AlreadyOnboarded' | 'NotAnEmergencyProvider' | 'NotAPractitioner' | 'CannotBreakGlassForSelf' | 'BreakGlassAlreadyOpen' | 'NotARegulator' | 'NotAnAuditor' | 'UnknownBreakGlassCase' | 'AlreadyReviewed' | 'TooManyOpenCases' | 'OrganizationHasTooManyOpenCases' | 'DelegateCannotGrantToSelf' | 'NotOnboarded' | 'NotPermittedToOffboard' | 'CannotReleaseAccount' | 'PatientWouldLoseItsAccount' | 'NothingToPrune' | 'NotThePatientsGrant' | 'GrantStillRetained' | 'Overflow';
  }

  /** @name PalletDrugTraceProduct (534) */
  interface PalletDrugTraceProduct extends Struct {
    readonly manufacturer: u32;
    readonly metadataHash: H256;
    readonly minTempCentiC: i32;
    readonly maxTempCentiC: i32;
    readonly maxExcursionMs: u64;
    readonly registeredAt: u64;
  }

  /** @name PalletDrugTraceBatch (535) */
  interface PalletDrugTraceBatch extends Struct {
    readonly gtin: u64;
    readonly lot: Bytes;
    readonly expiry: u64;
    readonly quantity: u32;
    readonly serialsRoot: H256;
    readonly manufacturer: u32;
    readonly status: PalletDrugTraceBatchStatus;
    readonly commissionedAt: u64;
    readonly dispensed: u32;
    readonly disposed: u32;
  }

  /** @name PalletDrugTraceHolding (538) */
  interface PalletDrugTraceHolding extends Struct {
    readonly quantity: u32;
    readonly incoming: u32;
    readonly outgoing: u32;
    readonly quarantined: bool;
    readonly exposure: PalletDrugTraceExposure;
  }

  /** @name PalletDrugTraceExposure (539) */
  interface PalletDrugTraceExposure extends Struct {
    readonly totalMs: u64;
    readonly acceptedMs: u64;
  }

  /** @name PalletDrugTraceShipment (540) */
  interface PalletDrugTraceShipment extends Struct {
    readonly batch: u64;
    readonly from: u32;
    readonly to: u32;
    readonly quantity: u32;
    readonly documentHash: H256;
    readonly status: PalletDrugTraceShipmentStatus;
    readonly quarantined: bool;
    readonly shippedAt: u64;
    readonly receivedAt: Option<u64>;
    readonly exposure: PalletDrugTraceExposure;
  }

  /** @name PalletDrugTraceShipmentStatus (541) */
  interface PalletDrugTraceShipmentStatus extends Enum {
    readonly isInTransit: boolean;
    readonly isReceived: boolean;
    readonly isRefused: boolean;
    readonly asRefused: {
      readonly reason: PalletDrugTraceRefusalReason;
      readonly at: u64;
    } & Struct;
    readonly type: 'InTransit' | 'Received' | 'Refused';
  }

  /** @name PalletDrugTraceColdChainRecord (542) */
  interface PalletDrugTraceColdChainRecord extends Struct {
    readonly lastMeasuredAt: u64;
    readonly lastCentiC: i32;
  }

  /** @name PalletDrugTraceDispenseRecord (544) */
  interface PalletDrugTraceDispenseRecord extends Struct {
    readonly pharmacy: u32;
    readonly pharmacist: AccountId32;
    readonly at: u64;
  }

  /** @name PalletDrugTraceRecall (545) */
  interface PalletDrugTraceRecall extends Struct {
    readonly class: PalletDrugTraceRecallClass;
    readonly reasonHash: H256;
    readonly byOrg: u32;
    readonly openedBy: PalletDrugTraceRecallOpener;
    readonly at: u64;
  }

  /** @name PalletDrugTraceRecallOpener (546) */
  interface PalletDrugTraceRecallOpener extends Enum {
    readonly isManufacturer: boolean;
    readonly isRegulator: boolean;
    readonly type: 'Manufacturer' | 'Regulator';
  }

  /** @name PalletDrugTraceSuspectReport (547) */
  interface PalletDrugTraceSuspectReport extends Struct {
    readonly reporterOrg: u32;
    readonly reasonHash: H256;
    readonly at: u64;
  }

  /** @name PalletDrugTraceResolvedReport (548) */
  interface PalletDrugTraceResolvedReport extends Struct {
    readonly reasonHash: H256;
    readonly legitimate: bool;
    readonly resolvedAt: u64;
  }

  /** @name PalletDrugTraceError (549) */
  interface PalletDrugTraceError extends Enum {
    readonly isNotAMember: boolean;
    readonly isOrganizationSuspended: boolean;
    readonly isNotAManufacturer: boolean;
    readonly isNotPermittedToManageProducts: boolean;
    readonly isNotProductManufacturer: boolean;
    readonly isNotATradingPartner: boolean;
    readonly isNotPermittedToHandleStock: boolean;
    readonly isNotADispenser: boolean;
    readonly isNotAPharmacist: boolean;
    readonly isNotManufacturerOrRegulator: boolean;
    readonly isNotPermittedToRecall: boolean;
    readonly isNotPermittedToRelease: boolean;
    readonly isNotARegulator: boolean;
    readonly isNotAnAuditor: boolean;
    readonly isNotPermittedToReport: boolean;
    readonly isNotAHolder: boolean;
    readonly isSameEvidence: boolean;
    readonly isReportCoolingDown: boolean;
    readonly isNotCustodian: boolean;
    readonly isNotPermittedToRecordTemperature: boolean;
    readonly isNotReceiver: boolean;
    readonly isInvalidGtin: boolean;
    readonly isInvalidTemperatureRange: boolean;
    readonly isDuplicateProduct: boolean;
    readonly isUnknownProduct: boolean;
    readonly isEmptyLot: boolean;
    readonly isZeroQuantity: boolean;
    readonly isAlreadyExpired: boolean;
    readonly isDuplicateLot: boolean;
    readonly isBatchTooLarge: boolean;
    readonly isUnknownBatch: boolean;
    readonly isUnknownOrganization: boolean;
    readonly isRecipientSuspended: boolean;
    readonly isRecipientNotATradingPartner: boolean;
    readonly isCannotShipToSelf: boolean;
    readonly isBatchRecalled: boolean;
    readonly isBatchQuarantined: boolean;
    readonly isBatchDestroyed: boolean;
    readonly isBatchExpired: boolean;
    readonly isStockQuarantined: boolean;
    readonly isInsufficientStock: boolean;
    readonly isTooManyHolders: boolean;
    readonly isUnknownShipment: boolean;
    readonly isAlreadyReceived: boolean;
    readonly isAlreadyRefused: boolean;
    readonly isUnknownStock: boolean;
    readonly isReadingFromTheFuture: boolean;
    readonly isReadingOutOfOrder: boolean;
    readonly isNotInBatch: boolean;
    readonly isAlreadyRecalled: boolean;
    readonly isNoOpenRecall: boolean;
    readonly isRecallOpenedByRegulator: boolean;
    readonly isStockStillUsable: boolean;
    readonly isNotSuspect: boolean;
    readonly isNotQuarantined: boolean;
    readonly isSuspectReportPending: boolean;
    readonly isOverflow: boolean;
    readonly type: 'NotAMember' | 'OrganizationSuspended' | 'NotAManufacturer' | 'NotPermittedToManageProducts' | 'NotProductManufacturer' | 'NotATradingPartner' | 'NotPermittedToHandleStock' | 'NotADispenser' | 'NotAPharmacist' | 'NotManufacturerOrRegulator' | 'NotPermittedToRecall' | 'NotPermittedToRelease' | 'NotARegulator' | 'NotAnAuditor' | 'NotPermittedToReport' | 'NotAHolder' | 'SameEvidence' | 'ReportCoolingDown' | 'NotCustodian' | 'NotPermittedToRecordTemperature' | 'NotReceiver' | 'InvalidGtin' | 'InvalidTemperatureRange' | 'DuplicateProduct' | 'UnknownProduct' | 'EmptyLot' | 'ZeroQuantity' | 'AlreadyExpired' | 'DuplicateLot' | 'BatchTooLarge' | 'UnknownBatch' | 'UnknownOrganization' | 'RecipientSuspended' | 'RecipientNotATradingPartner' | 'CannotShipToSelf' | 'BatchRecalled' | 'BatchQuarantined' | 'BatchDestroyed' | 'BatchExpired' | 'StockQuarantined' | 'InsufficientStock' | 'TooManyHolders' | 'UnknownShipment' | 'AlreadyReceived' | 'AlreadyRefused' | 'UnknownStock' | 'ReadingFromTheFuture' | 'ReadingOutOfOrder' | 'NotInBatch' | 'AlreadyRecalled' | 'NoOpenRecall' | 'RecallOpenedByRegulator' | 'StockStillUsable' | 'NotSuspect' | 'NotQuarantined' | 'SuspectReportPending' | 'Overflow';
  }

  /** @name PalletClinicalTrialTrial (550) */
  interface PalletClinicalTrialTrial extends Struct {
    readonly sponsor: u32;
    readonly registeredBy: AccountId32;
    readonly registration: PalletClinicalTrialRegistration;
    readonly status: PalletClinicalTrialTrialStatus;
    readonly suspension: Option<PalletClinicalTrialSuspension>;
    readonly currentProtocolVersion: u32;
    readonly pendingAmendment: Option<u32>;
    readonly approvalHash: Option<H256>;
    readonly ethicsCommittee: Option<u32>;
    readonly terminationReason: Option<H256>;
    readonly registeredAt: u64;
    readonly recruitmentStartedAt: Option<u64>;
    readonly pending: u32;
    readonly enrolled: u32;
    readonly screenedOut: u32;
    readonly withdrawn: u32;
    readonly dataSnapshots: u32;
    readonly adverseEvents: u32;
  }

  /** @name PalletClinicalTrialSuspension (552) */
  interface PalletClinicalTrialSuspension extends Struct {
    readonly from: PalletClinicalTrialTrialStatus;
    readonly byOrg: u32;
    readonly reasonHash: H256;
    readonly at: u64;
  }

  /** @name PalletClinicalTrialProtocolVersionRecord (556) */
  interface PalletClinicalTrialProtocolVersionRecord extends Struct {
    readonly version: u32;
    readonly protocolHash: H256;
    readonly summaryHash: Option<H256>;
    readonly proposedAt: u64;
    readonly approvedAt: Option<u64>;
    readonly ethicsDecisionHash: Option<H256>;
  }

  /** @name PalletClinicalTrialEnrolment (557) */
  interface PalletClinicalTrialEnrolment extends Struct {
    readonly protocolVersion: u32;
    readonly consent: u64;
    readonly requestedAt: u64;
    readonly decidedAt: Option<u64>;
    readonly reconsentedAt: Option<u64>;
    readonly status: PalletClinicalTrialEnrolmentStatus;
    readonly withdrawnAt: Option<u64>;
    readonly attempts: u32;
  }

  /** @name PalletClinicalTrialEnrolmentStatus (558) */
  interface PalletClinicalTrialEnrolmentStatus extends Enum {
    readonly isPending: boolean;
    readonly isEnrolled: boolean;
    readonly isScreenedOut: boolean;
    readonly asScreenedOut: PalletClinicalTrialScreeningReason;
    readonly isWithdrawn: boolean;
    readonly type: 'Pending' | 'Enrolled' | 'ScreenedOut' | 'Withdrawn';
  }

  /** @name PalletClinicalTrialDataSnapshot (559) */
  interface PalletClinicalTrialDataSnapshot extends Struct {
    readonly snapshotHash: H256;
    readonly recordCount: u32;
    readonly periodStart: u64;
    readonly periodEnd: u64;
    readonly by: AccountId32;
    readonly at: u64;
  }

  /** @name PalletClinicalTrialAdverseEvent (560) */
  interface PalletClinicalTrialAdverseEvent extends Struct {
    readonly severity: PalletClinicalTrialSeverity;
    readonly reportHash: H256;
    readonly by: AccountId32;
    readonly at: u64;
  }

  /** @name PalletClinicalTrialResults (561) */
  interface PalletClinicalTrialResults extends Struct {
    readonly resultsHash: H256;
    readonly reported: Vec<PalletClinicalTrialReportedOutcome>;
    readonly discrepancies: Vec<PalletClinicalTrialOutcomeDiscrepancy>;
    readonly publishedBy: AccountId32;
    readonly publishedAt: u64;
  }

  /** @name PalletClinicalTrialTrialArtifact (565) */
  interface PalletClinicalTrialTrialArtifact extends Enum {
    readonly isRegistrationDataSet: boolean;
    readonly isProtocol: boolean;
    readonly asProtocol: u32;
    readonly isProtocolSummary: boolean;
    readonly asProtocolSummary: u32;
    readonly isOutcome: boolean;
    readonly asOutcome: u32;
    readonly isEthicsDecision: boolean;
    readonly asEthicsDecision: u32;
    readonly isTerminationReason: boolean;
    readonly isResults: boolean;
    readonly isDataSnapshot: boolean;
    readonly asDataSnapshot: u32;
    readonly isAdverseEvent: boolean;
    readonly asAdverseEvent: u32;
    readonly type: 'RegistrationDataSet' | 'Protocol' | 'ProtocolSummary' | 'Outcome' | 'EthicsDecision' | 'TerminationReason' | 'Results' | 'DataSnapshot' | 'AdverseEvent';
  }

  /** @name PalletClinicalTrialError (566) */
  interface PalletClinicalTrialError extends Enum {
    readonly isNotAMember: boolean;
    readonly isOrganizationSuspended: boolean;
    readonly isNotASponsor: boolean;
    readonly isNotAnInvestigator: boolean;
    readonly isNotPermittedToManageTrial: boolean;
    readonly isNotTrialSponsor: boolean;
    readonly isNotAnEthicsCommittee: boolean;
    readonly isNotAnOversightBody: boolean;
    readonly isNotTheSuspendingBody: boolean;
    readonly isNotTheTrialsCommittee: boolean;
    readonly isNotAReviewer: boolean;
    readonly isEmptyTitle: boolean;
    readonly isInvalidTitle: boolean;
    readonly isNoConditions: boolean;
    readonly isInvalidConditionCode: boolean;
    readonly isDuplicateCondition: boolean;
    readonly isInvalidCountryCode: boolean;
    readonly isDuplicateCountry: boolean;
    readonly isEmptySecondaryId: boolean;
    readonly isZeroTargetEnrolment: boolean;
    readonly isNoPrimaryOutcome: boolean;
    readonly isDuplicateOutcome: boolean;
    readonly isDuplicateHash: boolean;
    readonly isUnknownTrial: boolean;
    readonly isInvalidTransition: boolean;
    readonly isTrialEnded: boolean;
    readonly isTrialNotApproved: boolean;
    readonly isAmendmentPending: boolean;
    readonly isNoPendingAmendment: boolean;
    readonly isTooManyProtocolVersions: boolean;
    readonly isNotRecruiting: boolean;
    readonly isSponsorSuspended: boolean;
    readonly isEnrolmentFull: boolean;
    readonly isAlreadyEnrolled: boolean;
    readonly isEnrolmentAttemptsExhausted: boolean;
    readonly isNotEnrolled: boolean;
    readonly isNotPending: boolean;
    readonly isReconsentNotNeeded: boolean;
    readonly isReconsentRequired: boolean;
    readonly isNoResearchConsent: boolean;
    readonly isConsentRevoked: boolean;
    readonly isConsentExpired: boolean;
    readonly isConsentNotYetValid: boolean;
    readonly isConsentReadRateExceeded: boolean;
    readonly isTrialNotStarted: boolean;
    readonly isInvalidPeriod: boolean;
    readonly isResultsNotAllowed: boolean;
    readonly isResultsAlreadyPublished: boolean;
    readonly isOverflow: boolean;
    readonly type: 'NotAMember' | 'OrganizationSuspended' | 'NotASponsor' | 'NotAnInvestigator' | 'NotPermittedToManageTrial' | 'NotTrialSponsor' | 'NotAnEthicsCommittee' | 'NotAnOversightBody' | 'NotTheSuspendingBody' | 'NotTheTrialsCommittee' | 'NotAReviewer' | 'EmptyTitle' | 'InvalidTitle' | 'NoConditions' | 'InvalidConditionCode' | 'DuplicateCondition' | 'InvalidCountryCode' | 'DuplicateCountry' | 'EmptySecondaryId' | 'ZeroTargetEnrolment' | 'NoPrimaryOutcome' | 'DuplicateOutcome' | 'DuplicateHash' | 'UnknownTrial' | 'InvalidTransition' | 'TrialEnded' | 'TrialNotApproved' | 'AmendmentPending' | 'NoPendingAmendment' | 'TooManyProtocolVersions' | 'NotRecruiting' | 'SponsorSuspended' | 'EnrolmentFull' | 'AlreadyEnrolled' | 'EnrolmentAttemptsExhausted' | 'NotEnrolled' | 'NotPending' | 'ReconsentNotNeeded' | 'ReconsentRequired' | 'NoResearchConsent' | 'ConsentRevoked' | 'ConsentExpired' | 'ConsentNotYetValid' | 'ConsentReadRateExceeded' | 'TrialNotStarted' | 'InvalidPeriod' | 'ResultsNotAllowed' | 'ResultsAlreadyPublished' | 'Overflow';
  }

  /** @name HealthchainRuntimeRuntime (567) */
  type HealthchainRuntimeRuntime = Null;

  /** @name SpRuntimeBlockLazyBlock (569) */
  interface SpRuntimeBlockLazyBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeExtrinsicInclusionMode (573) */
  interface SpRuntimeExtrinsicInclusionMode extends Enum {
    readonly isAllExtrinsics: boolean;
    readonly isOnlyInherents: boolean;
    readonly type: 'AllExtrinsics' | 'OnlyInherents';
  }

  /** @name SpRuntimeTransactionValidityTransactionValidityError (578) */
  interface SpRuntimeTransactionValidityTransactionValidityError extends Enum {
    readonly isInvalid: boolean;
    readonly asInvalid: SpRuntimeTransactionValidityInvalidTransaction;
    readonly isUnknown: boolean;
    readonly asUnknown: SpRuntimeTransactionValidityUnknownTransaction;
    readonly type: 'Invalid' | 'Unknown';
  }

  /** @name SpRuntimeTransactionValidityInvalidTransaction (579) */
  interface SpRuntimeTransactionValidityInvalidTransaction extends Enum {
    readonly isCall: boolean;
    readonly isPayment: boolean;
    readonly isFuture: boolean;
    readonly isStale: boolean;
    readonly isBadProof: boolean;
    readonly isAncientBirthBlock: boolean;
    readonly isExhaustsResources: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly isBadMandatory: boolean;
    readonly isMandatoryValidation: boolean;
    readonly isBadSigner: boolean;
    readonly isIndeterminateImplicit: boolean;
    readonly isUnknownOrigin: boolean;
    readonly type: 'Call' | 'Payment' | 'Future' | 'Stale' | 'BadProof' | 'AncientBirthBlock' | 'ExhaustsResources' | 'Custom' | 'BadMandatory' | 'MandatoryValidation' | 'BadSigner' | 'IndeterminateImplicit' | 'UnknownOrigin';
  }

  /** @name SpRuntimeTransactionValidityUnknownTransaction (580) */
  interface SpRuntimeTransactionValidityUnknownTransaction extends Enum {
    readonly isCannotLookup: boolean;
    readonly isNoUnsignedValidator: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly type: 'CannotLookup' | 'NoUnsignedValidator' | 'Custom';
  }

  /** @name SpInherentsInherentData (581) */
  interface SpInherentsInherentData extends Struct {
    readonly data: BTreeMap<U8aFixed, Bytes>;
  }

  /** @name SpInherentsCheckInherentsResult (586) */
  interface SpInherentsCheckInherentsResult extends Struct {
    readonly okay: bool;
    readonly fatalError: bool;
    readonly errors: SpInherentsInherentData;
  }

  /** @name SpRuntimeTransactionValidityTransactionSource (587) */
  interface SpRuntimeTransactionValidityTransactionSource extends Enum {
    readonly isInBlock: boolean;
    readonly isLocal: boolean;
    readonly isExternal: boolean;
    readonly type: 'InBlock' | 'Local' | 'External';
  }

  /** @name SpRuntimeTransactionValidityValidTransaction (589) */
  interface SpRuntimeTransactionValidityValidTransaction extends Struct {
    readonly priority: u64;
    readonly requires: Vec<Bytes>;
    readonly provides: Vec<Bytes>;
    readonly longevity: u64;
    readonly propagate: bool;
  }

  /** @name SpSessionRuntimeApiOpaqueGeneratedSessionKeys (590) */
  interface SpSessionRuntimeApiOpaqueGeneratedSessionKeys extends Struct {
    readonly keys_: Bytes;
    readonly proof: Bytes;
  }

  /** @name PalletTransactionPaymentRuntimeDispatchInfo (594) */
  interface PalletTransactionPaymentRuntimeDispatchInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly partialFee: u128;
  }

  /** @name PalletTransactionPaymentFeeDetails (595) */
  interface PalletTransactionPaymentFeeDetails extends Struct {
    readonly inclusionFee: Option<PalletTransactionPaymentInclusionFee>;
    readonly tip: u128;
  }

  /** @name PalletTransactionPaymentInclusionFee (597) */
  interface PalletTransactionPaymentInclusionFee extends Struct {
    readonly baseFee: u128;
    readonly lenFee: u128;
    readonly adjustedWeightFee: u128;
  }

  /** @name CumulusPrimitivesCoreCollationInfo (598) */
  interface CumulusPrimitivesCoreCollationInfo extends Struct {
    readonly upwardMessages: Vec<Bytes>;
    readonly horizontalMessages: Vec<PolkadotCorePrimitivesOutboundHrmpMessage>;
    readonly newValidationCode: Option<Bytes>;
    readonly processedDownwardMessages: u32;
    readonly hrmpWatermark: u32;
    readonly headData: Bytes;
  }

  /** @name CumulusPrimitivesCoreRelayProofRequest (601) */
  interface CumulusPrimitivesCoreRelayProofRequest extends Struct {
    readonly keys_: Vec<CumulusPrimitivesCoreRelayStorageKey>;
  }

  /** @name CumulusPrimitivesCoreRelayStorageKey (603) */
  interface CumulusPrimitivesCoreRelayStorageKey extends Enum {
    readonly isTop: boolean;
    readonly asTop: Bytes;
    readonly isChild: boolean;
    readonly asChild: {
      readonly storageKey: Bytes;
      readonly key: Bytes;
    } & Struct;
    readonly type: 'Top' | 'Child';
  }

  /** @name XcmRuntimeApisFeesError (606) */
  interface XcmRuntimeApisFeesError extends Enum {
    readonly isUnimplemented: boolean;
    readonly isVersionedConversionFailed: boolean;
    readonly isWeightNotComputable: boolean;
    readonly isUnhandledXcmVersion: boolean;
    readonly isAssetNotFound: boolean;
    readonly isUnroutable: boolean;
    readonly type: 'Unimplemented' | 'VersionedConversionFailed' | 'WeightNotComputable' | 'UnhandledXcmVersion' | 'AssetNotFound' | 'Unroutable';
  }

  /** @name XcmRuntimeApisDryRunCallDryRunEffects (611) */
  interface XcmRuntimeApisDryRunCallDryRunEffects extends Struct {
    readonly executionResult: Result<FrameSupportDispatchPostDispatchInfo, SpRuntimeDispatchErrorWithPostInfo>;
    readonly emittedEvents: Vec<Event>;
    readonly localXcm: Option<XcmVersionedXcm>;
    readonly forwardedXcms: Vec<ITuple<[XcmVersionedLocation, Vec<XcmVersionedXcm>]>>;
  }

  /** @name XcmRuntimeApisDryRunError (617) */
  interface XcmRuntimeApisDryRunError extends Enum {
    readonly isUnimplemented: boolean;
    readonly isVersionedConversionFailed: boolean;
    readonly type: 'Unimplemented' | 'VersionedConversionFailed';
  }

  /** @name XcmRuntimeApisDryRunXcmDryRunEffects (619) */
  interface XcmRuntimeApisDryRunXcmDryRunEffects extends Struct {
    readonly executionResult: StagingXcmV5TraitsOutcome;
    readonly emittedEvents: Vec<Event>;
    readonly forwardedXcms: Vec<ITuple<[XcmVersionedLocation, Vec<XcmVersionedXcm>]>>;
  }

  /** @name XcmRuntimeApisConversionsError (621) */
  interface XcmRuntimeApisConversionsError extends Enum {
    readonly isUnsupported: boolean;
    readonly isVersionedConversionFailed: boolean;
    readonly type: 'Unsupported' | 'VersionedConversionFailed';
  }

  /** @name XcmVersionedAsset (622) */
  interface XcmVersionedAsset extends Enum {
    readonly isV3: boolean;
    readonly asV3: XcmV3MultiAsset;
    readonly isV4: boolean;
    readonly asV4: StagingXcmV4Asset;
    readonly isV5: boolean;
    readonly asV5: StagingXcmV5Asset;
    readonly type: 'V3' | 'V4' | 'V5';
  }

  /** @name XcmRuntimeApisTrustedQueryError (624) */
  interface XcmRuntimeApisTrustedQueryError extends Enum {
    readonly isVersionedAssetConversionFailed: boolean;
    readonly isVersionedLocationConversionFailed: boolean;
    readonly type: 'VersionedAssetConversionFailed' | 'VersionedLocationConversionFailed';
  }

  /** @name PalletEhrAnchorHashVerification (637) */
  interface PalletEhrAnchorHashVerification extends Enum {
    readonly isUnknown: boolean;
    readonly isKnown: boolean;
    readonly asKnown: {
      readonly recordId: u64;
      readonly status: PalletEhrAnchorRecordStatus;
      readonly record: PalletEhrAnchorRecordAnchor;
      readonly otherAnchors: u32;
    } & Struct;
    readonly type: 'Unknown' | 'Known';
  }

  /** @name PalletEhrAnchorInclusionVerification (640) */
  interface PalletEhrAnchorInclusionVerification extends Enum {
    readonly isUnknownBulk: boolean;
    readonly isProofTooLong: boolean;
    readonly isNotIncluded: boolean;
    readonly isIncluded: boolean;
    readonly asIncluded: {
      readonly bulkId: u64;
      readonly bulk: PalletEhrAnchorBulkAnchor;
    } & Struct;
    readonly type: 'UnknownBulk' | 'ProofTooLong' | 'NotIncluded' | 'Included';
  }

  /** @name HealthchainPrimitivesConsentAccessRequest (645) */
  interface HealthchainPrimitivesConsentAccessRequest extends Struct {
    readonly patient: AccountId32;
    readonly accessor: AccountId32;
    readonly organization: Option<u32>;
    readonly action: HealthchainPrimitivesConsentConsentAction;
    readonly category: HealthchainPrimitivesRecordsRecordCategory;
    readonly purpose: HealthchainPrimitivesConsentPurposeOfUse;
  }

  /** @name HealthchainPrimitivesConsentConsentAction (646) */
  interface HealthchainPrimitivesConsentConsentAction extends Enum {
    readonly isRead: boolean;
    readonly isWrite: boolean;
    readonly type: 'Read' | 'Write';
  }

  /** @name HealthchainPrimitivesConsentConsentError (648) */
  interface HealthchainPrimitivesConsentConsentError extends Enum {
    readonly isNoConsent: boolean;
    readonly isConsentRevoked: boolean;
    readonly isConsentExpired: boolean;
    readonly isConsentNotYetValid: boolean;
    readonly isReadRateExceeded: boolean;
    readonly type: 'NoConsent' | 'ConsentRevoked' | 'ConsentExpired' | 'ConsentNotYetValid' | 'ReadRateExceeded';
  }

  /** @name PalletDrugTracePackVerification (653) */
  interface PalletDrugTracePackVerification extends Enum {
    readonly isUnknown: boolean;
    readonly isNotInBatch: boolean;
    readonly isAlreadyDispensed: boolean;
    readonly asAlreadyDispensed: {
      readonly dispensedAt: u64;
    } & Struct;
    readonly isRecalled: boolean;
    readonly isDestroyed: boolean;
    readonly isQuarantined: boolean;
    readonly isExpired: boolean;
    readonly asExpired: {
      readonly expiry: u64;
    } & Struct;
    readonly isGenuine: boolean;
    readonly asGenuine: {
      readonly batch: u64;
      readonly expiry: u64;
    } & Struct;
    readonly type: 'Unknown' | 'NotInBatch' | 'AlreadyDispensed' | 'Recalled' | 'Destroyed' | 'Quarantined' | 'Expired' | 'Genuine';
  }

  /** @name PalletClinicalTrialTrialFilter (667) */
  interface PalletClinicalTrialTrialFilter extends Enum {
    readonly isAll: boolean;
    readonly isStatus: boolean;
    readonly asStatus: PalletClinicalTrialTrialStatus;
    readonly isCondition: boolean;
    readonly asCondition: Bytes;
    readonly isSponsor: boolean;
    readonly asSponsor: u32;
    readonly isPhase: boolean;
    readonly asPhase: PalletClinicalTrialPhase;
    readonly type: 'All' | 'Status' | 'Condition' | 'Sponsor' | 'Phase';
  }

  /** @name PalletClinicalTrialEnrolmentCounts (675) */
  interface PalletClinicalTrialEnrolmentCounts extends Struct {
    readonly pending: u32;
    readonly enrolled: u32;
    readonly screenedOut: u32;
    readonly withdrawn: u32;
    readonly needingReconsent: u32;
  }

  /** @name HealthchainRuntimeRuntimeError (685) */
  interface HealthchainRuntimeRuntimeError extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSystemError;
    readonly isParachainSystem: boolean;
    readonly asParachainSystem: CumulusPalletParachainSystemError;
    readonly isBalances: boolean;
    readonly asBalances: PalletBalancesError;
    readonly isSudo: boolean;
    readonly asSudo: PalletSudoError;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveError;
    readonly isCouncilMembership: boolean;
    readonly asCouncilMembership: PalletMembershipError;
    readonly isPreimage: boolean;
    readonly asPreimage: PalletPreimageError;
    readonly isWhitelist: boolean;
    readonly asWhitelist: PalletWhitelistError;
    readonly isCollatorSelection: boolean;
    readonly asCollatorSelection: PalletCollatorSelectionError;
    readonly isSession: boolean;
    readonly asSession: PalletSessionError;
    readonly isXcmpQueue: boolean;
    readonly asXcmpQueue: CumulusPalletXcmpQueueError;
    readonly isPolkadotXcm: boolean;
    readonly asPolkadotXcm: PalletXcmError;
    readonly isMessageQueue: boolean;
    readonly asMessageQueue: PalletMessageQueueError;
    readonly isUtility: boolean;
    readonly asUtility: PalletUtilityError;
    readonly isOrganizations: boolean;
    readonly asOrganizations: PalletOrganizationsError;
    readonly isEhrAnchor: boolean;
    readonly asEhrAnchor: PalletEhrAnchorError;
    readonly isConsent: boolean;
    readonly asConsent: PalletConsentError;
    readonly isDrugTrace: boolean;
    readonly asDrugTrace: PalletDrugTraceError;
    readonly isClinicalTrial: boolean;
    readonly asClinicalTrial: PalletClinicalTrialError;
    readonly type: 'System' | 'ParachainSystem' | 'Balances' | 'Sudo' | 'Council' | 'CouncilMembership' | 'Preimage' | 'Whitelist' | 'CollatorSelection' | 'Session' | 'XcmpQueue' | 'PolkadotXcm' | 'MessageQueue' | 'Utility' | 'Organizations' | 'EhrAnchor' | 'Consent' | 'DrugTrace' | 'ClinicalTrial';
  }

} // declare module
