// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/consts';

import type { ApiTypes, AugmentedConst } from '@polkadot/api-base/types';
import type { Option, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { Codec } from '@polkadot/types-codec/types';
import type { AccountId32 } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportPalletId, FrameSystemLimitsBlockLength, FrameSystemLimitsBlockWeights, SpVersionRuntimeVersion, SpWeightsRuntimeDbWeight, SpWeightsWeightV2Weight, StagingXcmV5Junctions } from '@polkadot/types/lookup';

export type __AugmentedConst<ApiType extends ApiTypes> = AugmentedConst<ApiType>;

declare module '@polkadot/api-base/types/consts' {
  interface AugmentedConsts<ApiType extends ApiTypes> {
    aura: {
      /**
       * The slot duration Aura should run with, expressed in milliseconds.
       * 
       * The effective value of this type can be changed with a runtime upgrade.
       * 
       * For backwards compatibility either use [`MinimumPeriodTimesTwo`] or a const.
       **/
      slotDuration: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    balances: {
      /**
       * The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!
       * 
       * If you *really* need it to be zero, you can enable the feature `insecure_zero_ed` for
       * this pallet. However, you do so at your own risk: this will open up a major DoS vector.
       * In case you have multiple sources of provider references, you may also get unexpected
       * behaviour if you set this to zero.
       * 
       * Bottom line: Do yourself a favour and make it at least one!
       **/
      existentialDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum number of individual freeze locks that can exist on an account at any time.
       **/
      maxFreezes: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of locks that should exist on an account.
       * Not strictly enforced, but used for weight estimation.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxLocks: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of named reserves that can exist on an account.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxReserves: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    clinicalTrial: {
      /**
       * The longest condition code (ICD-10 or MeSH, ASCII), in bytes. At least 1.
       **/
      maxConditionCodeLength: u32 & AugmentedConst<ApiType>;
      /**
       * The most conditions a trial may study. At least 1.
       **/
      maxConditions: u32 & AugmentedConst<ApiType>;
      /**
       * The most countries a trial may recruit in.
       **/
      maxCountries: u32 & AugmentedConst<ApiType>;
      /**
       * How many times one account may ask to enrol in one trial (the first time
       * included): bounds enrol–withdraw cycling and re-requests after a screening-out.
       * At least 1.
       **/
      maxEnrolmentAttempts: u32 & AugmentedConst<ApiType>;
      /**
       * The most outcomes a trial may pre-register. At least 1.
       **/
      maxOutcomes: u32 & AugmentedConst<ApiType>;
      /**
       * The most items one page of the read functions (and the runtime API) returns.
       * At least 1.
       **/
      maxPageSize: u32 & AugmentedConst<ApiType>;
      /**
       * The most protocol versions a trial may have, the first included. At least 1.
       **/
      maxProtocolVersions: u32 & AugmentedConst<ApiType>;
      /**
       * The most outcomes a results publication may report. At least 1.
       **/
      maxReportedOutcomes: u32 & AugmentedConst<ApiType>;
      /**
       * The longest id in another registry, in bytes. At least 1.
       **/
      maxSecondaryIdLength: u32 & AugmentedConst<ApiType>;
      /**
       * The most ids in other registries a trial may list.
       **/
      maxSecondaryIds: u32 & AugmentedConst<ApiType>;
      /**
       * The longest public title, in bytes of UTF-8 (public registry text, never patient
       * data). At least 1.
       **/
      maxTitleLength: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    collatorSelection: {
      kickThreshold: u32 & AugmentedConst<ApiType>;
      /**
       * Maximum number of candidates that we should have.
       * 
       * This does not take into account the invulnerables.
       **/
      maxCandidates: u32 & AugmentedConst<ApiType>;
      /**
       * Maximum number of invulnerables.
       **/
      maxInvulnerables: u32 & AugmentedConst<ApiType>;
      /**
       * Minimum number eligible collators. Should always be greater than zero. This includes
       * Invulnerable collators. This ensures that there will always be one collator who can
       * produce a block.
       **/
      minEligibleCollators: u32 & AugmentedConst<ApiType>;
      /**
       * Gets this pallet's derived pot account.
       **/
      potAccount: AccountId32 & AugmentedConst<ApiType>;
      /**
       * Account Identifier from which the internal Pot is generated.
       **/
      potId: FrameSupportPalletId & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    consent: {
      /**
       * How long emergency access lasts once the glass is broken, in milliseconds.
       **/
      breakGlassDuration: u64 & AugmentedConst<ApiType>;
      /**
       * How long after a break-glass case opens it may stay unreviewed before it is
       * overdue, in milliseconds.
       **/
      breakGlassReviewPeriod: u64 & AugmentedConst<ApiType>;
      /**
       * How many consent calls (`grant`, `revoke`, `add_delegate`, `remove_delegate`) an
       * onboarded account makes without fees in one feeless period.
       **/
      feelessCallsPerPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * The length of a feeless period, in blocks. At least 1.
       **/
      feelessPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * How long an ended (revoked or expired) grant stays in storage before it may be
       * pruned, in milliseconds. Its events stay in the chain's history.
       **/
      grantRetention: u64 & AugmentedConst<ApiType>;
      /**
       * How many of a patient's newest access-log entries stay on chain. The log never
       * fills: a new entry takes the place of the oldest, and the hash chain in
       * [`AccessLogHeads`] keeps every entry ever written accountable. At least 1.
       **/
      maxAccessLogEntries: u32 & AugmentedConst<ApiType>;
      /**
       * The most record categories one grant may list. At least 1.
       **/
      maxCategoriesPerGrant: u32 & AugmentedConst<ApiType>;
      /**
       * The most delegates (guardians, custodians) a patient may name. At least 1.
       **/
      maxDelegates: u32 & AugmentedConst<ApiType>;
      /**
       * The most grants an onboarded patient keeps in storage and still grants free of
       * fees: past it, `grant` costs the usual fee until the patient prunes (for free)
       * its oldest ended grants. Bounds what feeless grants can leave in storage.
       **/
      maxFeelessStoredGrants: u32 & AugmentedConst<ApiType>;
      /**
       * The most live grants a patient may have to one grantee (one account, or one
       * organisation). A consent check reads the accessor's list and its organisation's list
       * (one storage value each) and walks them, so this bounds its cost and its proof size.
       * Ended grants leave a list when a new grant to the same grantee needs room. At least 1.
       **/
      maxGrantsPerGrantee: u32 & AugmentedConst<ApiType>;
      /**
       * The most break-glass cases one organisation's practitioners may have open at
       * once. At least `MaxOpenCasesPerPractitioner`.
       **/
      maxOpenCasesPerOrganization: u32 & AugmentedConst<ApiType>;
      /**
       * The most break-glass cases one practitioner may have open at once. At least 1.
       **/
      maxOpenCasesPerPractitioner: u32 & AugmentedConst<ApiType>;
      /**
       * The most items one page of the read functions (and the runtime API) returns.
       * At least 1.
       **/
      maxPageSize: u32 & AugmentedConst<ApiType>;
      /**
       * How many reads of one patient's records one reader may log in one rate period;
       * more are refused ([`ConsentError::ReadRateExceeded`]) for that reader only. At
       * least 1.
       **/
      maxReadsPerPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * The length of a read-rate period, in blocks. At least 1.
       **/
      readRatePeriod: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    council: {
      /**
       * The maximum weight of a dispatch call that can be proposed and executed.
       **/
      maxProposalWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    drugTrace: {
      /**
       * The most trading partners that may hold, await or have in transit stock of one
       * batch at once. Bounds the notices a recall emits. At least 2 (the manufacturer and a
       * customer).
       **/
      maxHoldersPerBatch: u32 & AugmentedConst<ApiType>;
      /**
       * The longest lot number, in bytes (GS1 AI 10 allows 20 characters). At least 1.
       **/
      maxLotLength: u32 & AugmentedConst<ApiType>;
      /**
       * The most items one page of the read functions (and the runtime API) returns.
       * At least 1.
       **/
      maxPageSize: u32 & AugmentedConst<ApiType>;
      /**
       * The most hashes a serial's inclusion proof may have: a batch holds at most
       * `2^MaxProofDepth` packs.
       **/
      maxProofDepth: u32 & AugmentedConst<ApiType>;
      /**
       * The longest serial number, in bytes (GS1 AI 21 allows 20 characters). At least 1.
       **/
      maxSerialLength: u32 & AugmentedConst<ApiType>;
      /**
       * How long, in milliseconds, after a suspect report of a batch was resolved the same
       * organisation must wait before reporting that batch again (with other evidence).
       **/
      suspectReportCooldown: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    ehrAnchor: {
      /**
       * The longest locator or key reference, in bytes. At least 1.
       **/
      maxLocatorLength: u32 & AugmentedConst<ApiType>;
      /**
       * The most records one page of [`Pallet::patient_records`] (and the runtime API)
       * returns. At least 1.
       **/
      maxPageSize: u32 & AugmentedConst<ApiType>;
      /**
       * The most patient-generated records (versions included, erased ones too) one account
       * of a patient's side (the patient, or each of its delegates) may anchor for the
       * patient. Filling it stops only that account: the patient, its other delegates and
       * organisations anchor on.
       **/
      maxPatientGeneratedRecords: u32 & AugmentedConst<ApiType>;
      /**
       * The most hashes an inclusion proof may have: a bulk anchor holds at most
       * `2^MaxProofDepth` documents.
       **/
      maxProofDepth: u32 & AugmentedConst<ApiType>;
      /**
       * The most records (versions included, erased ones too) one organisation may anchor
       * for one patient. Filling it stops only that organisation: others anchor on.
       **/
      maxRecordsPerOrganization: u32 & AugmentedConst<ApiType>;
      /**
       * The most versions one record may have, the first included. At least 1, and at most
       * `MaxPatientGeneratedRecords` and `MaxRecordsPerOrganization` (every version is one
       * of the patient's records).
       **/
      maxVersions: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    messageQueue: {
      /**
       * The size of the page; this implies the maximum message size which can be sent.
       * 
       * A good value depends on the expected message sizes, their weights, the weight that is
       * available for processing them and the maximal needed message size. The maximal message
       * size is slightly lower than this as defined by [`MaxMessageLenOf`].
       **/
      heapSize: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum amount of weight (if any) to be used from remaining weight `on_idle` which
       * should be provided to the message queue for servicing enqueued items `on_idle`.
       * Useful for parachains to process messages at the same block they are received.
       * 
       * If `None`, it will not call `ServiceQueues::service_queues` in `on_idle`.
       **/
      idleMaxServiceWeight: Option<SpWeightsWeightV2Weight> & AugmentedConst<ApiType>;
      /**
       * The maximum number of stale pages (i.e. of overweight messages) allowed before culling
       * can happen. Once there are more stale pages than this, then historical pages may be
       * dropped, even if they contain unprocessed overweight messages.
       **/
      maxStale: u32 & AugmentedConst<ApiType>;
      /**
       * The amount of weight (if any) which should be provided to the message queue for
       * servicing enqueued items `on_initialize`.
       * 
       * This may be legitimately `None` in the case that you will call
       * `ServiceQueues::service_queues` manually or set [`Self::IdleMaxServiceWeight`] to have
       * it run in `on_idle`.
       **/
      serviceWeight: Option<SpWeightsWeightV2Weight> & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    organizations: {
      /**
       * How many blocks an invitation can be accepted for. At least 1.
       **/
      invitationLifetime: u32 & AugmentedConst<ApiType>;
      /**
       * The most member accounts an organisation may have, its registered admin included,
       * together with its pending invitations. At least 1.
       **/
      maxMembersPerOrganization: u32 & AugmentedConst<ApiType>;
      /**
       * The most entries one page of [`Pallet::members`], [`Pallet::invitations`] and
       * [`Pallet::invitations_of`] (and the runtime API) returns. At least 1.
       **/
      maxPageSize: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    parachainSystem: {
      /**
       * Returns the parachain ID we are running with.
       **/
      selfParaId: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    polkadotXcm: {
      /**
       * The latest supported version that we advertise. Generally just set it to
       * `pallet_xcm::CurrentXcmVersion`.
       **/
      advertisedXcmVersion: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of local XCM locks that a single account may have.
       **/
      maxLockers: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of consumers a single remote lock may have.
       **/
      maxRemoteLockConsumers: u32 & AugmentedConst<ApiType>;
      /**
       * This chain's Universal Location.
       **/
      universalLocation: StagingXcmV5Junctions & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    session: {
      /**
       * The amount to be held when setting keys.
       **/
      keyDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    system: {
      /**
       * Maximum number of block number to block hash mappings to keep (oldest pruned first).
       **/
      blockHashCount: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum length of a block (in bytes).
       **/
      blockLength: FrameSystemLimitsBlockLength & AugmentedConst<ApiType>;
      /**
       * Block & extrinsics weights: base values and limits.
       **/
      blockWeights: FrameSystemLimitsBlockWeights & AugmentedConst<ApiType>;
      /**
       * The weight of runtime database operations the runtime can invoke.
       **/
      dbWeight: SpWeightsRuntimeDbWeight & AugmentedConst<ApiType>;
      /**
       * The designated SS58 prefix of this chain.
       * 
       * This replaces the "ss58Format" property declared in the chain spec. Reason is
       * that the runtime should know about the prefix in order to make use of it as
       * an identifier of the chain.
       **/
      ss58Prefix: u16 & AugmentedConst<ApiType>;
      /**
       * Get the chain's in-code version.
       **/
      version: SpVersionRuntimeVersion & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    timestamp: {
      /**
       * The minimum period between blocks.
       * 
       * Be aware that this is different to the *expected* period that the block production
       * apparatus provides. Your chosen consensus system will generally work with this to
       * determine a sensible block time. For example, in the Aura pallet it will be double this
       * period on default settings.
       **/
      minimumPeriod: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    transactionPayment: {
      /**
       * A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their
       * `priority`
       * 
       * This value is multiplied by the `final_fee` to obtain a "virtual tip" that is later
       * added to a tip component in regular `priority` calculations.
       * It means that a `Normal` transaction can front-run a similarly-sized `Operational`
       * extrinsic (with no tip), by including a tip value greater than the virtual tip.
       * 
       * ```rust,ignore
       * // For `Normal`
       * let priority = priority_calc(tip);
       * 
       * // For `Operational`
       * let virtual_tip = (inclusion_fee + tip) * OperationalFeeMultiplier;
       * let priority = priority_calc(tip + virtual_tip);
       * ```
       * 
       * Note that since we use `final_fee` the multiplier applies also to the regular `tip`
       * sent with the transaction. So, not only does the transaction get a priority bump based
       * on the `inclusion_fee`, but we also amplify the impact of tips applied to `Operational`
       * transactions.
       **/
      operationalFeeMultiplier: u8 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    utility: {
      /**
       * The limit on the number of batched calls.
       **/
      batchedCallsLimit: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    xcmpQueue: {
      /**
       * Maximal number of outbound XCMP channels that can have messages queued at the same time.
       * 
       * If this is reached, then no further messages can be sent to channels that do not yet
       * have a message queued. This should be set to the expected maximum of outbound channels
       * which is determined by [`Self::ChannelInfo`]. It is important to set this large enough,
       * since otherwise the congestion control protocol will not work as intended and messages
       * may be dropped. This value increases the PoV and should therefore not be picked too
       * high. Governance needs to pay attention to not open more channels than this value.
       **/
      maxActiveOutboundChannels: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of inbound XCMP channels that can be suspended simultaneously.
       * 
       * Any further channel suspensions will fail and messages may get dropped without further
       * notice. Choosing a high value (1000) is okay; the trade-off that is described in
       * [`InboundXcmpSuspended`] still applies at that scale.
       **/
      maxInboundSuspended: u32 & AugmentedConst<ApiType>;
      /**
       * The maximal page size for HRMP message pages.
       * 
       * A lower limit can be set dynamically, but this is the hard-limit for the PoV worst case
       * benchmarking. The limit for the size of a message is slightly below this, since some
       * overhead is incurred for encoding the format.
       **/
      maxPageSize: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
  } // AugmentedConsts
} // declare module
