// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

/* eslint-disable sort-keys */

export default {
  /**
   * Lookup9: frame_system::pallet::Call<T>
   **/
  FrameSystemCall: {
    _enum: {
      remark: {
        remark: 'Bytes',
      },
      set_heap_pages: {
        pages: 'u64',
      },
      set_code: {
        code: 'Bytes',
      },
      set_code_without_checks: {
        code: 'Bytes',
      },
      set_storage: {
        items: 'Vec<(Bytes,Bytes)>',
      },
      kill_storage: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'Vec<Bytes>',
      },
      kill_prefix: {
        prefix: 'Bytes',
        subkeys: 'u32',
      },
      remark_with_event: {
        remark: 'Bytes',
      },
      __Unused8: 'Null',
      authorize_upgrade: {
        codeHash: 'H256',
      },
      authorize_upgrade_without_checks: {
        codeHash: 'H256',
      },
      apply_authorized_upgrade: {
        code: 'Bytes'
      }
    }
  },
  /**
   * Lookup16: cumulus_pallet_parachain_system::pallet::Call<T>
   **/
  CumulusPalletParachainSystemCall: {
    _enum: {
      set_validation_data: {
        data: 'CumulusPalletParachainSystemParachainInherentBasicParachainInherentData',
        inboundMessagesData: 'CumulusPalletParachainSystemParachainInherentInboundMessagesData',
      },
      sudo_send_upward_message: {
        message: 'Bytes'
      }
    }
  },
  /**
   * Lookup17: cumulus_pallet_parachain_system::parachain_inherent::BasicParachainInherentData
   **/
  CumulusPalletParachainSystemParachainInherentBasicParachainInherentData: {
    validationData: 'PolkadotPrimitivesV9PersistedValidationData',
    relayChainState: 'SpTrieStorageProof',
    relayParentDescendants: 'Vec<SpRuntimeHeader>',
    collatorPeerId: 'Option<Bytes>'
  },
  /**
   * Lookup18: polkadot_primitives::v9::PersistedValidationData<primitive_types::H256, N>
   **/
  PolkadotPrimitivesV9PersistedValidationData: {
    parentHead: 'Bytes',
    relayParentNumber: 'u32',
    relayParentStorageRoot: 'H256',
    maxPovSize: 'u32'
  },
  /**
   * Lookup20: sp_trie::storage_proof::StorageProof
   **/
  SpTrieStorageProof: {
    trieNodes: 'BTreeSet<Bytes>'
  },
  /**
   * Lookup23: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup25: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup27: sp_runtime::generic::digest::DigestItem
   **/
  SpRuntimeDigestDigestItem: {
    _enum: {
      Other: 'Bytes',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      Consensus: '([u8;4],Bytes)',
      Seal: '([u8;4],Bytes)',
      PreRuntime: '([u8;4],Bytes)',
      __Unused7: 'Null',
      RuntimeEnvironmentUpdated: 'Null'
    }
  },
  /**
   * Lookup31: cumulus_pallet_parachain_system::parachain_inherent::InboundMessagesData
   **/
  CumulusPalletParachainSystemParachainInherentInboundMessagesData: {
    downwardMessages: {
      fullMessages: 'Vec<PolkadotCorePrimitivesInboundDownwardMessage>',
      hashedMessages: 'Vec<CumulusPrimitivesParachainInherentHashedMessage>'
    },
    horizontalMessages: 'CumulusPalletParachainSystemParachainInherentAbridgedInboundMessagesCollection'
  },
  /**
   * Lookup33: polkadot_core_primitives::InboundDownwardMessage<BlockNumber>
   **/
  PolkadotCorePrimitivesInboundDownwardMessage: {
    sentAt: 'u32',
    msg: 'Bytes'
  },
  /**
   * Lookup36: cumulus_primitives_parachain_inherent::HashedMessage
   **/
  CumulusPrimitivesParachainInherentHashedMessage: {
    sentAt: 'u32',
    msgHash: 'H256'
  },
  /**
   * Lookup37: cumulus_pallet_parachain_system::parachain_inherent::AbridgedInboundMessagesCollection<Message>
   **/
  CumulusPalletParachainSystemParachainInherentAbridgedInboundMessagesCollection: {
    fullMessages: 'Vec<(u32,PolkadotCorePrimitivesInboundHrmpMessage)>',
    hashedMessages: 'Vec<(u32,CumulusPrimitivesParachainInherentHashedMessage)>'
  },
  /**
   * Lookup40: polkadot_core_primitives::InboundHrmpMessage<BlockNumber>
   **/
  PolkadotCorePrimitivesInboundHrmpMessage: {
    sentAt: 'u32',
    data: 'Bytes'
  },
  /**
   * Lookup44: pallet_timestamp::pallet::Call<T>
   **/
  PalletTimestampCall: {
    _enum: {
      set: {
        now: 'Compact<u64>'
      }
    }
  },
  /**
   * Lookup46: staging_parachain_info::pallet::Call<T>
   **/
  StagingParachainInfoCall: 'Null',
  /**
   * Lookup47: pallet_balances::pallet::Call<T, I>
   **/
  PalletBalancesCall: {
    _enum: {
      transfer_allow_death: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      __Unused1: 'Null',
      force_transfer: {
        source: 'MultiAddress',
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_keep_alive: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_all: {
        dest: 'MultiAddress',
        keepAlive: 'bool',
      },
      force_unreserve: {
        who: 'MultiAddress',
        amount: 'u128',
      },
      upgrade_accounts: {
        who: 'Vec<AccountId32>',
      },
      __Unused7: 'Null',
      force_set_balance: {
        who: 'MultiAddress',
        newFree: 'Compact<u128>',
      },
      force_adjust_total_issuance: {
        direction: 'PalletBalancesAdjustmentDirection',
        delta: 'Compact<u128>',
      },
      burn: {
        value: 'Compact<u128>',
        keepAlive: 'bool'
      }
    }
  },
  /**
   * Lookup52: pallet_balances::types::AdjustmentDirection
   **/
  PalletBalancesAdjustmentDirection: {
    _enum: ['Increase', 'Decrease']
  },
  /**
   * Lookup53: pallet_sudo::pallet::Call<T>
   **/
  PalletSudoCall: {
    _enum: {
      sudo: {
        call: 'Call',
      },
      sudo_unchecked_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      set_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      sudo_as: {
        who: 'MultiAddress',
        call: 'Call',
      },
      remove_key: 'Null'
    }
  },
  /**
   * Lookup54: sp_weights::weight_v2::Weight
   **/
  SpWeightsWeightV2Weight: {
    refTime: 'Compact<u64>',
    proofSize: 'Compact<u64>'
  },
  /**
   * Lookup55: pallet_collective::pallet::Call<T, I>
   **/
  PalletCollectiveCall: {
    _enum: {
      set_members: {
        newMembers: 'Vec<AccountId32>',
        prime: 'Option<AccountId32>',
        oldCount: 'u32',
      },
      execute: {
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      propose: {
        threshold: 'Compact<u32>',
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      vote: {
        proposal: 'H256',
        index: 'Compact<u32>',
        approve: 'bool',
      },
      __Unused4: 'Null',
      disapprove_proposal: {
        proposalHash: 'H256',
      },
      close: {
        proposalHash: 'H256',
        index: 'Compact<u32>',
        proposalWeightBound: 'SpWeightsWeightV2Weight',
        lengthBound: 'Compact<u32>',
      },
      kill: {
        proposalHash: 'H256',
      },
      release_proposal_cost: {
        proposalHash: 'H256'
      }
    }
  },
  /**
   * Lookup57: pallet_membership::pallet::Call<T, I>
   **/
  PalletMembershipCall: {
    _enum: {
      add_member: {
        who: 'MultiAddress',
      },
      remove_member: {
        who: 'MultiAddress',
      },
      swap_member: {
        remove: 'MultiAddress',
        add: 'MultiAddress',
      },
      reset_members: {
        members: 'Vec<AccountId32>',
      },
      change_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      set_prime: {
        who: 'MultiAddress',
      },
      clear_prime: 'Null'
    }
  },
  /**
   * Lookup58: pallet_preimage::pallet::Call<T>
   **/
  PalletPreimageCall: {
    _enum: {
      note_preimage: {
        bytes: 'Bytes',
      },
      unnote_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      request_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      unrequest_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      ensure_updated: {
        hashes: 'Vec<H256>'
      }
    }
  },
  /**
   * Lookup60: pallet_whitelist::pallet::Call<T>
   **/
  PalletWhitelistCall: {
    _enum: {
      whitelist_call: {
        callHash: 'H256',
      },
      remove_whitelisted_call: {
        callHash: 'H256',
      },
      dispatch_whitelisted_call: {
        callHash: 'H256',
        callEncodedLen: 'u32',
        callWeightWitness: 'SpWeightsWeightV2Weight',
      },
      dispatch_whitelisted_call_with_preimage: {
        call: 'Call',
      },
      remove_deferred_dispatch: {
        callHash: 'H256'
      }
    }
  },
  /**
   * Lookup61: pallet_collator_selection::pallet::Call<T>
   **/
  PalletCollatorSelectionCall: {
    _enum: {
      set_invulnerables: {
        _alias: {
          new_: 'new',
        },
        new_: 'Vec<AccountId32>',
      },
      set_desired_candidates: {
        max: 'u32',
      },
      set_candidacy_bond: {
        bond: 'u128',
      },
      register_as_candidate: 'Null',
      leave_intent: 'Null',
      add_invulnerable: {
        who: 'AccountId32',
      },
      remove_invulnerable: {
        who: 'AccountId32',
      },
      update_bond: {
        newDeposit: 'u128',
      },
      take_candidate_slot: {
        deposit: 'u128',
        target: 'AccountId32'
      }
    }
  },
  /**
   * Lookup62: pallet_session::pallet::Call<T>
   **/
  PalletSessionCall: {
    _enum: {
      set_keys: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'HealthchainRuntimeSessionKeys',
        proof: 'Bytes',
      },
      purge_keys: 'Null'
    }
  },
  /**
   * Lookup63: healthchain_runtime::SessionKeys
   **/
  HealthchainRuntimeSessionKeys: {
    aura: 'SpConsensusAuraSr25519AppSr25519Public'
  },
  /**
   * Lookup64: sp_consensus_aura::sr25519::app_sr25519::Public
   **/
  SpConsensusAuraSr25519AppSr25519Public: '[u8;32]',
  /**
   * Lookup65: cumulus_pallet_xcmp_queue::pallet::Call<T>
   **/
  CumulusPalletXcmpQueueCall: {
    _enum: {
      __Unused0: 'Null',
      suspend_xcm_execution: 'Null',
      resume_xcm_execution: 'Null',
      update_suspend_threshold: {
        _alias: {
          new_: 'new',
        },
        new_: 'u32',
      },
      update_drop_threshold: {
        _alias: {
          new_: 'new',
        },
        new_: 'u32',
      },
      update_resume_threshold: {
        _alias: {
          new_: 'new',
        },
        new_: 'u32'
      }
    }
  },
  /**
   * Lookup66: pallet_xcm::pallet::Call<T>
   **/
  PalletXcmCall: {
    _enum: {
      send: {
        dest: 'XcmVersionedLocation',
        message: 'XcmVersionedXcm',
      },
      teleport_assets: {
        dest: 'XcmVersionedLocation',
        beneficiary: 'XcmVersionedLocation',
        assets: 'XcmVersionedAssets',
        feeAssetItem: 'u32',
      },
      reserve_transfer_assets: {
        dest: 'XcmVersionedLocation',
        beneficiary: 'XcmVersionedLocation',
        assets: 'XcmVersionedAssets',
        feeAssetItem: 'u32',
      },
      execute: {
        message: 'XcmVersionedXcm',
        maxWeight: 'SpWeightsWeightV2Weight',
      },
      force_xcm_version: {
        location: 'StagingXcmV5Location',
        version: 'u32',
      },
      force_default_xcm_version: {
        maybeXcmVersion: 'Option<u32>',
      },
      force_subscribe_version_notify: {
        location: 'XcmVersionedLocation',
      },
      force_unsubscribe_version_notify: {
        location: 'XcmVersionedLocation',
      },
      limited_reserve_transfer_assets: {
        dest: 'XcmVersionedLocation',
        beneficiary: 'XcmVersionedLocation',
        assets: 'XcmVersionedAssets',
        feeAssetItem: 'u32',
        weightLimit: 'XcmV3WeightLimit',
      },
      limited_teleport_assets: {
        dest: 'XcmVersionedLocation',
        beneficiary: 'XcmVersionedLocation',
        assets: 'XcmVersionedAssets',
        feeAssetItem: 'u32',
        weightLimit: 'XcmV3WeightLimit',
      },
      force_suspension: {
        suspended: 'bool',
      },
      transfer_assets: {
        dest: 'XcmVersionedLocation',
        beneficiary: 'XcmVersionedLocation',
        assets: 'XcmVersionedAssets',
        feeAssetItem: 'u32',
        weightLimit: 'XcmV3WeightLimit',
      },
      claim_assets: {
        assets: 'XcmVersionedAssets',
        beneficiary: 'XcmVersionedLocation',
      },
      transfer_assets_using_type_and_then: {
        dest: 'XcmVersionedLocation',
        assets: 'XcmVersionedAssets',
        assetsTransferType: 'StagingXcmExecutorAssetTransferTransferType',
        remoteFeesId: 'XcmVersionedAssetId',
        feesTransferType: 'StagingXcmExecutorAssetTransferTransferType',
        customXcmOnDest: 'XcmVersionedXcm',
        weightLimit: 'XcmV3WeightLimit',
      },
      add_authorized_alias: {
        aliaser: 'XcmVersionedLocation',
        expires: 'Option<u64>',
      },
      remove_authorized_alias: {
        aliaser: 'XcmVersionedLocation',
      },
      remove_all_authorized_aliases: 'Null'
    }
  },
  /**
   * Lookup67: xcm::VersionedLocation
   **/
  XcmVersionedLocation: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      V3: 'StagingXcmV3MultiLocation',
      V4: 'StagingXcmV4Location',
      V5: 'StagingXcmV5Location'
    }
  },
  /**
   * Lookup68: staging_xcm::v3::multilocation::MultiLocation
   **/
  StagingXcmV3MultiLocation: {
    parents: 'u8',
    interior: 'XcmV3Junctions'
  },
  /**
   * Lookup69: xcm::v3::junctions::Junctions
   **/
  XcmV3Junctions: {
    _enum: {
      Here: 'Null',
      X1: 'XcmV3Junction',
      X2: '(XcmV3Junction,XcmV3Junction)',
      X3: '(XcmV3Junction,XcmV3Junction,XcmV3Junction)',
      X4: '(XcmV3Junction,XcmV3Junction,XcmV3Junction,XcmV3Junction)',
      X5: '(XcmV3Junction,XcmV3Junction,XcmV3Junction,XcmV3Junction,XcmV3Junction)',
      X6: '(XcmV3Junction,XcmV3Junction,XcmV3Junction,XcmV3Junction,XcmV3Junction,XcmV3Junction)',
      X7: '(XcmV3Junction,XcmV3Junction,XcmV3Junction,XcmV3Junction,XcmV3Junction,XcmV3Junction,XcmV3Junction)',
      X8: '(XcmV3Junction,XcmV3Junction,XcmV3Junction,XcmV3Junction,XcmV3Junction,XcmV3Junction,XcmV3Junction,XcmV3Junction)'
    }
  },
  /**
   * Lookup70: xcm::v3::junction::Junction
   **/
  XcmV3Junction: {
    _enum: {
      Parachain: 'Compact<u32>',
      AccountId32: {
        network: 'Option<XcmV3JunctionNetworkId>',
        id: '[u8;32]',
      },
      AccountIndex64: {
        network: 'Option<XcmV3JunctionNetworkId>',
        index: 'Compact<u64>',
      },
      AccountKey20: {
        network: 'Option<XcmV3JunctionNetworkId>',
        key: '[u8;20]',
      },
      PalletInstance: 'u8',
      GeneralIndex: 'Compact<u128>',
      GeneralKey: {
        length: 'u8',
        data: '[u8;32]',
      },
      OnlyChild: 'Null',
      Plurality: {
        id: 'XcmV3JunctionBodyId',
        part: 'XcmV3JunctionBodyPart',
      },
      GlobalConsensus: 'XcmV3JunctionNetworkId'
    }
  },
  /**
   * Lookup72: xcm::v3::junction::NetworkId
   **/
  XcmV3JunctionNetworkId: {
    _enum: {
      ByGenesis: '[u8;32]',
      ByFork: {
        blockNumber: 'u64',
        blockHash: '[u8;32]',
      },
      Polkadot: 'Null',
      Kusama: 'Null',
      Westend: 'Null',
      Rococo: 'Null',
      Wococo: 'Null',
      Ethereum: {
        chainId: 'Compact<u64>',
      },
      BitcoinCore: 'Null',
      BitcoinCash: 'Null',
      PolkadotBulletin: 'Null'
    }
  },
  /**
   * Lookup73: xcm::v3::junction::BodyId
   **/
  XcmV3JunctionBodyId: {
    _enum: {
      Unit: 'Null',
      Moniker: '[u8;4]',
      Index: 'Compact<u32>',
      Executive: 'Null',
      Technical: 'Null',
      Legislative: 'Null',
      Judicial: 'Null',
      Defense: 'Null',
      Administration: 'Null',
      Treasury: 'Null'
    }
  },
  /**
   * Lookup74: xcm::v3::junction::BodyPart
   **/
  XcmV3JunctionBodyPart: {
    _enum: {
      Voice: 'Null',
      Members: {
        count: 'Compact<u32>',
      },
      Fraction: {
        nom: 'Compact<u32>',
        denom: 'Compact<u32>',
      },
      AtLeastProportion: {
        nom: 'Compact<u32>',
        denom: 'Compact<u32>',
      },
      MoreThanProportion: {
        nom: 'Compact<u32>',
        denom: 'Compact<u32>'
      }
    }
  },
  /**
   * Lookup75: staging_xcm::v4::location::Location
   **/
  StagingXcmV4Location: {
    parents: 'u8',
    interior: 'StagingXcmV4Junctions'
  },
  /**
   * Lookup76: staging_xcm::v4::junctions::Junctions
   **/
  StagingXcmV4Junctions: {
    _enum: {
      Here: 'Null',
      X1: '[Lookup78;1]',
      X2: '[Lookup78;2]',
      X3: '[Lookup78;3]',
      X4: '[Lookup78;4]',
      X5: '[Lookup78;5]',
      X6: '[Lookup78;6]',
      X7: '[Lookup78;7]',
      X8: '[Lookup78;8]'
    }
  },
  /**
   * Lookup78: staging_xcm::v4::junction::Junction
   **/
  StagingXcmV4Junction: {
    _enum: {
      Parachain: 'Compact<u32>',
      AccountId32: {
        network: 'Option<StagingXcmV4JunctionNetworkId>',
        id: '[u8;32]',
      },
      AccountIndex64: {
        network: 'Option<StagingXcmV4JunctionNetworkId>',
        index: 'Compact<u64>',
      },
      AccountKey20: {
        network: 'Option<StagingXcmV4JunctionNetworkId>',
        key: '[u8;20]',
      },
      PalletInstance: 'u8',
      GeneralIndex: 'Compact<u128>',
      GeneralKey: {
        length: 'u8',
        data: '[u8;32]',
      },
      OnlyChild: 'Null',
      Plurality: {
        id: 'XcmV3JunctionBodyId',
        part: 'XcmV3JunctionBodyPart',
      },
      GlobalConsensus: 'StagingXcmV4JunctionNetworkId'
    }
  },
  /**
   * Lookup80: staging_xcm::v4::junction::NetworkId
   **/
  StagingXcmV4JunctionNetworkId: {
    _enum: {
      ByGenesis: '[u8;32]',
      ByFork: {
        blockNumber: 'u64',
        blockHash: '[u8;32]',
      },
      Polkadot: 'Null',
      Kusama: 'Null',
      Westend: 'Null',
      Rococo: 'Null',
      Wococo: 'Null',
      Ethereum: {
        chainId: 'Compact<u64>',
      },
      BitcoinCore: 'Null',
      BitcoinCash: 'Null',
      PolkadotBulletin: 'Null'
    }
  },
  /**
   * Lookup88: staging_xcm::v5::location::Location
   **/
  StagingXcmV5Location: {
    parents: 'u8',
    interior: 'StagingXcmV5Junctions'
  },
  /**
   * Lookup89: staging_xcm::v5::junctions::Junctions
   **/
  StagingXcmV5Junctions: {
    _enum: {
      Here: 'Null',
      X1: '[Lookup91;1]',
      X2: '[Lookup91;2]',
      X3: '[Lookup91;3]',
      X4: '[Lookup91;4]',
      X5: '[Lookup91;5]',
      X6: '[Lookup91;6]',
      X7: '[Lookup91;7]',
      X8: '[Lookup91;8]'
    }
  },
  /**
   * Lookup91: staging_xcm::v5::junction::Junction
   **/
  StagingXcmV5Junction: {
    _enum: {
      Parachain: 'Compact<u32>',
      AccountId32: {
        network: 'Option<StagingXcmV5JunctionNetworkId>',
        id: '[u8;32]',
      },
      AccountIndex64: {
        network: 'Option<StagingXcmV5JunctionNetworkId>',
        index: 'Compact<u64>',
      },
      AccountKey20: {
        network: 'Option<StagingXcmV5JunctionNetworkId>',
        key: '[u8;20]',
      },
      PalletInstance: 'u8',
      GeneralIndex: 'Compact<u128>',
      GeneralKey: {
        length: 'u8',
        data: '[u8;32]',
      },
      OnlyChild: 'Null',
      Plurality: {
        id: 'XcmV3JunctionBodyId',
        part: 'XcmV3JunctionBodyPart',
      },
      GlobalConsensus: 'StagingXcmV5JunctionNetworkId'
    }
  },
  /**
   * Lookup93: staging_xcm::v5::junction::NetworkId
   **/
  StagingXcmV5JunctionNetworkId: {
    _enum: {
      ByGenesis: '[u8;32]',
      ByFork: {
        blockNumber: 'u64',
        blockHash: '[u8;32]',
      },
      Polkadot: 'Null',
      Kusama: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      Ethereum: {
        chainId: 'Compact<u64>',
      },
      BitcoinCore: 'Null',
      BitcoinCash: 'Null',
      PolkadotBulletin: 'Null'
    }
  },
  /**
   * Lookup101: xcm::VersionedXcm<RuntimeCall>
   **/
  XcmVersionedXcm: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      V3: 'XcmV3Xcm',
      V4: 'StagingXcmV4Xcm',
      V5: 'StagingXcmV5Xcm'
    }
  },
  /**
   * Lookup102: xcm::v3::Xcm<Call>
   **/
  XcmV3Xcm: 'Vec<XcmV3Instruction>',
  /**
   * Lookup104: xcm::v3::Instruction<Call>
   **/
  XcmV3Instruction: {
    _enum: {
      WithdrawAsset: 'XcmV3MultiassetMultiAssets',
      ReserveAssetDeposited: 'XcmV3MultiassetMultiAssets',
      ReceiveTeleportedAsset: 'XcmV3MultiassetMultiAssets',
      QueryResponse: {
        queryId: 'Compact<u64>',
        response: 'XcmV3Response',
        maxWeight: 'SpWeightsWeightV2Weight',
        querier: 'Option<StagingXcmV3MultiLocation>',
      },
      TransferAsset: {
        assets: 'XcmV3MultiassetMultiAssets',
        beneficiary: 'StagingXcmV3MultiLocation',
      },
      TransferReserveAsset: {
        assets: 'XcmV3MultiassetMultiAssets',
        dest: 'StagingXcmV3MultiLocation',
        xcm: 'XcmV3Xcm',
      },
      Transact: {
        originKind: 'XcmV3OriginKind',
        requireWeightAtMost: 'SpWeightsWeightV2Weight',
        call: 'XcmDoubleEncoded',
      },
      HrmpNewChannelOpenRequest: {
        sender: 'Compact<u32>',
        maxMessageSize: 'Compact<u32>',
        maxCapacity: 'Compact<u32>',
      },
      HrmpChannelAccepted: {
        recipient: 'Compact<u32>',
      },
      HrmpChannelClosing: {
        initiator: 'Compact<u32>',
        sender: 'Compact<u32>',
        recipient: 'Compact<u32>',
      },
      ClearOrigin: 'Null',
      DescendOrigin: 'XcmV3Junctions',
      ReportError: 'XcmV3QueryResponseInfo',
      DepositAsset: {
        assets: 'XcmV3MultiassetMultiAssetFilter',
        beneficiary: 'StagingXcmV3MultiLocation',
      },
      DepositReserveAsset: {
        assets: 'XcmV3MultiassetMultiAssetFilter',
        dest: 'StagingXcmV3MultiLocation',
        xcm: 'XcmV3Xcm',
      },
      ExchangeAsset: {
        give: 'XcmV3MultiassetMultiAssetFilter',
        want: 'XcmV3MultiassetMultiAssets',
        maximal: 'bool',
      },
      InitiateReserveWithdraw: {
        assets: 'XcmV3MultiassetMultiAssetFilter',
        reserve: 'StagingXcmV3MultiLocation',
        xcm: 'XcmV3Xcm',
      },
      InitiateTeleport: {
        assets: 'XcmV3MultiassetMultiAssetFilter',
        dest: 'StagingXcmV3MultiLocation',
        xcm: 'XcmV3Xcm',
      },
      ReportHolding: {
        responseInfo: 'XcmV3QueryResponseInfo',
        assets: 'XcmV3MultiassetMultiAssetFilter',
      },
      BuyExecution: {
        fees: 'XcmV3MultiAsset',
        weightLimit: 'XcmV3WeightLimit',
      },
      RefundSurplus: 'Null',
      SetErrorHandler: 'XcmV3Xcm',
      SetAppendix: 'XcmV3Xcm',
      ClearError: 'Null',
      ClaimAsset: {
        assets: 'XcmV3MultiassetMultiAssets',
        ticket: 'StagingXcmV3MultiLocation',
      },
      Trap: 'Compact<u64>',
      SubscribeVersion: {
        queryId: 'Compact<u64>',
        maxResponseWeight: 'SpWeightsWeightV2Weight',
      },
      UnsubscribeVersion: 'Null',
      BurnAsset: 'XcmV3MultiassetMultiAssets',
      ExpectAsset: 'XcmV3MultiassetMultiAssets',
      ExpectOrigin: 'Option<StagingXcmV3MultiLocation>',
      ExpectError: 'Option<(u32,XcmV3TraitsError)>',
      ExpectTransactStatus: 'XcmV3MaybeErrorCode',
      QueryPallet: {
        moduleName: 'Bytes',
        responseInfo: 'XcmV3QueryResponseInfo',
      },
      ExpectPallet: {
        index: 'Compact<u32>',
        name: 'Bytes',
        moduleName: 'Bytes',
        crateMajor: 'Compact<u32>',
        minCrateMinor: 'Compact<u32>',
      },
      ReportTransactStatus: 'XcmV3QueryResponseInfo',
      ClearTransactStatus: 'Null',
      UniversalOrigin: 'XcmV3Junction',
      ExportMessage: {
        network: 'XcmV3JunctionNetworkId',
        destination: 'XcmV3Junctions',
        xcm: 'XcmV3Xcm',
      },
      LockAsset: {
        asset: 'XcmV3MultiAsset',
        unlocker: 'StagingXcmV3MultiLocation',
      },
      UnlockAsset: {
        asset: 'XcmV3MultiAsset',
        target: 'StagingXcmV3MultiLocation',
      },
      NoteUnlockable: {
        asset: 'XcmV3MultiAsset',
        owner: 'StagingXcmV3MultiLocation',
      },
      RequestUnlock: {
        asset: 'XcmV3MultiAsset',
        locker: 'StagingXcmV3MultiLocation',
      },
      SetFeesMode: {
        jitWithdraw: 'bool',
      },
      SetTopic: '[u8;32]',
      ClearTopic: 'Null',
      AliasOrigin: 'StagingXcmV3MultiLocation',
      UnpaidExecution: {
        weightLimit: 'XcmV3WeightLimit',
        checkOrigin: 'Option<StagingXcmV3MultiLocation>'
      }
    }
  },
  /**
   * Lookup105: xcm::v3::multiasset::MultiAssets
   **/
  XcmV3MultiassetMultiAssets: 'Vec<XcmV3MultiAsset>',
  /**
   * Lookup107: xcm::v3::multiasset::MultiAsset
   **/
  XcmV3MultiAsset: {
    id: 'XcmV3MultiassetAssetId',
    fun: 'XcmV3MultiassetFungibility'
  },
  /**
   * Lookup108: xcm::v3::multiasset::AssetId
   **/
  XcmV3MultiassetAssetId: {
    _enum: {
      Concrete: 'StagingXcmV3MultiLocation',
      Abstract: '[u8;32]'
    }
  },
  /**
   * Lookup109: xcm::v3::multiasset::Fungibility
   **/
  XcmV3MultiassetFungibility: {
    _enum: {
      Fungible: 'Compact<u128>',
      NonFungible: 'XcmV3MultiassetAssetInstance'
    }
  },
  /**
   * Lookup110: xcm::v3::multiasset::AssetInstance
   **/
  XcmV3MultiassetAssetInstance: {
    _enum: {
      Undefined: 'Null',
      Index: 'Compact<u128>',
      Array4: '[u8;4]',
      Array8: '[u8;8]',
      Array16: '[u8;16]',
      Array32: '[u8;32]'
    }
  },
  /**
   * Lookup113: xcm::v3::Response
   **/
  XcmV3Response: {
    _enum: {
      Null: 'Null',
      Assets: 'XcmV3MultiassetMultiAssets',
      ExecutionResult: 'Option<(u32,XcmV3TraitsError)>',
      Version: 'u32',
      PalletsInfo: 'Vec<XcmV3PalletInfo>',
      DispatchResult: 'XcmV3MaybeErrorCode'
    }
  },
  /**
   * Lookup116: xcm::v3::traits::Error
   **/
  XcmV3TraitsError: {
    _enum: {
      Overflow: 'Null',
      Unimplemented: 'Null',
      UntrustedReserveLocation: 'Null',
      UntrustedTeleportLocation: 'Null',
      LocationFull: 'Null',
      LocationNotInvertible: 'Null',
      BadOrigin: 'Null',
      InvalidLocation: 'Null',
      AssetNotFound: 'Null',
      FailedToTransactAsset: 'Null',
      NotWithdrawable: 'Null',
      LocationCannotHold: 'Null',
      ExceedsMaxMessageSize: 'Null',
      DestinationUnsupported: 'Null',
      Transport: 'Null',
      Unroutable: 'Null',
      UnknownClaim: 'Null',
      FailedToDecode: 'Null',
      MaxWeightInvalid: 'Null',
      NotHoldingFees: 'Null',
      TooExpensive: 'Null',
      Trap: 'u64',
      ExpectationFalse: 'Null',
      PalletNotFound: 'Null',
      NameMismatch: 'Null',
      VersionIncompatible: 'Null',
      HoldingWouldOverflow: 'Null',
      ExportError: 'Null',
      ReanchorFailed: 'Null',
      NoDeal: 'Null',
      FeesNotMet: 'Null',
      LockError: 'Null',
      NoPermission: 'Null',
      Unanchored: 'Null',
      NotDepositable: 'Null',
      UnhandledXcmVersion: 'Null',
      WeightLimitReached: 'SpWeightsWeightV2Weight',
      Barrier: 'Null',
      WeightNotComputable: 'Null',
      ExceedsStackLimit: 'Null'
    }
  },
  /**
   * Lookup118: xcm::v3::PalletInfo
   **/
  XcmV3PalletInfo: {
    index: 'Compact<u32>',
    name: 'Bytes',
    moduleName: 'Bytes',
    major: 'Compact<u32>',
    minor: 'Compact<u32>',
    patch: 'Compact<u32>'
  },
  /**
   * Lookup121: xcm::v3::MaybeErrorCode
   **/
  XcmV3MaybeErrorCode: {
    _enum: {
      Success: 'Null',
      Error: 'Bytes',
      TruncatedError: 'Bytes'
    }
  },
  /**
   * Lookup124: xcm::v3::OriginKind
   **/
  XcmV3OriginKind: {
    _enum: ['Native', 'SovereignAccount', 'Superuser', 'Xcm']
  },
  /**
   * Lookup125: xcm::double_encoded::DoubleEncoded<T>
   **/
  XcmDoubleEncoded: {
    encoded: 'Bytes'
  },
  /**
   * Lookup126: xcm::v3::QueryResponseInfo
   **/
  XcmV3QueryResponseInfo: {
    destination: 'StagingXcmV3MultiLocation',
    queryId: 'Compact<u64>',
    maxWeight: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup127: xcm::v3::multiasset::MultiAssetFilter
   **/
  XcmV3MultiassetMultiAssetFilter: {
    _enum: {
      Definite: 'XcmV3MultiassetMultiAssets',
      Wild: 'XcmV3MultiassetWildMultiAsset'
    }
  },
  /**
   * Lookup128: xcm::v3::multiasset::WildMultiAsset
   **/
  XcmV3MultiassetWildMultiAsset: {
    _enum: {
      All: 'Null',
      AllOf: {
        id: 'XcmV3MultiassetAssetId',
        fun: 'XcmV3MultiassetWildFungibility',
      },
      AllCounted: 'Compact<u32>',
      AllOfCounted: {
        id: 'XcmV3MultiassetAssetId',
        fun: 'XcmV3MultiassetWildFungibility',
        count: 'Compact<u32>'
      }
    }
  },
  /**
   * Lookup129: xcm::v3::multiasset::WildFungibility
   **/
  XcmV3MultiassetWildFungibility: {
    _enum: ['Fungible', 'NonFungible']
  },
  /**
   * Lookup130: xcm::v3::WeightLimit
   **/
  XcmV3WeightLimit: {
    _enum: {
      Unlimited: 'Null',
      Limited: 'SpWeightsWeightV2Weight'
    }
  },
  /**
   * Lookup131: staging_xcm::v4::Xcm<Call>
   **/
  StagingXcmV4Xcm: 'Vec<StagingXcmV4Instruction>',
  /**
   * Lookup133: staging_xcm::v4::Instruction<Call>
   **/
  StagingXcmV4Instruction: {
    _enum: {
      WithdrawAsset: 'StagingXcmV4AssetAssets',
      ReserveAssetDeposited: 'StagingXcmV4AssetAssets',
      ReceiveTeleportedAsset: 'StagingXcmV4AssetAssets',
      QueryResponse: {
        queryId: 'Compact<u64>',
        response: 'StagingXcmV4Response',
        maxWeight: 'SpWeightsWeightV2Weight',
        querier: 'Option<StagingXcmV4Location>',
      },
      TransferAsset: {
        assets: 'StagingXcmV4AssetAssets',
        beneficiary: 'StagingXcmV4Location',
      },
      TransferReserveAsset: {
        assets: 'StagingXcmV4AssetAssets',
        dest: 'StagingXcmV4Location',
        xcm: 'StagingXcmV4Xcm',
      },
      Transact: {
        originKind: 'XcmV3OriginKind',
        requireWeightAtMost: 'SpWeightsWeightV2Weight',
        call: 'XcmDoubleEncoded',
      },
      HrmpNewChannelOpenRequest: {
        sender: 'Compact<u32>',
        maxMessageSize: 'Compact<u32>',
        maxCapacity: 'Compact<u32>',
      },
      HrmpChannelAccepted: {
        recipient: 'Compact<u32>',
      },
      HrmpChannelClosing: {
        initiator: 'Compact<u32>',
        sender: 'Compact<u32>',
        recipient: 'Compact<u32>',
      },
      ClearOrigin: 'Null',
      DescendOrigin: 'StagingXcmV4Junctions',
      ReportError: 'StagingXcmV4QueryResponseInfo',
      DepositAsset: {
        assets: 'StagingXcmV4AssetAssetFilter',
        beneficiary: 'StagingXcmV4Location',
      },
      DepositReserveAsset: {
        assets: 'StagingXcmV4AssetAssetFilter',
        dest: 'StagingXcmV4Location',
        xcm: 'StagingXcmV4Xcm',
      },
      ExchangeAsset: {
        give: 'StagingXcmV4AssetAssetFilter',
        want: 'StagingXcmV4AssetAssets',
        maximal: 'bool',
      },
      InitiateReserveWithdraw: {
        assets: 'StagingXcmV4AssetAssetFilter',
        reserve: 'StagingXcmV4Location',
        xcm: 'StagingXcmV4Xcm',
      },
      InitiateTeleport: {
        assets: 'StagingXcmV4AssetAssetFilter',
        dest: 'StagingXcmV4Location',
        xcm: 'StagingXcmV4Xcm',
      },
      ReportHolding: {
        responseInfo: 'StagingXcmV4QueryResponseInfo',
        assets: 'StagingXcmV4AssetAssetFilter',
      },
      BuyExecution: {
        fees: 'StagingXcmV4Asset',
        weightLimit: 'XcmV3WeightLimit',
      },
      RefundSurplus: 'Null',
      SetErrorHandler: 'StagingXcmV4Xcm',
      SetAppendix: 'StagingXcmV4Xcm',
      ClearError: 'Null',
      ClaimAsset: {
        assets: 'StagingXcmV4AssetAssets',
        ticket: 'StagingXcmV4Location',
      },
      Trap: 'Compact<u64>',
      SubscribeVersion: {
        queryId: 'Compact<u64>',
        maxResponseWeight: 'SpWeightsWeightV2Weight',
      },
      UnsubscribeVersion: 'Null',
      BurnAsset: 'StagingXcmV4AssetAssets',
      ExpectAsset: 'StagingXcmV4AssetAssets',
      ExpectOrigin: 'Option<StagingXcmV4Location>',
      ExpectError: 'Option<(u32,XcmV3TraitsError)>',
      ExpectTransactStatus: 'XcmV3MaybeErrorCode',
      QueryPallet: {
        moduleName: 'Bytes',
        responseInfo: 'StagingXcmV4QueryResponseInfo',
      },
      ExpectPallet: {
        index: 'Compact<u32>',
        name: 'Bytes',
        moduleName: 'Bytes',
        crateMajor: 'Compact<u32>',
        minCrateMinor: 'Compact<u32>',
      },
      ReportTransactStatus: 'StagingXcmV4QueryResponseInfo',
      ClearTransactStatus: 'Null',
      UniversalOrigin: 'StagingXcmV4Junction',
      ExportMessage: {
        network: 'StagingXcmV4JunctionNetworkId',
        destination: 'StagingXcmV4Junctions',
        xcm: 'StagingXcmV4Xcm',
      },
      LockAsset: {
        asset: 'StagingXcmV4Asset',
        unlocker: 'StagingXcmV4Location',
      },
      UnlockAsset: {
        asset: 'StagingXcmV4Asset',
        target: 'StagingXcmV4Location',
      },
      NoteUnlockable: {
        asset: 'StagingXcmV4Asset',
        owner: 'StagingXcmV4Location',
      },
      RequestUnlock: {
        asset: 'StagingXcmV4Asset',
        locker: 'StagingXcmV4Location',
      },
      SetFeesMode: {
        jitWithdraw: 'bool',
      },
      SetTopic: '[u8;32]',
      ClearTopic: 'Null',
      AliasOrigin: 'StagingXcmV4Location',
      UnpaidExecution: {
        weightLimit: 'XcmV3WeightLimit',
        checkOrigin: 'Option<StagingXcmV4Location>'
      }
    }
  },
  /**
   * Lookup134: staging_xcm::v4::asset::Assets
   **/
  StagingXcmV4AssetAssets: 'Vec<StagingXcmV4Asset>',
  /**
   * Lookup136: staging_xcm::v4::asset::Asset
   **/
  StagingXcmV4Asset: {
    id: 'StagingXcmV4AssetAssetId',
    fun: 'StagingXcmV4AssetFungibility'
  },
  /**
   * Lookup137: staging_xcm::v4::asset::AssetId
   **/
  StagingXcmV4AssetAssetId: 'StagingXcmV4Location',
  /**
   * Lookup138: staging_xcm::v4::asset::Fungibility
   **/
  StagingXcmV4AssetFungibility: {
    _enum: {
      Fungible: 'Compact<u128>',
      NonFungible: 'StagingXcmV4AssetAssetInstance'
    }
  },
  /**
   * Lookup139: staging_xcm::v4::asset::AssetInstance
   **/
  StagingXcmV4AssetAssetInstance: {
    _enum: {
      Undefined: 'Null',
      Index: 'Compact<u128>',
      Array4: '[u8;4]',
      Array8: '[u8;8]',
      Array16: '[u8;16]',
      Array32: '[u8;32]'
    }
  },
  /**
   * Lookup140: staging_xcm::v4::Response
   **/
  StagingXcmV4Response: {
    _enum: {
      Null: 'Null',
      Assets: 'StagingXcmV4AssetAssets',
      ExecutionResult: 'Option<(u32,XcmV3TraitsError)>',
      Version: 'u32',
      PalletsInfo: 'Vec<StagingXcmV4PalletInfo>',
      DispatchResult: 'XcmV3MaybeErrorCode'
    }
  },
  /**
   * Lookup142: staging_xcm::v4::PalletInfo
   **/
  StagingXcmV4PalletInfo: {
    index: 'Compact<u32>',
    name: 'Bytes',
    moduleName: 'Bytes',
    major: 'Compact<u32>',
    minor: 'Compact<u32>',
    patch: 'Compact<u32>'
  },
  /**
   * Lookup146: staging_xcm::v4::QueryResponseInfo
   **/
  StagingXcmV4QueryResponseInfo: {
    destination: 'StagingXcmV4Location',
    queryId: 'Compact<u64>',
    maxWeight: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup147: staging_xcm::v4::asset::AssetFilter
   **/
  StagingXcmV4AssetAssetFilter: {
    _enum: {
      Definite: 'StagingXcmV4AssetAssets',
      Wild: 'StagingXcmV4AssetWildAsset'
    }
  },
  /**
   * Lookup148: staging_xcm::v4::asset::WildAsset
   **/
  StagingXcmV4AssetWildAsset: {
    _enum: {
      All: 'Null',
      AllOf: {
        id: 'StagingXcmV4AssetAssetId',
        fun: 'StagingXcmV4AssetWildFungibility',
      },
      AllCounted: 'Compact<u32>',
      AllOfCounted: {
        id: 'StagingXcmV4AssetAssetId',
        fun: 'StagingXcmV4AssetWildFungibility',
        count: 'Compact<u32>'
      }
    }
  },
  /**
   * Lookup149: staging_xcm::v4::asset::WildFungibility
   **/
  StagingXcmV4AssetWildFungibility: {
    _enum: ['Fungible', 'NonFungible']
  },
  /**
   * Lookup150: staging_xcm::v5::Xcm<Call>
   **/
  StagingXcmV5Xcm: 'Vec<StagingXcmV5Instruction>',
  /**
   * Lookup152: staging_xcm::v5::Instruction<Call>
   **/
  StagingXcmV5Instruction: {
    _enum: {
      WithdrawAsset: 'StagingXcmV5AssetAssets',
      ReserveAssetDeposited: 'StagingXcmV5AssetAssets',
      ReceiveTeleportedAsset: 'StagingXcmV5AssetAssets',
      QueryResponse: {
        queryId: 'Compact<u64>',
        response: 'StagingXcmV5Response',
        maxWeight: 'SpWeightsWeightV2Weight',
        querier: 'Option<StagingXcmV5Location>',
      },
      TransferAsset: {
        assets: 'StagingXcmV5AssetAssets',
        beneficiary: 'StagingXcmV5Location',
      },
      TransferReserveAsset: {
        assets: 'StagingXcmV5AssetAssets',
        dest: 'StagingXcmV5Location',
        xcm: 'StagingXcmV5Xcm',
      },
      Transact: {
        originKind: 'XcmV3OriginKind',
        fallbackMaxWeight: 'Option<SpWeightsWeightV2Weight>',
        call: 'XcmDoubleEncoded',
      },
      HrmpNewChannelOpenRequest: {
        sender: 'Compact<u32>',
        maxMessageSize: 'Compact<u32>',
        maxCapacity: 'Compact<u32>',
      },
      HrmpChannelAccepted: {
        recipient: 'Compact<u32>',
      },
      HrmpChannelClosing: {
        initiator: 'Compact<u32>',
        sender: 'Compact<u32>',
        recipient: 'Compact<u32>',
      },
      ClearOrigin: 'Null',
      DescendOrigin: 'StagingXcmV5Junctions',
      ReportError: 'StagingXcmV5QueryResponseInfo',
      DepositAsset: {
        assets: 'StagingXcmV5AssetAssetFilter',
        beneficiary: 'StagingXcmV5Location',
      },
      DepositReserveAsset: {
        assets: 'StagingXcmV5AssetAssetFilter',
        dest: 'StagingXcmV5Location',
        xcm: 'StagingXcmV5Xcm',
      },
      ExchangeAsset: {
        give: 'StagingXcmV5AssetAssetFilter',
        want: 'StagingXcmV5AssetAssets',
        maximal: 'bool',
      },
      InitiateReserveWithdraw: {
        assets: 'StagingXcmV5AssetAssetFilter',
        reserve: 'StagingXcmV5Location',
        xcm: 'StagingXcmV5Xcm',
      },
      InitiateTeleport: {
        assets: 'StagingXcmV5AssetAssetFilter',
        dest: 'StagingXcmV5Location',
        xcm: 'StagingXcmV5Xcm',
      },
      ReportHolding: {
        responseInfo: 'StagingXcmV5QueryResponseInfo',
        assets: 'StagingXcmV5AssetAssetFilter',
      },
      BuyExecution: {
        fees: 'StagingXcmV5Asset',
        weightLimit: 'XcmV3WeightLimit',
      },
      RefundSurplus: 'Null',
      SetErrorHandler: 'StagingXcmV5Xcm',
      SetAppendix: 'StagingXcmV5Xcm',
      ClearError: 'Null',
      ClaimAsset: {
        assets: 'StagingXcmV5AssetAssets',
        ticket: 'StagingXcmV5Location',
      },
      Trap: 'Compact<u64>',
      SubscribeVersion: {
        queryId: 'Compact<u64>',
        maxResponseWeight: 'SpWeightsWeightV2Weight',
      },
      UnsubscribeVersion: 'Null',
      BurnAsset: 'StagingXcmV5AssetAssets',
      ExpectAsset: 'StagingXcmV5AssetAssets',
      ExpectOrigin: 'Option<StagingXcmV5Location>',
      ExpectError: 'Option<(u32,XcmV5TraitsError)>',
      ExpectTransactStatus: 'XcmV3MaybeErrorCode',
      QueryPallet: {
        moduleName: 'Bytes',
        responseInfo: 'StagingXcmV5QueryResponseInfo',
      },
      ExpectPallet: {
        index: 'Compact<u32>',
        name: 'Bytes',
        moduleName: 'Bytes',
        crateMajor: 'Compact<u32>',
        minCrateMinor: 'Compact<u32>',
      },
      ReportTransactStatus: 'StagingXcmV5QueryResponseInfo',
      ClearTransactStatus: 'Null',
      UniversalOrigin: 'StagingXcmV5Junction',
      ExportMessage: {
        network: 'StagingXcmV5JunctionNetworkId',
        destination: 'StagingXcmV5Junctions',
        xcm: 'StagingXcmV5Xcm',
      },
      LockAsset: {
        asset: 'StagingXcmV5Asset',
        unlocker: 'StagingXcmV5Location',
      },
      UnlockAsset: {
        asset: 'StagingXcmV5Asset',
        target: 'StagingXcmV5Location',
      },
      NoteUnlockable: {
        asset: 'StagingXcmV5Asset',
        owner: 'StagingXcmV5Location',
      },
      RequestUnlock: {
        asset: 'StagingXcmV5Asset',
        locker: 'StagingXcmV5Location',
      },
      SetFeesMode: {
        jitWithdraw: 'bool',
      },
      SetTopic: '[u8;32]',
      ClearTopic: 'Null',
      AliasOrigin: 'StagingXcmV5Location',
      UnpaidExecution: {
        weightLimit: 'XcmV3WeightLimit',
        checkOrigin: 'Option<StagingXcmV5Location>',
      },
      PayFees: {
        asset: 'StagingXcmV5Asset',
      },
      InitiateTransfer: {
        destination: 'StagingXcmV5Location',
        remoteFees: 'Option<StagingXcmV5AssetAssetTransferFilter>',
        preserveOrigin: 'bool',
        assets: 'Vec<StagingXcmV5AssetAssetTransferFilter>',
        remoteXcm: 'StagingXcmV5Xcm',
      },
      ExecuteWithOrigin: {
        descendantOrigin: 'Option<StagingXcmV5Junctions>',
        xcm: 'StagingXcmV5Xcm',
      },
      SetHints: {
        hints: 'Vec<StagingXcmV5Hint>'
      }
    }
  },
  /**
   * Lookup153: staging_xcm::v5::asset::Assets
   **/
  StagingXcmV5AssetAssets: 'Vec<StagingXcmV5Asset>',
  /**
   * Lookup155: staging_xcm::v5::asset::Asset
   **/
  StagingXcmV5Asset: {
    id: 'StagingXcmV5AssetAssetId',
    fun: 'StagingXcmV5AssetFungibility'
  },
  /**
   * Lookup156: staging_xcm::v5::asset::AssetId
   **/
  StagingXcmV5AssetAssetId: 'StagingXcmV5Location',
  /**
   * Lookup157: staging_xcm::v5::asset::Fungibility
   **/
  StagingXcmV5AssetFungibility: {
    _enum: {
      Fungible: 'Compact<u128>',
      NonFungible: 'StagingXcmV5AssetAssetInstance'
    }
  },
  /**
   * Lookup158: staging_xcm::v5::asset::AssetInstance
   **/
  StagingXcmV5AssetAssetInstance: {
    _enum: {
      Undefined: 'Null',
      Index: 'Compact<u128>',
      Array4: '[u8;4]',
      Array8: '[u8;8]',
      Array16: '[u8;16]',
      Array32: '[u8;32]'
    }
  },
  /**
   * Lookup159: staging_xcm::v5::Response
   **/
  StagingXcmV5Response: {
    _enum: {
      Null: 'Null',
      Assets: 'StagingXcmV5AssetAssets',
      ExecutionResult: 'Option<(u32,XcmV5TraitsError)>',
      Version: 'u32',
      PalletsInfo: 'Vec<StagingXcmV5PalletInfo>',
      DispatchResult: 'XcmV3MaybeErrorCode'
    }
  },
  /**
   * Lookup162: xcm::v5::traits::Error
   **/
  XcmV5TraitsError: {
    _enum: {
      Overflow: 'Null',
      Unimplemented: 'Null',
      UntrustedReserveLocation: 'Null',
      UntrustedTeleportLocation: 'Null',
      LocationFull: 'Null',
      LocationNotInvertible: 'Null',
      BadOrigin: 'Null',
      InvalidLocation: 'Null',
      AssetNotFound: 'Null',
      FailedToTransactAsset: 'Null',
      NotWithdrawable: 'Null',
      LocationCannotHold: 'Null',
      ExceedsMaxMessageSize: 'Null',
      DestinationUnsupported: 'Null',
      Transport: 'Null',
      Unroutable: 'Null',
      UnknownClaim: 'Null',
      FailedToDecode: 'Null',
      MaxWeightInvalid: 'Null',
      NotHoldingFees: 'Null',
      TooExpensive: 'Null',
      Trap: 'u64',
      ExpectationFalse: 'Null',
      PalletNotFound: 'Null',
      NameMismatch: 'Null',
      VersionIncompatible: 'Null',
      HoldingWouldOverflow: 'Null',
      ExportError: 'Null',
      ReanchorFailed: 'Null',
      NoDeal: 'Null',
      FeesNotMet: 'Null',
      LockError: 'Null',
      NoPermission: 'Null',
      Unanchored: 'Null',
      NotDepositable: 'Null',
      TooManyAssets: 'Null',
      UnhandledXcmVersion: 'Null',
      WeightLimitReached: 'SpWeightsWeightV2Weight',
      Barrier: 'Null',
      WeightNotComputable: 'Null',
      ExceedsStackLimit: 'Null'
    }
  },
  /**
   * Lookup164: staging_xcm::v5::PalletInfo
   **/
  StagingXcmV5PalletInfo: {
    index: 'Compact<u32>',
    name: 'Bytes',
    moduleName: 'Bytes',
    major: 'Compact<u32>',
    minor: 'Compact<u32>',
    patch: 'Compact<u32>'
  },
  /**
   * Lookup169: staging_xcm::v5::QueryResponseInfo
   **/
  StagingXcmV5QueryResponseInfo: {
    destination: 'StagingXcmV5Location',
    queryId: 'Compact<u64>',
    maxWeight: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup170: staging_xcm::v5::asset::AssetFilter
   **/
  StagingXcmV5AssetAssetFilter: {
    _enum: {
      Definite: 'StagingXcmV5AssetAssets',
      Wild: 'StagingXcmV5AssetWildAsset'
    }
  },
  /**
   * Lookup171: staging_xcm::v5::asset::WildAsset
   **/
  StagingXcmV5AssetWildAsset: {
    _enum: {
      All: 'Null',
      AllOf: {
        id: 'StagingXcmV5AssetAssetId',
        fun: 'StagingXcmV5AssetWildFungibility',
      },
      AllCounted: 'Compact<u32>',
      AllOfCounted: {
        id: 'StagingXcmV5AssetAssetId',
        fun: 'StagingXcmV5AssetWildFungibility',
        count: 'Compact<u32>'
      }
    }
  },
  /**
   * Lookup172: staging_xcm::v5::asset::WildFungibility
   **/
  StagingXcmV5AssetWildFungibility: {
    _enum: ['Fungible', 'NonFungible']
  },
  /**
   * Lookup174: staging_xcm::v5::asset::AssetTransferFilter
   **/
  StagingXcmV5AssetAssetTransferFilter: {
    _enum: {
      Teleport: 'StagingXcmV5AssetAssetFilter',
      ReserveDeposit: 'StagingXcmV5AssetAssetFilter',
      ReserveWithdraw: 'StagingXcmV5AssetAssetFilter'
    }
  },
  /**
   * Lookup179: staging_xcm::v5::Hint
   **/
  StagingXcmV5Hint: {
    _enum: {
      AssetClaimer: {
        location: 'StagingXcmV5Location'
      }
    }
  },
  /**
   * Lookup181: xcm::VersionedAssets
   **/
  XcmVersionedAssets: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      V3: 'XcmV3MultiassetMultiAssets',
      V4: 'StagingXcmV4AssetAssets',
      V5: 'StagingXcmV5AssetAssets'
    }
  },
  /**
   * Lookup194: staging_xcm_executor::traits::asset_transfer::TransferType
   **/
  StagingXcmExecutorAssetTransferTransferType: {
    _enum: {
      Teleport: 'Null',
      LocalReserve: 'Null',
      DestinationReserve: 'Null',
      RemoteReserve: 'XcmVersionedLocation'
    }
  },
  /**
   * Lookup195: xcm::VersionedAssetId
   **/
  XcmVersionedAssetId: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      V3: 'XcmV3MultiassetAssetId',
      V4: 'StagingXcmV4AssetAssetId',
      V5: 'StagingXcmV5AssetAssetId'
    }
  },
  /**
   * Lookup197: cumulus_pallet_xcm::pallet::Call<T>
   **/
  CumulusPalletXcmCall: 'Null',
  /**
   * Lookup198: pallet_message_queue::pallet::Call<T>
   **/
  PalletMessageQueueCall: {
    _enum: {
      reap_page: {
        messageOrigin: 'CumulusPrimitivesCoreAggregateMessageOrigin',
        pageIndex: 'u32',
      },
      execute_overweight: {
        messageOrigin: 'CumulusPrimitivesCoreAggregateMessageOrigin',
        page: 'u32',
        index: 'u32',
        weightLimit: 'SpWeightsWeightV2Weight'
      }
    }
  },
  /**
   * Lookup199: cumulus_primitives_core::AggregateMessageOrigin
   **/
  CumulusPrimitivesCoreAggregateMessageOrigin: {
    _enum: {
      Here: 'Null',
      Parent: 'Null',
      Sibling: 'u32'
    }
  },
  /**
   * Lookup200: pallet_utility::pallet::Call<T>
   **/
  PalletUtilityCall: {
    _enum: {
      batch: {
        calls: 'Vec<Call>',
      },
      as_derivative: {
        index: 'u16',
        call: 'Call',
      },
      batch_all: {
        calls: 'Vec<Call>',
      },
      dispatch_as: {
        asOrigin: 'HealthchainRuntimeOriginCaller',
        call: 'Call',
      },
      force_batch: {
        calls: 'Vec<Call>',
      },
      with_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      if_else: {
        main: 'Call',
        fallback: 'Call',
      },
      dispatch_as_fallible: {
        asOrigin: 'HealthchainRuntimeOriginCaller',
        call: 'Call'
      }
    }
  },
  /**
   * Lookup203: healthchain_runtime::OriginCaller
   **/
  HealthchainRuntimeOriginCaller: {
    _enum: {
      system: 'FrameSupportDispatchRawOrigin',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      Council: 'PalletCollectiveRawOrigin',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      __Unused20: 'Null',
      __Unused21: 'Null',
      __Unused22: 'Null',
      __Unused23: 'Null',
      __Unused24: 'Null',
      __Unused25: 'Null',
      __Unused26: 'Null',
      __Unused27: 'Null',
      __Unused28: 'Null',
      __Unused29: 'Null',
      __Unused30: 'Null',
      PolkadotXcm: 'PalletXcmOrigin',
      CumulusXcm: 'CumulusPalletXcmOrigin'
    }
  },
  /**
   * Lookup204: frame_support::dispatch::RawOrigin<sp_core::crypto::AccountId32>
   **/
  FrameSupportDispatchRawOrigin: {
    _enum: {
      Root: 'Null',
      Signed: 'AccountId32',
      None: 'Null',
      Authorized: 'Null'
    }
  },
  /**
   * Lookup205: pallet_collective::RawOrigin<sp_core::crypto::AccountId32, I>
   **/
  PalletCollectiveRawOrigin: {
    _enum: {
      Members: '(u32,u32)',
      Member: 'AccountId32',
      _Phantom: 'Null'
    }
  },
  /**
   * Lookup206: pallet_xcm::pallet::Origin
   **/
  PalletXcmOrigin: {
    _enum: {
      Xcm: 'StagingXcmV5Location',
      Response: 'StagingXcmV5Location'
    }
  },
  /**
   * Lookup207: cumulus_pallet_xcm::pallet::Origin
   **/
  CumulusPalletXcmOrigin: {
    _enum: {
      Relay: 'Null',
      SiblingParachain: 'u32'
    }
  },
  /**
   * Lookup208: pallet_organizations::pallet::Call<T>
   **/
  PalletOrganizationsCall: {
    _enum: {
      register_organization: {
        kind: 'HealthchainPrimitivesOrganizationsOrganizationKind',
        admin: 'AccountId32',
        metadataHash: 'H256',
      },
      suspend_organization: {
        org: 'u32',
        reason: 'H256',
      },
      reactivate_organization: {
        org: 'u32',
      },
      change_admin: {
        org: 'u32',
        newAdmin: 'AccountId32',
      },
      add_member: {
        org: 'u32',
        who: 'AccountId32',
        role: 'HealthchainPrimitivesOrganizationsMemberRole',
      },
      remove_member: {
        org: 'u32',
        who: 'AccountId32',
      },
      change_role: {
        org: 'u32',
        who: 'AccountId32',
        role: 'HealthchainPrimitivesOrganizationsMemberRole',
      },
      leave: 'Null',
      accept_invitation: {
        org: 'u32',
      },
      decline_invitation: {
        org: 'u32',
      },
      cancel_invitation: {
        org: 'u32',
        who: 'AccountId32'
      }
    }
  },
  /**
   * Lookup209: healthchain_primitives::organizations::OrganizationKind
   **/
  HealthchainPrimitivesOrganizationsOrganizationKind: {
    _enum: ['Hospital', 'Clinic', 'Laboratory', 'Pharmacy', 'Manufacturer', 'Distributor', 'EthicsCommittee', 'Regulator', 'TrialSponsor', 'ResearchInstitute', 'Insurer']
  },
  /**
   * Lookup210: healthchain_primitives::organizations::MemberRole
   **/
  HealthchainPrimitivesOrganizationsMemberRole: {
    _enum: ['Admin', 'Practitioner', 'Pharmacist', 'Logistics', 'Investigator', 'Auditor', 'Device']
  },
  /**
   * Lookup211: pallet_ehr_anchor::pallet::Call<T>
   **/
  PalletEhrAnchorCall: {
    _enum: {
      anchor: {
        patient: 'AccountId32',
        category: 'HealthchainPrimitivesRecordsRecordCategory',
        contentHash: 'H256',
        algorithm: 'PalletEhrAnchorHashAlgorithm',
        locator: 'Bytes',
        keyReference: 'Option<Bytes>',
      },
      amend: {
        record: 'u64',
        contentHash: 'H256',
        algorithm: 'PalletEhrAnchorHashAlgorithm',
        locator: 'Bytes',
        keyReference: 'Option<Bytes>',
      },
      mark_entered_in_error: {
        record: 'u64',
        reason: 'PalletEhrAnchorEnteredInErrorReason',
      },
      erase: {
        record: 'u64',
      },
      bulk_anchor: {
        category: 'HealthchainPrimitivesRecordsRecordCategory',
        merkleRoot: 'H256',
        documentCount: 'u32',
        manifestLocator: 'Bytes',
      },
      request_access: {
        record: 'u64',
        purpose: 'HealthchainPrimitivesConsentPurposeOfUse'
      }
    }
  },
  /**
   * Lookup212: healthchain_primitives::records::RecordCategory
   **/
  HealthchainPrimitivesRecordsRecordCategory: {
    _enum: {
      ClinicalNote: 'Null',
      DischargeSummary: 'Null',
      LaboratoryReport: 'Null',
      ImagingReport: 'Null',
      Prescription: 'Null',
      Immunization: 'Null',
      AllergyIntolerance: 'Null',
      ProcedureNote: 'Null',
      Referral: 'Null',
      CarePlan: 'Null',
      PatientGenerated: 'Null',
      Other: 'u32'
    }
  },
  /**
   * Lookup213: pallet_ehr_anchor::types::HashAlgorithm
   **/
  PalletEhrAnchorHashAlgorithm: {
    _enum: ['Sha2_256', 'Blake2_256']
  },
  /**
   * Lookup216: pallet_ehr_anchor::types::EnteredInErrorReason
   **/
  PalletEhrAnchorEnteredInErrorReason: {
    _enum: {
      WrongPatient: 'Null',
      WrongDocument: 'Null',
      DuplicateEntry: 'Null',
      IncorrectContent: 'Null',
      Other: 'u16'
    }
  },
  /**
   * Lookup217: healthchain_primitives::consent::PurposeOfUse
   **/
  HealthchainPrimitivesConsentPurposeOfUse: {
    _enum: {
      Treatment: 'Null',
      Research: 'Option<HealthchainPrimitivesConsentTrialProtocol>',
      Payment: 'Null',
      Operations: 'Null',
      PublicHealth: 'Null',
      Emergency: 'Null'
    }
  },
  /**
   * Lookup219: healthchain_primitives::consent::TrialProtocol
   **/
  HealthchainPrimitivesConsentTrialProtocol: {
    trial: 'u32',
    protocolVersion: 'u32'
  },
  /**
   * Lookup220: pallet_consent::pallet::Call<T>
   **/
  PalletConsentCall: {
    _enum: {
      grant: {
        patient: 'AccountId32',
        terms: 'PalletConsentConsentTerms',
      },
      revoke: {
        consent: 'u64',
      },
      add_delegate: {
        delegate: 'AccountId32',
        kind: 'PalletConsentDelegateKind',
      },
      remove_delegate: {
        patient: 'AccountId32',
        delegate: 'AccountId32',
      },
      onboard_patient: {
        patient: 'AccountId32',
      },
      break_glass: {
        patient: 'AccountId32',
        reason: 'PalletConsentEmergencyReason',
      },
      review_break_glass: {
        caseId: 'u64',
        justified: 'bool',
        findingHash: 'H256',
      },
      offboard_patient: {
        patient: 'AccountId32',
      },
      prune_grants: {
        patient: 'AccountId32',
        consents: 'Vec<u64>'
      }
    }
  },
  /**
   * Lookup221: pallet_consent::types::ConsentTerms<sp_core::crypto::AccountId32, MaxCategories>
   **/
  PalletConsentConsentTerms: {
    grantee: 'PalletConsentGrantee',
    actions: 'PalletConsentConsentActions',
    categories: 'PalletConsentCategoryScope',
    purpose: 'HealthchainPrimitivesConsentPurposeOfUse',
    validFrom: 'Option<u64>',
    validUntil: 'Option<u64>'
  },
  /**
   * Lookup222: pallet_consent::types::Grantee<sp_core::crypto::AccountId32>
   **/
  PalletConsentGrantee: {
    _enum: {
      Organization: 'u32',
      Account: 'AccountId32'
    }
  },
  /**
   * Lookup223: pallet_consent::types::ConsentActions
   **/
  PalletConsentConsentActions: {
    read: 'bool',
    write: 'bool'
  },
  /**
   * Lookup224: pallet_consent::types::CategoryScope<MaxCategories>
   **/
  PalletConsentCategoryScope: {
    _enum: {
      All: 'Null',
      Only: 'Vec<HealthchainPrimitivesRecordsRecordCategory>'
    }
  },
  /**
   * Lookup227: pallet_consent::types::DelegateKind
   **/
  PalletConsentDelegateKind: {
    _enum: ['Guardian', 'Custodian']
  },
  /**
   * Lookup228: pallet_consent::types::EmergencyReason
   **/
  PalletConsentEmergencyReason: {
    _enum: {
      Unconscious: 'Null',
      LifeThreatening: 'Null',
      CannotCommunicate: 'Null',
      Other: 'u16'
    }
  },
  /**
   * Lookup231: pallet_drug_trace::pallet::Call<T>
   **/
  PalletDrugTraceCall: {
    _enum: {
      register_product: {
        gtin: 'u64',
        metadataHash: 'H256',
        minTempCentiC: 'i32',
        maxTempCentiC: 'i32',
        maxExcursionMs: 'u64',
      },
      commission_batch: {
        gtin: 'u64',
        lot: 'Bytes',
        expiry: 'u64',
        quantity: 'u32',
        serialsRoot: 'H256',
      },
      ship: {
        batch: 'u64',
        to: 'u32',
        quantity: 'u32',
        documentHash: 'H256',
      },
      receive: {
        shipment: 'u64',
      },
      record_temperature: {
        stock: 'PalletDrugTraceStockRef',
        centiC: 'i32',
        measuredAt: 'u64',
      },
      dispense: {
        batch: 'u64',
        serial: 'Bytes',
        proof: 'Vec<H256>',
      },
      recall: {
        batch: 'u64',
        class: 'PalletDrugTraceRecallClass',
        reasonHash: 'H256',
      },
      close_recall: {
        batch: 'u64',
      },
      report_suspect: {
        batch: 'u64',
        reasonHash: 'H256',
      },
      resolve_suspect: {
        batch: 'u64',
        legitimate: 'bool',
      },
      release_stock: {
        stock: 'PalletDrugTraceStockRef',
      },
      refuse_shipment: {
        shipment: 'u64',
        reason: 'PalletDrugTraceRefusalReason',
      },
      dispose_stock: {
        batch: 'u64',
        quantity: 'u32',
        disposition: 'PalletDrugTraceDisposition'
      }
    }
  },
  /**
   * Lookup235: pallet_drug_trace::types::StockRef
   **/
  PalletDrugTraceStockRef: {
    _enum: {
      Holding: {
        batch: 'u64',
        holder: 'u32',
      },
      Shipment: 'u64'
    }
  },
  /**
   * Lookup237: pallet_drug_trace::types::RecallClass
   **/
  PalletDrugTraceRecallClass: {
    _enum: ['ClassI', 'ClassII', 'ClassIII']
  },
  /**
   * Lookup238: pallet_drug_trace::types::RefusalReason
   **/
  PalletDrugTraceRefusalReason: {
    _enum: {
      NotOrdered: 'Null',
      WrongProductOrQuantity: 'Null',
      Damaged: 'Null',
      ColdChainBreach: 'Null',
      MissingDocuments: 'Null',
      SuspectedFalsified: 'Null',
      Other: 'u16'
    }
  },
  /**
   * Lookup239: pallet_drug_trace::types::Disposition
   **/
  PalletDrugTraceDisposition: {
    _enum: {
      Destroyed: 'Null',
      WrittenOff: 'PalletDrugTraceWriteOffReason'
    }
  },
  /**
   * Lookup240: pallet_drug_trace::types::WriteOffReason
   **/
  PalletDrugTraceWriteOffReason: {
    _enum: {
      Damaged: 'Null',
      Lost: 'Null',
      Stolen: 'Null',
      Other: 'u16'
    }
  },
  /**
   * Lookup241: pallet_clinical_trial::pallet::Call<T>
   **/
  PalletClinicalTrialCall: {
    _enum: {
      register_trial: {
        registration: 'PalletClinicalTrialRegistration',
      },
      approve_trial: {
        trial: 'u32',
        decisionHash: 'H256',
      },
      start_recruiting: {
        trial: 'u32',
      },
      close_recruitment: {
        trial: 'u32',
      },
      complete_trial: {
        trial: 'u32',
      },
      terminate_trial: {
        trial: 'u32',
        reasonHash: 'H256',
      },
      suspend_trial: {
        trial: 'u32',
        reasonHash: 'H256',
      },
      lift_suspension: {
        trial: 'u32',
      },
      propose_amendment: {
        trial: 'u32',
        protocolHash: 'H256',
        summaryHash: 'H256',
      },
      approve_amendment: {
        trial: 'u32',
        decisionHash: 'H256',
      },
      enrol: {
        trial: 'u32',
      },
      reconsent: {
        trial: 'u32',
      },
      withdraw: {
        trial: 'u32',
      },
      commit_data_snapshot: {
        trial: 'u32',
        snapshotHash: 'H256',
        recordCount: 'u32',
        periodStart: 'u64',
        periodEnd: 'u64',
      },
      report_adverse_event: {
        trial: 'u32',
        severity: 'PalletClinicalTrialSeverity',
        reportHash: 'H256',
      },
      publish_results: {
        trial: 'u32',
        resultsHash: 'H256',
        reported: 'Vec<PalletClinicalTrialReportedOutcome>',
      },
      confirm_enrolment: {
        trial: 'u32',
        participant: 'AccountId32',
      },
      screen_out: {
        trial: 'u32',
        participant: 'AccountId32',
        reason: 'PalletClinicalTrialScreeningReason'
      }
    }
  },
  /**
   * Lookup242: pallet_clinical_trial::types::Registration<T>
   **/
  PalletClinicalTrialRegistration: {
    title: 'Bytes',
    conditions: 'Vec<Bytes>',
    phase: 'PalletClinicalTrialPhase',
    studyType: 'PalletClinicalTrialStudyType',
    targetEnrolment: 'u32',
    countries: 'Vec<[u8;2]>',
    secondaryIds: 'Vec<Bytes>',
    dataSetHash: 'H256',
    protocolHash: 'H256',
    outcomes: 'Vec<PalletClinicalTrialOutcomeCommitment>'
  },
  /**
   * Lookup247: pallet_clinical_trial::types::Phase
   **/
  PalletClinicalTrialPhase: {
    _enum: ['EarlyPhase1', 'Phase1', 'Phase1Phase2', 'Phase2', 'Phase2Phase3', 'Phase3', 'Phase4', 'NotApplicable']
  },
  /**
   * Lookup248: pallet_clinical_trial::types::StudyType
   **/
  PalletClinicalTrialStudyType: {
    _enum: ['Interventional', 'Observational', 'ExpandedAccess']
  },
  /**
   * Lookup256: pallet_clinical_trial::types::OutcomeCommitment
   **/
  PalletClinicalTrialOutcomeCommitment: {
    kind: 'PalletClinicalTrialOutcomeKind',
    definitionHash: 'H256'
  },
  /**
   * Lookup257: pallet_clinical_trial::types::OutcomeKind
   **/
  PalletClinicalTrialOutcomeKind: {
    _enum: ['Primary', 'Secondary']
  },
  /**
   * Lookup259: pallet_clinical_trial::types::Severity
   **/
  PalletClinicalTrialSeverity: {
    _enum: ['Mild', 'Moderate', 'Severe', 'LifeThreatening', 'Fatal']
  },
  /**
   * Lookup261: pallet_clinical_trial::types::ReportedOutcome
   **/
  PalletClinicalTrialReportedOutcome: {
    kind: 'PalletClinicalTrialOutcomeKind',
    definitionHash: 'H256'
  },
  /**
   * Lookup263: pallet_clinical_trial::types::ScreeningReason
   **/
  PalletClinicalTrialScreeningReason: {
    _enum: {
      NotEligible: 'Null',
      ConsentInvalid: 'Null',
      Duplicate: 'Null',
      Other: 'u16'
    }
  },
  /**
   * Lookup264: sp_runtime::MultiSignature
   **/
  SpRuntimeMultiSignature: {
    _enum: {
      Ed25519: '[u8;64]',
      Sr25519: '[u8;64]',
      Ecdsa: '[u8;65]',
      Eth: '[u8;65]'
    }
  },
  /**
   * Lookup267: frame_system::extensions::authorize_call::AuthorizeCall<T>
   **/
  FrameSystemExtensionsAuthorizeCall: 'Null',
  /**
   * Lookup268: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup269: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup270: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup271: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup274: frame_system::extensions::check_nonce::CheckNonce<T>
   **/
  FrameSystemExtensionsCheckNonce: 'Compact<u32>',
  /**
   * Lookup275: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup276: pallet_transaction_payment::ChargeTransactionPayment<T>
   **/
  PalletTransactionPaymentChargeTransactionPayment: 'Compact<u128>',
  /**
   * Lookup277: frame_metadata_hash_extension::CheckMetadataHash<T>
   **/
  FrameMetadataHashExtensionCheckMetadataHash: {
    mode: 'FrameMetadataHashExtensionMode'
  },
  /**
   * Lookup278: frame_metadata_hash_extension::Mode
   **/
  FrameMetadataHashExtensionMode: {
    _enum: ['Disabled', 'Enabled']
  },
  /**
   * Lookup280: cumulus_pallet_weight_reclaim::StorageWeightReclaim<T, S>
   **/
  CumulusPalletWeightReclaimStorageWeightReclaim: '(FrameSystemExtensionsAuthorizeCall,FrameSystemExtensionsCheckNonZeroSender,FrameSystemExtensionsCheckSpecVersion,FrameSystemExtensionsCheckTxVersion,FrameSystemExtensionsCheckGenesis,Era,FrameSystemExtensionsCheckNonce,FrameSystemExtensionsCheckWeight,PalletTransactionPaymentChargeTransactionPayment,FrameMetadataHashExtensionCheckMetadataHash)',
  /**
   * Lookup282: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup283: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup285: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup287: frame_system::EventRecord<healthchain_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup289: frame_system::pallet::Event<T>
   **/
  FrameSystemEvent: {
    _enum: {
      ExtrinsicSuccess: {
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      ExtrinsicFailed: {
        dispatchError: 'SpRuntimeDispatchError',
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      CodeUpdated: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      NewAccount: {
        account: 'AccountId32',
      },
      KilledAccount: {
        account: 'AccountId32',
      },
      Remarked: {
        _alias: {
          hash_: 'hash',
        },
        sender: 'AccountId32',
        hash_: 'H256',
      },
      UpgradeAuthorized: {
        codeHash: 'H256',
        checkVersion: 'bool',
      },
      RejectedInvalidAuthorizedUpgrade: {
        codeHash: 'H256',
        error: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup290: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup291: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup292: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup293: sp_runtime::DispatchError
   **/
  SpRuntimeDispatchError: {
    _enum: {
      Other: 'Null',
      CannotLookup: 'Null',
      BadOrigin: 'Null',
      Module: 'SpRuntimeModuleError',
      ConsumerRemaining: 'Null',
      NoProviders: 'Null',
      TooManyConsumers: 'Null',
      Token: 'SpRuntimeTokenError',
      Arithmetic: 'SpArithmeticArithmeticError',
      Transactional: 'SpRuntimeTransactionalError',
      Exhausted: 'Null',
      Corruption: 'Null',
      Unavailable: 'Null',
      RootNotAllowed: 'Null',
      Trie: 'SpRuntimeProvingTrieTrieError'
    }
  },
  /**
   * Lookup294: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup295: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup296: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup297: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup298: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup299: cumulus_pallet_parachain_system::pallet::Event<T>
   **/
  CumulusPalletParachainSystemEvent: {
    _enum: {
      ValidationFunctionStored: 'Null',
      ValidationFunctionApplied: {
        relayChainBlockNum: 'u32',
      },
      ValidationFunctionDiscarded: 'Null',
      DownwardMessagesReceived: {
        count: 'u32',
      },
      DownwardMessagesProcessed: {
        weightUsed: 'SpWeightsWeightV2Weight',
        dmqHead: 'H256',
      },
      UpwardMessageSent: {
        messageHash: 'Option<[u8;32]>'
      }
    }
  },
  /**
   * Lookup300: pallet_balances::pallet::Event<T, I>
   **/
  PalletBalancesEvent: {
    _enum: {
      Endowed: {
        account: 'AccountId32',
        freeBalance: 'u128',
      },
      DustLost: {
        account: 'AccountId32',
        amount: 'u128',
      },
      Transfer: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      BalanceSet: {
        who: 'AccountId32',
        free: 'u128',
      },
      Reserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unreserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      ReserveRepatriated: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
        destinationStatus: 'FrameSupportTokensMiscBalanceStatus',
      },
      Deposit: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Withdraw: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Slashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Minted: {
        who: 'AccountId32',
        amount: 'u128',
      },
      MintedCredit: {
        amount: 'u128',
      },
      Burned: {
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedDebt: {
        amount: 'u128',
      },
      Suspended: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Restored: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Upgraded: {
        who: 'AccountId32',
      },
      Issued: {
        amount: 'u128',
      },
      Rescinded: {
        amount: 'u128',
      },
      Locked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unlocked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Frozen: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Thawed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      TotalIssuanceForced: {
        _alias: {
          new_: 'new',
        },
        old: 'u128',
        new_: 'u128',
      },
      Held: {
        reason: 'HealthchainRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedHeld: {
        reason: 'HealthchainRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      TransferOnHold: {
        reason: 'HealthchainRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        amount: 'u128',
      },
      TransferAndHold: {
        reason: 'HealthchainRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        transferred: 'u128',
      },
      Released: {
        reason: 'HealthchainRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      Unexpected: 'PalletBalancesUnexpectedKind'
    }
  },
  /**
   * Lookup301: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup302: healthchain_runtime::RuntimeHoldReason
   **/
  HealthchainRuntimeRuntimeHoldReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      Council: 'PalletCollectiveHoldReason',
      __Unused17: 'Null',
      Preimage: 'PalletPreimageHoldReason',
      __Unused19: 'Null',
      __Unused20: 'Null',
      __Unused21: 'Null',
      Session: 'PalletSessionHoldReason',
      __Unused23: 'Null',
      __Unused24: 'Null',
      __Unused25: 'Null',
      __Unused26: 'Null',
      __Unused27: 'Null',
      __Unused28: 'Null',
      __Unused29: 'Null',
      __Unused30: 'Null',
      PolkadotXcm: 'PalletXcmHoldReason',
      __Unused32: 'Null',
      __Unused33: 'Null',
      __Unused34: 'Null',
      __Unused35: 'Null',
      __Unused36: 'Null',
      __Unused37: 'Null',
      __Unused38: 'Null',
      __Unused39: 'Null',
      __Unused40: 'Null',
      __Unused41: 'Null',
      __Unused42: 'Null',
      __Unused43: 'Null',
      __Unused44: 'Null',
      __Unused45: 'Null',
      __Unused46: 'Null',
      __Unused47: 'Null',
      __Unused48: 'Null',
      __Unused49: 'Null',
      __Unused50: 'Null',
      __Unused51: 'Null',
      Consent: 'PalletConsentHoldReason'
    }
  },
  /**
   * Lookup303: pallet_collective::pallet::HoldReason<I>
   **/
  PalletCollectiveHoldReason: {
    _enum: ['ProposalSubmission']
  },
  /**
   * Lookup304: pallet_preimage::pallet::HoldReason
   **/
  PalletPreimageHoldReason: {
    _enum: ['Preimage']
  },
  /**
   * Lookup305: pallet_session::pallet::HoldReason
   **/
  PalletSessionHoldReason: {
    _enum: ['Keys']
  },
  /**
   * Lookup306: pallet_xcm::pallet::HoldReason
   **/
  PalletXcmHoldReason: {
    _enum: ['AuthorizeAlias']
  },
  /**
   * Lookup307: pallet_consent::pallet::HoldReason
   **/
  PalletConsentHoldReason: {
    _enum: ['PatientOnboarding']
  },
  /**
   * Lookup308: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup309: pallet_transaction_payment::pallet::Event<T>
   **/
  PalletTransactionPaymentEvent: {
    _enum: {
      TransactionFeePaid: {
        who: 'AccountId32',
        actualFee: 'u128',
        tip: 'u128'
      }
    }
  },
  /**
   * Lookup310: pallet_skip_feeless_payment::pallet::Event<T>
   **/
  PalletSkipFeelessPaymentEvent: {
    _enum: {
      FeeSkipped: {
        origin: 'HealthchainRuntimeOriginCaller'
      }
    }
  },
  /**
   * Lookup311: pallet_sudo::pallet::Event<T>
   **/
  PalletSudoEvent: {
    _enum: {
      Sudid: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>',
      },
      KeyChanged: {
        _alias: {
          new_: 'new',
        },
        old: 'Option<AccountId32>',
        new_: 'AccountId32',
      },
      KeyRemoved: 'Null',
      SudoAsDone: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>'
      }
    }
  },
  /**
   * Lookup313: pallet_collective::pallet::Event<T, I>
   **/
  PalletCollectiveEvent: {
    _enum: {
      Proposed: {
        account: 'AccountId32',
        proposalIndex: 'u32',
        proposalHash: 'H256',
        threshold: 'u32',
      },
      Voted: {
        account: 'AccountId32',
        proposalHash: 'H256',
        voted: 'bool',
        yes: 'u32',
        no: 'u32',
      },
      Approved: {
        proposalHash: 'H256',
      },
      Disapproved: {
        proposalHash: 'H256',
      },
      Executed: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      MemberExecuted: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      Closed: {
        proposalHash: 'H256',
        yes: 'u32',
        no: 'u32',
      },
      Killed: {
        proposalHash: 'H256',
      },
      ProposalCostBurned: {
        proposalHash: 'H256',
        who: 'AccountId32',
      },
      ProposalCostReleased: {
        proposalHash: 'H256',
        who: 'AccountId32'
      }
    }
  },
  /**
   * Lookup314: pallet_membership::pallet::Event<T, I>
   **/
  PalletMembershipEvent: {
    _enum: ['MemberAdded', 'MemberRemoved', 'MembersSwapped', 'MembersReset', 'KeyChanged', 'Dummy']
  },
  /**
   * Lookup315: pallet_preimage::pallet::Event<T>
   **/
  PalletPreimageEvent: {
    _enum: {
      Noted: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      Requested: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      Cleared: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256'
      }
    }
  },
  /**
   * Lookup316: pallet_whitelist::pallet::Event<T>
   **/
  PalletWhitelistEvent: {
    _enum: {
      CallWhitelisted: {
        callHash: 'H256',
      },
      WhitelistedCallRemoved: {
        callHash: 'H256',
      },
      WhitelistedCallDispatched: {
        callHash: 'H256',
        result: 'Result<FrameSupportDispatchPostDispatchInfo, SpRuntimeDispatchErrorWithPostInfo>',
      },
      DispatchDeferred: {
        callHash: 'H256',
      },
      DeferredDispatchRemoved: {
        callHash: 'H256',
      },
      DeferredDispatchExecuted: {
        callHash: 'H256',
        who: 'AccountId32'
      }
    }
  },
  /**
   * Lookup318: frame_support::dispatch::PostDispatchInfo
   **/
  FrameSupportDispatchPostDispatchInfo: {
    actualWeight: 'Option<SpWeightsWeightV2Weight>',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup319: sp_runtime::DispatchErrorWithPostInfo<frame_support::dispatch::PostDispatchInfo>
   **/
  SpRuntimeDispatchErrorWithPostInfo: {
    postInfo: 'FrameSupportDispatchPostDispatchInfo',
    error: 'SpRuntimeDispatchError'
  },
  /**
   * Lookup320: pallet_collator_selection::pallet::Event<T>
   **/
  PalletCollatorSelectionEvent: {
    _enum: {
      NewInvulnerables: {
        invulnerables: 'Vec<AccountId32>',
      },
      InvulnerableAdded: {
        accountId: 'AccountId32',
      },
      InvulnerableRemoved: {
        accountId: 'AccountId32',
      },
      NewDesiredCandidates: {
        desiredCandidates: 'u32',
      },
      NewCandidacyBond: {
        bondAmount: 'u128',
      },
      CandidateAdded: {
        accountId: 'AccountId32',
        deposit: 'u128',
      },
      CandidateBondUpdated: {
        accountId: 'AccountId32',
        deposit: 'u128',
      },
      CandidateRemoved: {
        accountId: 'AccountId32',
      },
      CandidateReplaced: {
        _alias: {
          new_: 'new',
        },
        old: 'AccountId32',
        new_: 'AccountId32',
        deposit: 'u128',
      },
      InvalidInvulnerableSkipped: {
        accountId: 'AccountId32'
      }
    }
  },
  /**
   * Lookup321: pallet_session::pallet::Event<T>
   **/
  PalletSessionEvent: {
    _enum: {
      NewSession: {
        sessionIndex: 'u32',
      },
      NewQueued: 'Null',
      ValidatorDisabled: {
        validator: 'AccountId32',
      },
      ValidatorReenabled: {
        validator: 'AccountId32'
      }
    }
  },
  /**
   * Lookup322: cumulus_pallet_xcmp_queue::pallet::Event<T>
   **/
  CumulusPalletXcmpQueueEvent: {
    _enum: {
      XcmpMessageSent: {
        messageHash: '[u8;32]'
      }
    }
  },
  /**
   * Lookup323: pallet_xcm::pallet::Event<T>
   **/
  PalletXcmEvent: {
    _enum: {
      Attempted: {
        outcome: 'StagingXcmV5TraitsOutcome',
      },
      Sent: {
        origin: 'StagingXcmV5Location',
        destination: 'StagingXcmV5Location',
        message: 'StagingXcmV5Xcm',
        messageId: '[u8;32]',
      },
      SendFailed: {
        origin: 'StagingXcmV5Location',
        destination: 'StagingXcmV5Location',
        error: 'XcmV3TraitsSendError',
        messageId: '[u8;32]',
      },
      ProcessXcmError: {
        origin: 'StagingXcmV5Location',
        error: 'XcmV5TraitsError',
        messageId: '[u8;32]',
      },
      UnexpectedResponse: {
        origin: 'StagingXcmV5Location',
        queryId: 'u64',
      },
      ResponseReady: {
        queryId: 'u64',
        response: 'StagingXcmV5Response',
      },
      Notified: {
        queryId: 'u64',
        palletIndex: 'u8',
        callIndex: 'u8',
      },
      NotifyOverweight: {
        queryId: 'u64',
        palletIndex: 'u8',
        callIndex: 'u8',
        actualWeight: 'SpWeightsWeightV2Weight',
        maxBudgetedWeight: 'SpWeightsWeightV2Weight',
      },
      NotifyDispatchError: {
        queryId: 'u64',
        palletIndex: 'u8',
        callIndex: 'u8',
      },
      NotifyDecodeFailed: {
        queryId: 'u64',
        palletIndex: 'u8',
        callIndex: 'u8',
      },
      InvalidResponder: {
        origin: 'StagingXcmV5Location',
        queryId: 'u64',
        expectedLocation: 'Option<StagingXcmV5Location>',
      },
      InvalidResponderVersion: {
        origin: 'StagingXcmV5Location',
        queryId: 'u64',
      },
      ResponseTaken: {
        queryId: 'u64',
      },
      AssetsTrapped: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
        origin: 'StagingXcmV5Location',
        assets: 'XcmVersionedAssets',
      },
      VersionChangeNotified: {
        destination: 'StagingXcmV5Location',
        result: 'u32',
        cost: 'StagingXcmV5AssetAssets',
        messageId: '[u8;32]',
      },
      SupportedVersionChanged: {
        location: 'StagingXcmV5Location',
        version: 'u32',
      },
      NotifyTargetSendFail: {
        location: 'StagingXcmV5Location',
        queryId: 'u64',
        error: 'XcmV5TraitsError',
      },
      NotifyTargetMigrationFail: {
        location: 'XcmVersionedLocation',
        queryId: 'u64',
      },
      InvalidQuerierVersion: {
        origin: 'StagingXcmV5Location',
        queryId: 'u64',
      },
      InvalidQuerier: {
        origin: 'StagingXcmV5Location',
        queryId: 'u64',
        expectedQuerier: 'StagingXcmV5Location',
        maybeActualQuerier: 'Option<StagingXcmV5Location>',
      },
      VersionNotifyStarted: {
        destination: 'StagingXcmV5Location',
        cost: 'StagingXcmV5AssetAssets',
        messageId: '[u8;32]',
      },
      VersionNotifyRequested: {
        destination: 'StagingXcmV5Location',
        cost: 'StagingXcmV5AssetAssets',
        messageId: '[u8;32]',
      },
      VersionNotifyUnrequested: {
        destination: 'StagingXcmV5Location',
        cost: 'StagingXcmV5AssetAssets',
        messageId: '[u8;32]',
      },
      FeesPaid: {
        paying: 'StagingXcmV5Location',
        fees: 'StagingXcmV5AssetAssets',
      },
      AssetsClaimed: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
        origin: 'StagingXcmV5Location',
        assets: 'XcmVersionedAssets',
      },
      VersionMigrationFinished: {
        version: 'u32',
      },
      AliasAuthorized: {
        aliaser: 'StagingXcmV5Location',
        target: 'StagingXcmV5Location',
        expiry: 'Option<u64>',
      },
      AliasAuthorizationRemoved: {
        aliaser: 'StagingXcmV5Location',
        target: 'StagingXcmV5Location',
      },
      AliasesAuthorizationsRemoved: {
        target: 'StagingXcmV5Location'
      }
    }
  },
  /**
   * Lookup324: staging_xcm::v5::traits::Outcome
   **/
  StagingXcmV5TraitsOutcome: {
    _enum: {
      Complete: {
        used: 'SpWeightsWeightV2Weight',
      },
      Incomplete: {
        used: 'SpWeightsWeightV2Weight',
        error: 'StagingXcmV5TraitsInstructionError',
      },
      Error: 'StagingXcmV5TraitsInstructionError'
    }
  },
  /**
   * Lookup325: staging_xcm::v5::traits::InstructionError
   **/
  StagingXcmV5TraitsInstructionError: {
    index: 'u8',
    error: 'XcmV5TraitsError'
  },
  /**
   * Lookup326: xcm::v3::traits::SendError
   **/
  XcmV3TraitsSendError: {
    _enum: ['NotApplicable', 'Transport', 'Unroutable', 'DestinationUnsupported', 'ExceedsMaxMessageSize', 'MissingArgument', 'Fees']
  },
  /**
   * Lookup327: cumulus_pallet_xcm::pallet::Event<T>
   **/
  CumulusPalletXcmEvent: {
    _enum: {
      InvalidFormat: '[u8;32]',
      UnsupportedVersion: '[u8;32]',
      ExecutedDownward: '([u8;32],StagingXcmV5TraitsOutcome)'
    }
  },
  /**
   * Lookup328: pallet_message_queue::pallet::Event<T>
   **/
  PalletMessageQueueEvent: {
    _enum: {
      ProcessingFailed: {
        id: 'H256',
        origin: 'CumulusPrimitivesCoreAggregateMessageOrigin',
        error: 'FrameSupportMessagesProcessMessageError',
      },
      Processed: {
        id: 'H256',
        origin: 'CumulusPrimitivesCoreAggregateMessageOrigin',
        weightUsed: 'SpWeightsWeightV2Weight',
        success: 'bool',
      },
      OverweightEnqueued: {
        id: '[u8;32]',
        origin: 'CumulusPrimitivesCoreAggregateMessageOrigin',
        pageIndex: 'u32',
        messageIndex: 'u32',
      },
      PageReaped: {
        origin: 'CumulusPrimitivesCoreAggregateMessageOrigin',
        index: 'u32'
      }
    }
  },
  /**
   * Lookup329: frame_support::traits::messages::ProcessMessageError
   **/
  FrameSupportMessagesProcessMessageError: {
    _enum: {
      BadFormat: 'Null',
      Corrupt: 'Null',
      Unsupported: 'Null',
      Overweight: 'SpWeightsWeightV2Weight',
      Yield: 'Null',
      StackLimitReached: 'Null'
    }
  },
  /**
   * Lookup330: pallet_utility::pallet::Event
   **/
  PalletUtilityEvent: {
    _enum: {
      BatchInterrupted: {
        index: 'u32',
        error: 'SpRuntimeDispatchError',
      },
      BatchCompleted: 'Null',
      BatchCompletedWithErrors: 'Null',
      ItemCompleted: 'Null',
      ItemFailed: {
        error: 'SpRuntimeDispatchError',
      },
      DispatchedAs: {
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      IfElseMainSuccess: 'Null',
      IfElseFallbackCalled: {
        mainError: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup331: pallet_organizations::pallet::Event<T>
   **/
  PalletOrganizationsEvent: {
    _enum: {
      OrganizationRegistered: {
        org: 'u32',
        kind: 'HealthchainPrimitivesOrganizationsOrganizationKind',
        admin: 'AccountId32',
      },
      OrganizationSuspended: {
        org: 'u32',
        reason: 'H256',
      },
      OrganizationReactivated: {
        org: 'u32',
      },
      AdminChanged: {
        org: 'u32',
        oldAdmin: 'AccountId32',
        newAdmin: 'AccountId32',
      },
      MemberInvited: {
        org: 'u32',
        who: 'AccountId32',
        role: 'HealthchainPrimitivesOrganizationsMemberRole',
        by: 'AccountId32',
        expiresAt: 'u32',
      },
      InvitationAccepted: {
        org: 'u32',
        who: 'AccountId32',
        role: 'HealthchainPrimitivesOrganizationsMemberRole',
        invitedBy: 'AccountId32',
      },
      InvitationDeclined: {
        org: 'u32',
        who: 'AccountId32',
      },
      InvitationCancelled: {
        org: 'u32',
        who: 'AccountId32',
        by: 'AccountId32',
      },
      MemberRemoved: {
        org: 'u32',
        who: 'AccountId32',
        by: 'AccountId32',
      },
      RoleChanged: {
        org: 'u32',
        who: 'AccountId32',
        role: 'HealthchainPrimitivesOrganizationsMemberRole',
        by: 'AccountId32',
      },
      MemberLeft: {
        org: 'u32',
        who: 'AccountId32'
      }
    }
  },
  /**
   * Lookup332: pallet_ehr_anchor::pallet::Event<T>
   **/
  PalletEhrAnchorEvent: {
    _enum: {
      RecordAnchored: {
        record: 'u64',
        patient: 'AccountId32',
        org: 'Option<u32>',
        category: 'HealthchainPrimitivesRecordsRecordCategory',
      },
      RecordAmended: {
        record: 'u64',
        previous: 'u64',
        version: 'u32',
      },
      RecordEnteredInError: {
        record: 'u64',
        reason: 'PalletEhrAnchorEnteredInErrorReason',
      },
      RecordErased: {
        firstVersion: 'u64',
        versions: 'u32',
        by: 'AccountId32',
      },
      BulkAnchored: {
        bulk: 'u64',
        org: 'u32',
        category: 'HealthchainPrimitivesRecordsRecordCategory',
        documentCount: 'u32',
      },
      AccessGranted: {
        record: 'u64',
        accessor: 'AccountId32',
        org: 'u32',
        basis: 'HealthchainPrimitivesConsentAccessBasis'
      }
    }
  },
  /**
   * Lookup333: healthchain_primitives::consent::AccessBasis
   **/
  HealthchainPrimitivesConsentAccessBasis: {
    _enum: {
      Consent: 'u64',
      BreakGlass: 'u64'
    }
  },
  /**
   * Lookup334: pallet_consent::pallet::Event<T>
   **/
  PalletConsentEvent: {
    _enum: {
      ConsentGranted: {
        consent: 'u64',
        patient: 'AccountId32',
        grantee: 'PalletConsentGrantee',
        by: 'AccountId32',
      },
      ConsentRevoked: {
        consent: 'u64',
        patient: 'AccountId32',
        by: 'AccountId32',
      },
      DelegateAdded: {
        patient: 'AccountId32',
        delegate: 'AccountId32',
        kind: 'PalletConsentDelegateKind',
      },
      DelegateRemoved: {
        patient: 'AccountId32',
        delegate: 'AccountId32',
        by: 'AccountId32',
      },
      PatientOnboarded: {
        patient: 'AccountId32',
        org: 'u32',
        by: 'AccountId32',
      },
      PatientOffboarded: {
        patient: 'AccountId32',
        by: 'AccountId32',
      },
      GrantsPruned: {
        patient: 'AccountId32',
        count: 'u32',
      },
      BreakGlassOpened: {
        case: 'u64',
        patient: 'AccountId32',
        accessor: 'AccountId32',
        org: 'u32',
        reason: 'PalletConsentEmergencyReason',
        expiresAt: 'u64',
      },
      BreakGlassReviewed: {
        case: 'u64',
        reviewer: 'AccountId32',
        justified: 'bool',
      },
      AccessRecorded: {
        patient: 'AccountId32',
        index: 'u64',
        entry: 'PalletConsentAccessLogEntry',
        chainHead: 'H256'
      }
    }
  },
  /**
   * Lookup335: pallet_consent::types::AccessLogEntry<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletConsentAccessLogEntry: {
    accessor: 'AccountId32',
    org: 'Option<u32>',
    basis: 'HealthchainPrimitivesConsentAccessBasis',
    purpose: 'HealthchainPrimitivesConsentPurposeOfUse',
    category: 'HealthchainPrimitivesRecordsRecordCategory',
    record: 'Option<u64>',
    at: 'u64',
    block: 'u32'
  },
  /**
   * Lookup336: pallet_drug_trace::pallet::Event<T>
   **/
  PalletDrugTraceEvent: {
    _enum: {
      ProductRegistered: {
        gtin: 'u64',
        manufacturer: 'u32',
      },
      BatchCommissioned: {
        batch: 'u64',
        gtin: 'u64',
        lot: 'Bytes',
        manufacturer: 'u32',
        quantity: 'u32',
        expiry: 'u64',
      },
      Shipped: {
        shipment: 'u64',
        batch: 'u64',
        from: 'u32',
        to: 'u32',
        quantity: 'u32',
        documentHash: 'H256',
      },
      Received: {
        shipment: 'u64',
        batch: 'u64',
        from: 'u32',
        to: 'u32',
        quantity: 'u32',
        batchStatus: 'PalletDrugTraceBatchStatus',
        quarantined: 'bool',
      },
      TemperatureRecorded: {
        stock: 'PalletDrugTraceStockRef',
        batch: 'u64',
        centiC: 'i32',
        measuredAt: 'u64',
        inRange: 'bool',
        exposureMs: 'u64',
      },
      TemperatureExcursion: {
        stock: 'PalletDrugTraceStockRef',
        batch: 'u64',
        centiC: 'i32',
        measuredAt: 'u64',
        exposureMs: 'u64',
      },
      Dispensed: {
        batch: 'u64',
        serialHash: 'H256',
        pharmacy: 'u32',
        pharmacist: 'AccountId32',
      },
      SuspectedClone: {
        batch: 'u64',
        serialHash: 'H256',
        byOrg: 'u32',
        attempts: 'u32',
      },
      BatchRecalled: {
        batch: 'u64',
        class: 'PalletDrugTraceRecallClass',
        reasonHash: 'H256',
        byOrg: 'u32',
        holders: 'u32',
      },
      RecallNotice: {
        batch: 'u64',
        holder: 'u32',
      },
      RecallClosed: {
        batch: 'u64',
        closedBy: 'PalletDrugTraceRecallCloser',
      },
      SuspectReported: {
        batch: 'u64',
        reporterOrg: 'u32',
        reasonHash: 'H256',
      },
      SuspectCleared: {
        batch: 'u64',
        byOrg: 'u32',
      },
      SuspectConfirmed: {
        batch: 'u64',
        byOrg: 'u32',
      },
      StockReleased: {
        stock: 'PalletDrugTraceStockRef',
        batch: 'u64',
        byOrg: 'u32',
        acceptedMs: 'u64',
      },
      ShipmentRefused: {
        shipment: 'u64',
        batch: 'u64',
        from: 'u32',
        to: 'u32',
        quantity: 'u32',
        reason: 'PalletDrugTraceRefusalReason',
        quarantined: 'bool',
      },
      StockDisposed: {
        batch: 'u64',
        holder: 'u32',
        quantity: 'u32',
        disposition: 'PalletDrugTraceDisposition'
      }
    }
  },
  /**
   * Lookup337: pallet_drug_trace::types::BatchStatus
   **/
  PalletDrugTraceBatchStatus: {
    _enum: ['Active', 'Quarantined', 'Recalled', 'Destroyed']
  },
  /**
   * Lookup338: pallet_drug_trace::types::RecallCloser
   **/
  PalletDrugTraceRecallCloser: {
    _enum: {
      Governance: 'Null',
      Organization: 'u32'
    }
  },
  /**
   * Lookup339: pallet_clinical_trial::pallet::Event<T>
   **/
  PalletClinicalTrialEvent: {
    _enum: {
      TrialRegistered: {
        trial: 'u32',
        sponsor: 'u32',
      },
      TrialApproved: {
        trial: 'u32',
        committee: 'u32',
        decisionHash: 'H256',
      },
      RecruitmentStarted: {
        trial: 'u32',
      },
      RecruitmentClosed: {
        trial: 'u32',
      },
      TrialCompleted: {
        trial: 'u32',
      },
      TrialTerminated: {
        trial: 'u32',
        from: 'PalletClinicalTrialTrialStatus',
        reasonHash: 'H256',
      },
      TrialSuspended: {
        trial: 'u32',
        byOrg: 'u32',
        from: 'PalletClinicalTrialTrialStatus',
        reasonHash: 'H256',
      },
      SuspensionLifted: {
        trial: 'u32',
        by: 'PalletClinicalTrialLiftedBy',
        status: 'PalletClinicalTrialTrialStatus',
      },
      AmendmentProposed: {
        trial: 'u32',
        version: 'u32',
        protocolHash: 'H256',
      },
      AmendmentApproved: {
        trial: 'u32',
        version: 'u32',
        committee: 'u32',
      },
      ParticipantsNeedReconsent: {
        trial: 'u32',
        version: 'u32',
        count: 'u32',
      },
      EnrolmentRequested: {
        trial: 'u32',
        participant: 'AccountId32',
        protocolVersion: 'u32',
        consent: 'u64',
        attempt: 'u32',
      },
      EnrolmentConfirmed: {
        trial: 'u32',
        participant: 'AccountId32',
        consent: 'u64',
        by: 'AccountId32',
      },
      EnrolmentScreenedOut: {
        trial: 'u32',
        participant: 'AccountId32',
        reason: 'PalletClinicalTrialScreeningReason',
        by: 'AccountId32',
      },
      ParticipantReconsented: {
        trial: 'u32',
        participant: 'AccountId32',
        protocolVersion: 'u32',
        consent: 'u64',
      },
      ParticipantWithdrawn: {
        trial: 'u32',
        participant: 'AccountId32',
      },
      DataSnapshotCommitted: {
        trial: 'u32',
        index: 'u32',
        snapshotHash: 'H256',
      },
      AdverseEventReported: {
        trial: 'u32',
        index: 'u32',
        severity: 'PalletClinicalTrialSeverity',
      },
      OutcomeDiscrepancyFound: {
        trial: 'u32',
        discrepancy: 'PalletClinicalTrialOutcomeDiscrepancy',
      },
      ResultsPublished: {
        trial: 'u32',
        resultsHash: 'H256',
        discrepancies: 'u32'
      }
    }
  },
  /**
   * Lookup340: pallet_clinical_trial::types::TrialStatus
   **/
  PalletClinicalTrialTrialStatus: {
    _enum: ['Registered', 'Approved', 'Recruiting', 'Active', 'Completed', 'Terminated', 'Suspended']
  },
  /**
   * Lookup341: pallet_clinical_trial::types::LiftedBy
   **/
  PalletClinicalTrialLiftedBy: {
    _enum: {
      Organization: 'u32',
      Governance: 'Null'
    }
  },
  /**
   * Lookup342: pallet_clinical_trial::types::OutcomeDiscrepancy
   **/
  PalletClinicalTrialOutcomeDiscrepancy: {
    _enum: {
      Missing: {
        kind: 'PalletClinicalTrialOutcomeKind',
        definitionHash: 'H256',
      },
      Unregistered: {
        kind: 'PalletClinicalTrialOutcomeKind',
        definitionHash: 'H256',
      },
      KindChanged: {
        definitionHash: 'H256',
        registered: 'PalletClinicalTrialOutcomeKind',
        reported: 'PalletClinicalTrialOutcomeKind'
      }
    }
  },
  /**
   * Lookup343: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup346: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup349: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup350: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup351: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup352: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup353: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup354: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup355: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup356: sp_version::RuntimeVersion
   **/
  SpVersionRuntimeVersion: {
    specName: 'Text',
    implName: 'Text',
    authoringVersion: 'u32',
    specVersion: 'u32',
    implVersion: 'u32',
    apis: 'Vec<([u8;8],u32)>',
    transactionVersion: 'u32',
    systemVersion: 'u8'
  },
  /**
   * Lookup360: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup361: cumulus_pallet_parachain_system::block_weight::BlockWeightMode<T>
   **/
  CumulusPalletParachainSystemBlockWeightBlockWeightMode: {
    _enum: {
      FullCore: {
        context: 'u32',
      },
      PotentialFullCore: {
        context: 'u32',
        firstTransactionIndex: 'Option<u32>',
        targetWeight: 'SpWeightsWeightV2Weight',
      },
      FractionOfCore: {
        context: 'u32',
        firstTransactionIndex: 'Option<u32>'
      }
    }
  },
  /**
   * Lookup364: cumulus_pallet_parachain_system::unincluded_segment::Ancestor<primitive_types::H256>
   **/
  CumulusPalletParachainSystemUnincludedSegmentAncestor: {
    usedBandwidth: 'CumulusPalletParachainSystemUnincludedSegmentUsedBandwidth',
    paraHeadHash: 'Option<H256>',
    consumedGoAheadSignal: 'Option<PolkadotPrimitivesV9UpgradeGoAhead>'
  },
  /**
   * Lookup365: cumulus_pallet_parachain_system::unincluded_segment::UsedBandwidth
   **/
  CumulusPalletParachainSystemUnincludedSegmentUsedBandwidth: {
    umpMsgCount: 'u32',
    umpTotalBytes: 'u32',
    hrmpOutgoing: 'BTreeMap<u32, CumulusPalletParachainSystemUnincludedSegmentHrmpChannelUpdate>'
  },
  /**
   * Lookup367: cumulus_pallet_parachain_system::unincluded_segment::HrmpChannelUpdate
   **/
  CumulusPalletParachainSystemUnincludedSegmentHrmpChannelUpdate: {
    msgCount: 'u32',
    totalBytes: 'u32'
  },
  /**
   * Lookup372: polkadot_primitives::v9::UpgradeGoAhead
   **/
  PolkadotPrimitivesV9UpgradeGoAhead: {
    _enum: ['Abort', 'GoAhead']
  },
  /**
   * Lookup373: cumulus_pallet_parachain_system::unincluded_segment::SegmentTracker<primitive_types::H256>
   **/
  CumulusPalletParachainSystemUnincludedSegmentSegmentTracker: {
    usedBandwidth: 'CumulusPalletParachainSystemUnincludedSegmentUsedBandwidth',
    hrmpWatermark: 'Option<u32>',
    consumedGoAheadSignal: 'Option<PolkadotPrimitivesV9UpgradeGoAhead>'
  },
  /**
   * Lookup375: polkadot_primitives::v9::UpgradeRestriction
   **/
  PolkadotPrimitivesV9UpgradeRestriction: {
    _enum: ['Present']
  },
  /**
   * Lookup376: cumulus_pallet_parachain_system::relay_state_snapshot::MessagingStateSnapshot
   **/
  CumulusPalletParachainSystemRelayStateSnapshotMessagingStateSnapshot: {
    dmqMqcHead: 'H256',
    relayDispatchQueueRemainingCapacity: 'CumulusPalletParachainSystemRelayStateSnapshotRelayDispatchQueueRemainingCapacity',
    ingressChannels: 'Vec<(u32,PolkadotPrimitivesV9AbridgedHrmpChannel)>',
    egressChannels: 'Vec<(u32,PolkadotPrimitivesV9AbridgedHrmpChannel)>'
  },
  /**
   * Lookup377: cumulus_pallet_parachain_system::relay_state_snapshot::RelayDispatchQueueRemainingCapacity
   **/
  CumulusPalletParachainSystemRelayStateSnapshotRelayDispatchQueueRemainingCapacity: {
    remainingCount: 'u32',
    remainingSize: 'u32'
  },
  /**
   * Lookup380: polkadot_primitives::v9::AbridgedHrmpChannel
   **/
  PolkadotPrimitivesV9AbridgedHrmpChannel: {
    maxCapacity: 'u32',
    maxTotalSize: 'u32',
    maxMessageSize: 'u32',
    msgCount: 'u32',
    totalSize: 'u32',
    mqcHead: 'Option<H256>'
  },
  /**
   * Lookup381: polkadot_primitives::v9::AbridgedHostConfiguration
   **/
  PolkadotPrimitivesV9AbridgedHostConfiguration: {
    maxCodeSize: 'u32',
    maxHeadDataSize: 'u32',
    maxUpwardQueueCount: 'u32',
    maxUpwardQueueSize: 'u32',
    maxUpwardMessageSize: 'u32',
    maxUpwardMessageNumPerCandidate: 'u32',
    hrmpMaxMessageNumPerCandidate: 'u32',
    validationUpgradeCooldown: 'u32',
    validationUpgradeDelay: 'u32',
    asyncBackingParams: 'PolkadotPrimitivesV9AsyncBackingAsyncBackingParams'
  },
  /**
   * Lookup382: polkadot_primitives::v9::async_backing::AsyncBackingParams
   **/
  PolkadotPrimitivesV9AsyncBackingAsyncBackingParams: {
    maxCandidateDepth: 'u32',
    allowedAncestryLen: 'u32'
  },
  /**
   * Lookup387: cumulus_pallet_parachain_system::parachain_inherent::InboundMessageId
   **/
  CumulusPalletParachainSystemParachainInherentInboundMessageId: {
    sentAt: 'u32',
    reverseIdx: 'u32'
  },
  /**
   * Lookup389: polkadot_core_primitives::OutboundHrmpMessage<polkadot_parachain_primitives::primitives::Id>
   **/
  PolkadotCorePrimitivesOutboundHrmpMessage: {
    recipient: 'u32',
    data: 'Bytes'
  },
  /**
   * Lookup391: cumulus_pallet_parachain_system::PoVMessages
   **/
  CumulusPalletParachainSystemPoVMessages: {
    relayStorageRootOrHash: 'H256',
    coreSelector: 'u8',
    bundleIndex: 'u8',
    umpMsgCount: 'u32',
    hrmpOutboundCount: 'u32',
    hrmpOutboundRecipients: 'Vec<u32>'
  },
  /**
   * Lookup393: cumulus_pallet_parachain_system::pallet::Error<T>
   **/
  CumulusPalletParachainSystemError: {
    _enum: ['OverlappingUpgrades', 'ProhibitedByPolkadot', 'TooBig', 'ValidationDataNotAvailable', 'HostConfigurationNotAvailable', 'NotScheduled']
  },
  /**
   * Lookup395: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup396: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup399: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup402: frame_support::traits::tokens::misc::IdAmount<healthchain_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'HealthchainRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup405: frame_support::traits::tokens::misc::IdAmount<healthchain_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'HealthchainRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup406: healthchain_runtime::RuntimeFreezeReason
   **/
  HealthchainRuntimeRuntimeFreezeReason: 'Null',
  /**
   * Lookup408: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup409: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup410: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup411: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup412: pallet_sudo::pallet::Error<T>
   **/
  PalletSudoError: {
    _enum: ['RequireSudo']
  },
  /**
   * Lookup415: pallet_collective::Votes<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletCollectiveVotes: {
    index: 'u32',
    threshold: 'u32',
    ayes: 'Vec<AccountId32>',
    nays: 'Vec<AccountId32>',
    end: 'u32'
  },
  /**
   * Lookup416: pallet_collective::pallet::Error<T, I>
   **/
  PalletCollectiveError: {
    _enum: ['NotMember', 'DuplicateProposal', 'ProposalMissing', 'WrongIndex', 'DuplicateVote', 'AlreadyInitialized', 'TooEarly', 'TooManyProposals', 'WrongProposalWeight', 'WrongProposalLength', 'PrimeAccountNotMember', 'ProposalActive']
  },
  /**
   * Lookup418: pallet_membership::pallet::Error<T, I>
   **/
  PalletMembershipError: {
    _enum: ['AlreadyMember', 'NotMember', 'TooManyMembers']
  },
  /**
   * Lookup419: pallet_preimage::OldRequestStatus<sp_core::crypto::AccountId32, Balance>
   **/
  PalletPreimageOldRequestStatus: {
    _enum: {
      Unrequested: {
        deposit: '(AccountId32,u128)',
        len: 'u32',
      },
      Requested: {
        deposit: 'Option<(AccountId32,u128)>',
        count: 'u32',
        len: 'Option<u32>'
      }
    }
  },
  /**
   * Lookup422: pallet_preimage::RequestStatus<sp_core::crypto::AccountId32, frame_support::traits::tokens::fungible::HoldConsideration<A, F, R, D, Fp>>
   **/
  PalletPreimageRequestStatus: {
    _enum: {
      Unrequested: {
        ticket: '(AccountId32,u128)',
        len: 'u32',
      },
      Requested: {
        maybeTicket: 'Option<(AccountId32,u128)>',
        count: 'u32',
        maybeLen: 'Option<u32>'
      }
    }
  },
  /**
   * Lookup428: pallet_preimage::pallet::Error<T>
   **/
  PalletPreimageError: {
    _enum: ['TooBig', 'AlreadyNoted', 'NotAuthorized', 'NotNoted', 'Requested', 'NotRequested', 'TooMany', 'TooFew']
  },
  /**
   * Lookup429: pallet_whitelist::pallet::Error<T>
   **/
  PalletWhitelistError: {
    _enum: ['UnavailablePreImage', 'UndecodableCall', 'InvalidCallWeightWitness', 'CallIsNotWhitelisted', 'CallAlreadyWhitelisted', 'DeferredDispatchNotFound', 'DeferredDispatchNotExpired', 'AlreadyDeferred', 'DeferredDispatchExpired']
  },
  /**
   * Lookup432: pallet_collator_selection::pallet::CandidateInfo<sp_core::crypto::AccountId32, Balance>
   **/
  PalletCollatorSelectionCandidateInfo: {
    who: 'AccountId32',
    deposit: 'u128'
  },
  /**
   * Lookup434: frame_support::PalletId
   **/
  FrameSupportPalletId: '[u8;8]',
  /**
   * Lookup435: pallet_collator_selection::pallet::Error<T>
   **/
  PalletCollatorSelectionError: {
    _enum: ['TooManyCandidates', 'TooFewEligibleCollators', 'AlreadyCandidate', 'NotCandidate', 'TooManyInvulnerables', 'AlreadyInvulnerable', 'NotInvulnerable', 'NoAssociatedValidatorId', 'ValidatorNotRegistered', 'InsertToCandidateListFailed', 'RemoveFromCandidateListFailed', 'DepositTooLow', 'UpdateCandidateListFailed', 'InsufficientBond', 'TargetIsNotCandidate', 'IdenticalDeposit', 'InvalidUnreserve']
  },
  /**
   * Lookup443: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup444: pallet_session::pallet::Error<T>
   **/
  PalletSessionError: {
    _enum: ['InvalidProof', 'NoAssociatedValidatorId', 'DuplicatedKey', 'NoKeys', 'NoAccount']
  },
  /**
   * Lookup452: cumulus_pallet_xcmp_queue::OutboundChannelDetails
   **/
  CumulusPalletXcmpQueueOutboundChannelDetails: {
    recipient: 'u32',
    state: 'CumulusPalletXcmpQueueOutboundState',
    signalsExist: 'bool',
    firstIndex: 'u16',
    lastIndex: 'u16',
    flags: 'CumulusPalletXcmpQueueOutboundChannelFlags',
    queuedBytes: 'u32'
  },
  /**
   * Lookup453: cumulus_pallet_xcmp_queue::OutboundState
   **/
  CumulusPalletXcmpQueueOutboundState: {
    _enum: ['Ok', 'Suspended']
  },
  /**
   * Lookup454: cumulus_pallet_xcmp_queue::OutboundChannelFlags
   **/
  CumulusPalletXcmpQueueOutboundChannelFlags: {
    bits: 'u32'
  },
  /**
   * Lookup458: cumulus_pallet_xcmp_queue::QueueConfigData
   **/
  CumulusPalletXcmpQueueQueueConfigData: {
    suspendThreshold: 'u32',
    dropThreshold: 'u32',
    resumeThreshold: 'u32'
  },
  /**
   * Lookup459: cumulus_pallet_xcmp_queue::pallet::Error<T>
   **/
  CumulusPalletXcmpQueueError: {
    _enum: ['BadQueueConfig', 'AlreadySuspended', 'AlreadyResumed', 'TooManyActiveOutboundChannels', 'TooBig']
  },
  /**
   * Lookup460: pallet_xcm::pallet::QueryStatus<BlockNumber>
   **/
  PalletXcmQueryStatus: {
    _enum: {
      Pending: {
        responder: 'XcmVersionedLocation',
        maybeMatchQuerier: 'Option<XcmVersionedLocation>',
        maybeNotify: 'Option<(u8,u8)>',
        timeout: 'u32',
      },
      VersionNotifier: {
        origin: 'XcmVersionedLocation',
        isActive: 'bool',
      },
      Ready: {
        response: 'XcmVersionedResponse',
        at: 'u32'
      }
    }
  },
  /**
   * Lookup464: xcm::VersionedResponse
   **/
  XcmVersionedResponse: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      V3: 'XcmV3Response',
      V4: 'StagingXcmV4Response',
      V5: 'StagingXcmV5Response'
    }
  },
  /**
   * Lookup470: pallet_xcm::pallet::VersionMigrationStage
   **/
  PalletXcmVersionMigrationStage: {
    _enum: {
      MigrateSupportedVersion: 'Null',
      MigrateVersionNotifiers: 'Null',
      NotifyCurrentTargets: 'Option<Bytes>',
      MigrateAndNotifyOldTargets: 'Null'
    }
  },
  /**
   * Lookup473: pallet_xcm::pallet::RemoteLockedFungibleRecord<ConsumerIdentifier, MaxConsumers>
   **/
  PalletXcmRemoteLockedFungibleRecord: {
    amount: 'u128',
    owner: 'XcmVersionedLocation',
    locker: 'XcmVersionedLocation',
    consumers: 'Vec<(Null,u128)>'
  },
  /**
   * Lookup480: pallet_xcm::AuthorizedAliasesEntry<frame_support::traits::storage::Disabled, pallet_xcm::pallet::MaxAuthorizedAliases>
   **/
  PalletXcmAuthorizedAliasesEntry: {
    aliasers: 'Vec<XcmRuntimeApisAuthorizedAliasesOriginAliaser>',
    ticket: 'FrameSupportStorageDisabled'
  },
  /**
   * Lookup481: frame_support::traits::storage::Disabled
   **/
  FrameSupportStorageDisabled: 'Null',
  /**
   * Lookup482: pallet_xcm::pallet::MaxAuthorizedAliases
   **/
  PalletXcmMaxAuthorizedAliases: 'Null',
  /**
   * Lookup484: xcm_runtime_apis::authorized_aliases::OriginAliaser
   **/
  XcmRuntimeApisAuthorizedAliasesOriginAliaser: {
    location: 'XcmVersionedLocation',
    expiry: 'Option<u64>'
  },
  /**
   * Lookup486: pallet_xcm::pallet::Error<T>
   **/
  PalletXcmError: {
    _enum: {
      Unreachable: 'Null',
      SendFailure: 'Null',
      Filtered: 'Null',
      UnweighableMessage: 'Null',
      DestinationNotInvertible: 'Null',
      Empty: 'Null',
      CannotReanchor: 'Null',
      TooManyAssets: 'Null',
      InvalidOrigin: 'Null',
      BadVersion: 'Null',
      BadLocation: 'Null',
      NoSubscription: 'Null',
      AlreadySubscribed: 'Null',
      CannotCheckOutTeleport: 'Null',
      LowBalance: 'Null',
      TooManyLocks: 'Null',
      AccountNotSovereign: 'Null',
      FeesNotMet: 'Null',
      LockNotFound: 'Null',
      InUse: 'Null',
      __Unused20: 'Null',
      InvalidAssetUnknownReserve: 'Null',
      InvalidAssetUnsupportedReserve: 'Null',
      TooManyReserves: 'Null',
      LocalExecutionIncomplete: 'Null',
      TooManyAuthorizedAliases: 'Null',
      ExpiresInPast: 'Null',
      AliasNotFound: 'Null',
      LocalExecutionIncompleteWithError: {
        index: 'u8',
        error: 'PalletXcmErrorsExecutionError'
      }
    }
  },
  /**
   * Lookup487: pallet_xcm::errors::ExecutionError
   **/
  PalletXcmErrorsExecutionError: {
    _enum: ['Overflow', 'Unimplemented', 'UntrustedReserveLocation', 'UntrustedTeleportLocation', 'LocationFull', 'LocationNotInvertible', 'BadOrigin', 'InvalidLocation', 'AssetNotFound', 'FailedToTransactAsset', 'NotWithdrawable', 'LocationCannotHold', 'ExceedsMaxMessageSize', 'DestinationUnsupported', 'Transport', 'Unroutable', 'UnknownClaim', 'FailedToDecode', 'MaxWeightInvalid', 'NotHoldingFees', 'TooExpensive', 'Trap', 'ExpectationFalse', 'PalletNotFound', 'NameMismatch', 'VersionIncompatible', 'HoldingWouldOverflow', 'ExportError', 'ReanchorFailed', 'NoDeal', 'FeesNotMet', 'LockError', 'NoPermission', 'Unanchored', 'NotDepositable', 'TooManyAssets', 'UnhandledXcmVersion', 'WeightLimitReached', 'Barrier', 'WeightNotComputable', 'ExceedsStackLimit']
  },
  /**
   * Lookup488: pallet_message_queue::BookState<cumulus_primitives_core::AggregateMessageOrigin>
   **/
  PalletMessageQueueBookState: {
    _alias: {
      size_: 'size'
    },
    begin: 'u32',
    end: 'u32',
    count: 'u32',
    readyNeighbours: 'Option<PalletMessageQueueNeighbours>',
    messageCount: 'u64',
    size_: 'u64'
  },
  /**
   * Lookup490: pallet_message_queue::Neighbours<cumulus_primitives_core::AggregateMessageOrigin>
   **/
  PalletMessageQueueNeighbours: {
    prev: 'CumulusPrimitivesCoreAggregateMessageOrigin',
    next: 'CumulusPrimitivesCoreAggregateMessageOrigin'
  },
  /**
   * Lookup492: pallet_message_queue::Page<Size, HeapSize>
   **/
  PalletMessageQueuePage: {
    remaining: 'u32',
    remainingSize: 'u32',
    firstIndex: 'u32',
    first: 'u32',
    last: 'u32',
    heap: 'Bytes'
  },
  /**
   * Lookup494: pallet_message_queue::pallet::Error<T>
   **/
  PalletMessageQueueError: {
    _enum: ['NotReapable', 'NoPage', 'NoMessage', 'AlreadyProcessed', 'Queued', 'InsufficientWeight', 'TemporarilyUnprocessable', 'QueuePaused', 'RecursiveDisallowed']
  },
  /**
   * Lookup495: pallet_utility::pallet::Error<T>
   **/
  PalletUtilityError: {
    _enum: ['TooManyCalls']
  },
  /**
   * Lookup496: pallet_organizations::types::Organization<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletOrganizationsOrganization: {
    kind: 'HealthchainPrimitivesOrganizationsOrganizationKind',
    status: 'HealthchainPrimitivesOrganizationsOrganizationStatus',
    admin: 'AccountId32',
    metadataHash: 'H256',
    registeredAt: 'u32',
    memberCount: 'u32',
    pendingInvitations: 'u32'
  },
  /**
   * Lookup497: healthchain_primitives::organizations::OrganizationStatus
   **/
  HealthchainPrimitivesOrganizationsOrganizationStatus: {
    _enum: ['Active', 'Suspended']
  },
  /**
   * Lookup498: pallet_organizations::types::MemberRecord
   **/
  PalletOrganizationsMemberRecord: {
    org: 'u32',
    role: 'HealthchainPrimitivesOrganizationsMemberRole'
  },
  /**
   * Lookup501: pallet_organizations::types::Invitation<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletOrganizationsInvitation: {
    role: 'HealthchainPrimitivesOrganizationsMemberRole',
    invitedBy: 'AccountId32',
    invitedAt: 'u32',
    expiresAt: 'u32'
  },
  /**
   * Lookup502: pallet_organizations::pallet::Error<T>
   **/
  PalletOrganizationsError: {
    _enum: ['UnknownOrganization', 'AlreadySuspended', 'NotSuspended', 'AlreadyMember', 'MemberOfAnotherOrganization', 'AdminUnchanged', 'NotOrganizationAdmin', 'OrganizationSuspended', 'TooManyMembers', 'NotAMember', 'CannotRemoveRegisteredAdmin', 'CannotDemoteRegisteredAdmin', 'RoleUnchanged', 'RegisteredAdminCannotLeave', 'AlreadyInvited', 'NoInvitation', 'InvitationExpired', 'InviterNoLongerAdmin', 'Overflow']
  },
  /**
   * Lookup503: pallet_ehr_anchor::types::RecordAnchor<sp_core::crypto::AccountId32, BlockNumber, bounded_collections::bounded_vec::BoundedVec<T, S>>
   **/
  PalletEhrAnchorRecordAnchor: {
    patient: 'AccountId32',
    authorOrg: 'Option<u32>',
    author: 'AccountId32',
    category: 'HealthchainPrimitivesRecordsRecordCategory',
    contentHash: 'H256',
    algorithm: 'PalletEhrAnchorHashAlgorithm',
    locator: 'Option<Bytes>',
    keyReference: 'Option<Bytes>',
    version: 'u32',
    previous: 'Option<u64>',
    firstVersion: 'u64',
    supersededBy: 'Option<u64>',
    createdBlock: 'u32',
    createdAt: 'u64',
    status: 'PalletEhrAnchorRecordStatus',
    errorReason: 'Option<PalletEhrAnchorEnteredInErrorReason>'
  },
  /**
   * Lookup504: pallet_ehr_anchor::types::RecordStatus
   **/
  PalletEhrAnchorRecordStatus: {
    _enum: ['Active', 'Superseded', 'EnteredInError', 'Erased']
  },
  /**
   * Lookup508: pallet_ehr_anchor::types::AuthorSide<sp_core::crypto::AccountId32>
   **/
  PalletEhrAnchorAuthorSide: {
    _enum: {
      Organization: 'u32',
      PatientSide: 'AccountId32'
    }
  },
  /**
   * Lookup510: pallet_ehr_anchor::types::BulkAnchor<sp_core::crypto::AccountId32, BlockNumber, bounded_collections::bounded_vec::BoundedVec<T, S>>
   **/
  PalletEhrAnchorBulkAnchor: {
    org: 'u32',
    author: 'AccountId32',
    category: 'HealthchainPrimitivesRecordsRecordCategory',
    merkleRoot: 'H256',
    documentCount: 'u32',
    manifestLocator: 'Bytes',
    createdBlock: 'u32',
    createdAt: 'u64'
  },
  /**
   * Lookup511: pallet_ehr_anchor::pallet::Error<T>
   **/
  PalletEhrAnchorError: {
    _enum: ['UnknownRecord', 'PatientMayOnlyAnchorPatientGenerated', 'NotAMember', 'OrganizationSuspended', 'NotACareOrganization', 'NotAPractitioner', 'NotPermittedToImport', 'NotAuthoringOrganization', 'NotPatientOrDelegate', 'NoConsent', 'ConsentRevoked', 'ConsentExpired', 'ConsentNotYetValid', 'ReadRateExceeded', 'EmptyLocator', 'EmptyKeyReference', 'DuplicateContentHash', 'TooManyPatientGeneratedRecords', 'TooManyRecordsFromOrganization', 'TooManyVersions', 'RecordSuperseded', 'RecordEnteredInError', 'RecordErased', 'AlreadyEnteredInError', 'AlreadyErased', 'EmptyBulk', 'BulkTooLarge', 'DuplicateMerkleRoot', 'Overflow']
  },
  /**
   * Lookup512: pallet_consent::types::ConsentGrant<sp_core::crypto::AccountId32, BlockNumber, MaxCategories>
   **/
  PalletConsentConsentGrant: {
    patient: 'AccountId32',
    grantedBy: 'AccountId32',
    grantee: 'PalletConsentGrantee',
    actions: 'PalletConsentConsentActions',
    categories: 'PalletConsentCategoryScope',
    purpose: 'HealthchainPrimitivesConsentPurposeOfUse',
    validFrom: 'u64',
    validUntil: 'Option<u64>',
    status: 'PalletConsentConsentStatus',
    createdAt: 'u64',
    createdBlock: 'u32',
    revokedAt: 'Option<u64>',
    revokedBy: 'Option<AccountId32>',
    index: 'u32'
  },
  /**
   * Lookup513: pallet_consent::types::ConsentStatus
   **/
  PalletConsentConsentStatus: {
    _enum: ['Active', 'Revoked', 'Expired']
  },
  /**
   * Lookup516: pallet_consent::types::LiveGrant<sp_core::crypto::AccountId32, MaxCategories>
   **/
  PalletConsentLiveGrant: {
    id: 'u64',
    grantee: 'PalletConsentGrantee',
    actions: 'PalletConsentConsentActions',
    categories: 'PalletConsentCategoryScope',
    purpose: 'HealthchainPrimitivesConsentPurposeOfUse',
    validFrom: 'u64',
    validUntil: 'Option<u64>',
    revoked: 'bool'
  },
  /**
   * Lookup521: pallet_consent::types::BreakGlassCase<sp_core::crypto::AccountId32>
   **/
  PalletConsentBreakGlassCase: {
    patient: 'AccountId32',
    accessor: 'AccountId32',
    org: 'u32',
    role: 'HealthchainPrimitivesOrganizationsMemberRole',
    reason: 'PalletConsentEmergencyReason',
    openedAt: 'u64',
    expiresAt: 'u64',
    reviewDue: 'u64',
    review: 'Option<PalletConsentBreakGlassReview>'
  },
  /**
   * Lookup523: pallet_consent::types::BreakGlassReview<sp_core::crypto::AccountId32>
   **/
  PalletConsentBreakGlassReview: {
    reviewer: 'AccountId32',
    org: 'u32',
    justified: 'bool',
    findingHash: 'H256',
    at: 'u64'
  },
  /**
   * Lookup524: pallet_consent::types::AccessLogHead
   **/
  PalletConsentAccessLogHead: {
    entryCount: 'u64',
    head: 'H256'
  },
  /**
   * Lookup525: pallet_consent::types::PeriodUsage<BlockNumber>
   **/
  PalletConsentPeriodUsage: {
    period: 'u32',
    calls: 'u32'
  },
  /**
   * Lookup531: pallet_consent::types::OnboardingRecord<sp_core::crypto::AccountId32, BlockNumber, frame_support::traits::tokens::fungible::HoldConsideration<A, F, R, D, Fp>>
   **/
  PalletConsentOnboardingRecord: {
    org: 'u32',
    at: 'u32',
    depositor: 'AccountId32',
    deposit: 'u128'
  },
  /**
   * Lookup533: pallet_consent::pallet::Error<T>
   **/
  PalletConsentError: {
    _enum: ['NotPatientOrDelegate', 'NoActions', 'NoCategories', 'DuplicateCategory', 'InvalidPeriod', 'PeriodAlreadyEnded', 'UnknownOrganization', 'CannotGrantToSelf', 'TooManyGrants', 'UnknownConsent', 'AlreadyRevoked', 'CannotDelegateToSelf', 'AlreadyDelegate', 'TooManyDelegates', 'NotADelegate', 'NotAMember', 'OrganizationSuspended', 'NotACareOrganization', 'NotPermittedToOnboard', 'AlreadyOnboarded', 'NotAnEmergencyProvider', 'NotAPractitioner', 'CannotBreakGlassForSelf', 'BreakGlassAlreadyOpen', 'NotARegulator', 'NotAnAuditor', 'UnknownBreakGlassCase', 'AlreadyReviewed', 'TooManyOpenCases', 'OrganizationHasTooManyOpenCases', 'DelegateCannotGrantToSelf', 'NotOnboarded', 'NotPermittedToOffboard', 'CannotReleaseAccount', 'PatientWouldLoseItsAccount', 'NothingToPrune', 'NotThePatientsGrant', 'GrantStillRetained', 'Overflow']
  },
  /**
   * Lookup534: pallet_drug_trace::types::Product
   **/
  PalletDrugTraceProduct: {
    manufacturer: 'u32',
    metadataHash: 'H256',
    minTempCentiC: 'i32',
    maxTempCentiC: 'i32',
    maxExcursionMs: 'u64',
    registeredAt: 'u64'
  },
  /**
   * Lookup535: pallet_drug_trace::types::Batch<bounded_collections::bounded_vec::BoundedVec<T, S>>
   **/
  PalletDrugTraceBatch: {
    gtin: 'u64',
    lot: 'Bytes',
    expiry: 'u64',
    quantity: 'u32',
    serialsRoot: 'H256',
    manufacturer: 'u32',
    status: 'PalletDrugTraceBatchStatus',
    commissionedAt: 'u64',
    dispensed: 'u32',
    disposed: 'u32'
  },
  /**
   * Lookup538: pallet_drug_trace::types::Holding
   **/
  PalletDrugTraceHolding: {
    quantity: 'u32',
    incoming: 'u32',
    outgoing: 'u32',
    quarantined: 'bool',
    exposure: 'PalletDrugTraceExposure'
  },
  /**
   * Lookup539: pallet_drug_trace::types::Exposure
   **/
  PalletDrugTraceExposure: {
    totalMs: 'u64',
    acceptedMs: 'u64'
  },
  /**
   * Lookup540: pallet_drug_trace::types::Shipment
   **/
  PalletDrugTraceShipment: {
    batch: 'u64',
    from: 'u32',
    to: 'u32',
    quantity: 'u32',
    documentHash: 'H256',
    status: 'PalletDrugTraceShipmentStatus',
    quarantined: 'bool',
    shippedAt: 'u64',
    receivedAt: 'Option<u64>',
    exposure: 'PalletDrugTraceExposure'
  },
  /**
   * Lookup541: pallet_drug_trace::types::ShipmentStatus
   **/
  PalletDrugTraceShipmentStatus: {
    _enum: {
      InTransit: 'Null',
      Received: 'Null',
      Refused: {
        reason: 'PalletDrugTraceRefusalReason',
        at: 'u64'
      }
    }
  },
  /**
   * Lookup542: pallet_drug_trace::types::ColdChainRecord
   **/
  PalletDrugTraceColdChainRecord: {
    lastMeasuredAt: 'u64',
    lastCentiC: 'i32'
  },
  /**
   * Lookup544: pallet_drug_trace::types::DispenseRecord<sp_core::crypto::AccountId32>
   **/
  PalletDrugTraceDispenseRecord: {
    pharmacy: 'u32',
    pharmacist: 'AccountId32',
    at: 'u64'
  },
  /**
   * Lookup545: pallet_drug_trace::types::Recall
   **/
  PalletDrugTraceRecall: {
    class: 'PalletDrugTraceRecallClass',
    reasonHash: 'H256',
    byOrg: 'u32',
    openedBy: 'PalletDrugTraceRecallOpener',
    at: 'u64'
  },
  /**
   * Lookup546: pallet_drug_trace::types::RecallOpener
   **/
  PalletDrugTraceRecallOpener: {
    _enum: ['Manufacturer', 'Regulator']
  },
  /**
   * Lookup547: pallet_drug_trace::types::SuspectReport
   **/
  PalletDrugTraceSuspectReport: {
    reporterOrg: 'u32',
    reasonHash: 'H256',
    at: 'u64'
  },
  /**
   * Lookup548: pallet_drug_trace::types::ResolvedReport
   **/
  PalletDrugTraceResolvedReport: {
    reasonHash: 'H256',
    legitimate: 'bool',
    resolvedAt: 'u64'
  },
  /**
   * Lookup549: pallet_drug_trace::pallet::Error<T>
   **/
  PalletDrugTraceError: {
    _enum: ['NotAMember', 'OrganizationSuspended', 'NotAManufacturer', 'NotPermittedToManageProducts', 'NotProductManufacturer', 'NotATradingPartner', 'NotPermittedToHandleStock', 'NotADispenser', 'NotAPharmacist', 'NotManufacturerOrRegulator', 'NotPermittedToRecall', 'NotPermittedToRelease', 'NotARegulator', 'NotAnAuditor', 'NotPermittedToReport', 'NotAHolder', 'SameEvidence', 'ReportCoolingDown', 'NotCustodian', 'NotPermittedToRecordTemperature', 'NotReceiver', 'InvalidGtin', 'InvalidTemperatureRange', 'DuplicateProduct', 'UnknownProduct', 'EmptyLot', 'ZeroQuantity', 'AlreadyExpired', 'DuplicateLot', 'BatchTooLarge', 'UnknownBatch', 'UnknownOrganization', 'RecipientSuspended', 'RecipientNotATradingPartner', 'CannotShipToSelf', 'BatchRecalled', 'BatchQuarantined', 'BatchDestroyed', 'BatchExpired', 'StockQuarantined', 'InsufficientStock', 'TooManyHolders', 'UnknownShipment', 'AlreadyReceived', 'AlreadyRefused', 'UnknownStock', 'ReadingFromTheFuture', 'ReadingOutOfOrder', 'NotInBatch', 'AlreadyRecalled', 'NoOpenRecall', 'RecallOpenedByRegulator', 'StockStillUsable', 'NotSuspect', 'NotQuarantined', 'SuspectReportPending', 'Overflow']
  },
  /**
   * Lookup550: pallet_clinical_trial::types::Trial<T>
   **/
  PalletClinicalTrialTrial: {
    sponsor: 'u32',
    registeredBy: 'AccountId32',
    registration: 'PalletClinicalTrialRegistration',
    status: 'PalletClinicalTrialTrialStatus',
    suspension: 'Option<PalletClinicalTrialSuspension>',
    currentProtocolVersion: 'u32',
    pendingAmendment: 'Option<u32>',
    approvalHash: 'Option<H256>',
    ethicsCommittee: 'Option<u32>',
    terminationReason: 'Option<H256>',
    registeredAt: 'u64',
    recruitmentStartedAt: 'Option<u64>',
    pending: 'u32',
    enrolled: 'u32',
    screenedOut: 'u32',
    withdrawn: 'u32',
    dataSnapshots: 'u32',
    adverseEvents: 'u32'
  },
  /**
   * Lookup552: pallet_clinical_trial::types::Suspension
   **/
  PalletClinicalTrialSuspension: {
    from: 'PalletClinicalTrialTrialStatus',
    byOrg: 'u32',
    reasonHash: 'H256',
    at: 'u64'
  },
  /**
   * Lookup556: pallet_clinical_trial::types::ProtocolVersionRecord
   **/
  PalletClinicalTrialProtocolVersionRecord: {
    version: 'u32',
    protocolHash: 'H256',
    summaryHash: 'Option<H256>',
    proposedAt: 'u64',
    approvedAt: 'Option<u64>',
    ethicsDecisionHash: 'Option<H256>'
  },
  /**
   * Lookup557: pallet_clinical_trial::types::Enrolment
   **/
  PalletClinicalTrialEnrolment: {
    protocolVersion: 'u32',
    consent: 'u64',
    requestedAt: 'u64',
    decidedAt: 'Option<u64>',
    reconsentedAt: 'Option<u64>',
    status: 'PalletClinicalTrialEnrolmentStatus',
    withdrawnAt: 'Option<u64>',
    attempts: 'u32'
  },
  /**
   * Lookup558: pallet_clinical_trial::types::EnrolmentStatus
   **/
  PalletClinicalTrialEnrolmentStatus: {
    _enum: {
      Pending: 'Null',
      Enrolled: 'Null',
      ScreenedOut: 'PalletClinicalTrialScreeningReason',
      Withdrawn: 'Null'
    }
  },
  /**
   * Lookup559: pallet_clinical_trial::types::DataSnapshot<sp_core::crypto::AccountId32>
   **/
  PalletClinicalTrialDataSnapshot: {
    snapshotHash: 'H256',
    recordCount: 'u32',
    periodStart: 'u64',
    periodEnd: 'u64',
    by: 'AccountId32',
    at: 'u64'
  },
  /**
   * Lookup560: pallet_clinical_trial::types::AdverseEvent<sp_core::crypto::AccountId32>
   **/
  PalletClinicalTrialAdverseEvent: {
    severity: 'PalletClinicalTrialSeverity',
    reportHash: 'H256',
    by: 'AccountId32',
    at: 'u64'
  },
  /**
   * Lookup561: pallet_clinical_trial::types::Results<T>
   **/
  PalletClinicalTrialResults: {
    resultsHash: 'H256',
    reported: 'Vec<PalletClinicalTrialReportedOutcome>',
    discrepancies: 'Vec<PalletClinicalTrialOutcomeDiscrepancy>',
    publishedBy: 'AccountId32',
    publishedAt: 'u64'
  },
  /**
   * Lookup565: pallet_clinical_trial::types::TrialArtifact
   **/
  PalletClinicalTrialTrialArtifact: {
    _enum: {
      RegistrationDataSet: 'Null',
      Protocol: 'u32',
      ProtocolSummary: 'u32',
      Outcome: 'u32',
      EthicsDecision: 'u32',
      TerminationReason: 'Null',
      Results: 'Null',
      DataSnapshot: 'u32',
      AdverseEvent: 'u32'
    }
  },
  /**
   * Lookup566: pallet_clinical_trial::pallet::Error<T>
   **/
  PalletClinicalTrialError: {
    _enum: ['NotAMember', 'OrganizationSuspended', 'NotASponsor', 'NotAnInvestigator', 'NotPermittedToManageTrial', 'NotTrialSponsor', 'NotAnEthicsCommittee', 'NotAnOversightBody', 'NotTheSuspendingBody', 'NotTheTrialsCommittee', 'NotAReviewer', 'EmptyTitle', 'InvalidTitle', 'NoConditions', 'InvalidConditionCode', 'DuplicateCondition', 'InvalidCountryCode', 'DuplicateCountry', 'EmptySecondaryId', 'ZeroTargetEnrolment', 'NoPrimaryOutcome', 'DuplicateOutcome', 'DuplicateHash', 'UnknownTrial', 'InvalidTransition', 'TrialEnded', 'TrialNotApproved', 'AmendmentPending', 'NoPendingAmendment', 'TooManyProtocolVersions', 'NotRecruiting', 'SponsorSuspended', 'EnrolmentFull', 'AlreadyEnrolled', 'EnrolmentAttemptsExhausted', 'NotEnrolled', 'NotPending', 'ReconsentNotNeeded', 'ReconsentRequired', 'NoResearchConsent', 'ConsentRevoked', 'ConsentExpired', 'ConsentNotYetValid', 'ConsentReadRateExceeded', 'TrialNotStarted', 'InvalidPeriod', 'ResultsNotAllowed', 'ResultsAlreadyPublished', 'Overflow']
  },
  /**
   * Lookup567: healthchain_runtime::Runtime
   **/
  HealthchainRuntimeRuntime: 'Null',
  /**
   * Lookup569: sp_runtime::generic::block::LazyBlock<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, healthchain_runtime::RuntimeCall, sp_runtime::MultiSignature, cumulus_pallet_weight_reclaim::StorageWeightReclaim<T, S>>>
   **/
  SpRuntimeBlockLazyBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup573: sp_runtime::ExtrinsicInclusionMode
   **/
  SpRuntimeExtrinsicInclusionMode: {
    _enum: ['AllExtrinsics', 'OnlyInherents']
  },
  /**
   * Lookup578: sp_runtime::transaction_validity::TransactionValidityError
   **/
  SpRuntimeTransactionValidityTransactionValidityError: {
    _enum: {
      Invalid: 'SpRuntimeTransactionValidityInvalidTransaction',
      Unknown: 'SpRuntimeTransactionValidityUnknownTransaction'
    }
  },
  /**
   * Lookup579: sp_runtime::transaction_validity::InvalidTransaction
   **/
  SpRuntimeTransactionValidityInvalidTransaction: {
    _enum: {
      Call: 'Null',
      Payment: 'Null',
      Future: 'Null',
      Stale: 'Null',
      BadProof: 'Null',
      AncientBirthBlock: 'Null',
      ExhaustsResources: 'Null',
      Custom: 'u8',
      BadMandatory: 'Null',
      MandatoryValidation: 'Null',
      BadSigner: 'Null',
      IndeterminateImplicit: 'Null',
      UnknownOrigin: 'Null'
    }
  },
  /**
   * Lookup580: sp_runtime::transaction_validity::UnknownTransaction
   **/
  SpRuntimeTransactionValidityUnknownTransaction: {
    _enum: {
      CannotLookup: 'Null',
      NoUnsignedValidator: 'Null',
      Custom: 'u8'
    }
  },
  /**
   * Lookup581: sp_inherents::InherentData
   **/
  SpInherentsInherentData: {
    data: 'BTreeMap<[u8;8], Bytes>'
  },
  /**
   * Lookup586: sp_inherents::CheckInherentsResult
   **/
  SpInherentsCheckInherentsResult: {
    okay: 'bool',
    fatalError: 'bool',
    errors: 'SpInherentsInherentData'
  },
  /**
   * Lookup587: sp_runtime::transaction_validity::TransactionSource
   **/
  SpRuntimeTransactionValidityTransactionSource: {
    _enum: ['InBlock', 'Local', 'External']
  },
  /**
   * Lookup589: sp_runtime::transaction_validity::ValidTransaction
   **/
  SpRuntimeTransactionValidityValidTransaction: {
    priority: 'u64',
    requires: 'Vec<Bytes>',
    provides: 'Vec<Bytes>',
    longevity: 'u64',
    propagate: 'bool'
  },
  /**
   * Lookup590: sp_session::runtime_api::OpaqueGeneratedSessionKeys
   **/
  SpSessionRuntimeApiOpaqueGeneratedSessionKeys: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Bytes',
    proof: 'Bytes'
  },
  /**
   * Lookup594: pallet_transaction_payment::types::RuntimeDispatchInfo<Balance, sp_weights::weight_v2::Weight>
   **/
  PalletTransactionPaymentRuntimeDispatchInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    partialFee: 'u128'
  },
  /**
   * Lookup595: pallet_transaction_payment::types::FeeDetails<Balance>
   **/
  PalletTransactionPaymentFeeDetails: {
    inclusionFee: 'Option<PalletTransactionPaymentInclusionFee>',
    tip: 'u128'
  },
  /**
   * Lookup597: pallet_transaction_payment::types::InclusionFee<Balance>
   **/
  PalletTransactionPaymentInclusionFee: {
    baseFee: 'u128',
    lenFee: 'u128',
    adjustedWeightFee: 'u128'
  },
  /**
   * Lookup598: cumulus_primitives_core::CollationInfo
   **/
  CumulusPrimitivesCoreCollationInfo: {
    upwardMessages: 'Vec<Bytes>',
    horizontalMessages: 'Vec<PolkadotCorePrimitivesOutboundHrmpMessage>',
    newValidationCode: 'Option<Bytes>',
    processedDownwardMessages: 'u32',
    hrmpWatermark: 'u32',
    headData: 'Bytes'
  },
  /**
   * Lookup601: cumulus_primitives_core::RelayProofRequest
   **/
  CumulusPrimitivesCoreRelayProofRequest: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Vec<CumulusPrimitivesCoreRelayStorageKey>'
  },
  /**
   * Lookup603: cumulus_primitives_core::RelayStorageKey
   **/
  CumulusPrimitivesCoreRelayStorageKey: {
    _enum: {
      Top: 'Bytes',
      Child: {
        storageKey: 'Bytes',
        key: 'Bytes'
      }
    }
  },
  /**
   * Lookup606: xcm_runtime_apis::fees::Error
   **/
  XcmRuntimeApisFeesError: {
    _enum: ['Unimplemented', 'VersionedConversionFailed', 'WeightNotComputable', 'UnhandledXcmVersion', 'AssetNotFound', 'Unroutable']
  },
  /**
   * Lookup611: xcm_runtime_apis::dry_run::CallDryRunEffects<healthchain_runtime::RuntimeEvent>
   **/
  XcmRuntimeApisDryRunCallDryRunEffects: {
    executionResult: 'Result<FrameSupportDispatchPostDispatchInfo, SpRuntimeDispatchErrorWithPostInfo>',
    emittedEvents: 'Vec<Event>',
    localXcm: 'Option<XcmVersionedXcm>',
    forwardedXcms: 'Vec<(XcmVersionedLocation,Vec<XcmVersionedXcm>)>'
  },
  /**
   * Lookup617: xcm_runtime_apis::dry_run::Error
   **/
  XcmRuntimeApisDryRunError: {
    _enum: ['Unimplemented', 'VersionedConversionFailed']
  },
  /**
   * Lookup619: xcm_runtime_apis::dry_run::XcmDryRunEffects<healthchain_runtime::RuntimeEvent>
   **/
  XcmRuntimeApisDryRunXcmDryRunEffects: {
    executionResult: 'StagingXcmV5TraitsOutcome',
    emittedEvents: 'Vec<Event>',
    forwardedXcms: 'Vec<(XcmVersionedLocation,Vec<XcmVersionedXcm>)>'
  },
  /**
   * Lookup621: xcm_runtime_apis::conversions::Error
   **/
  XcmRuntimeApisConversionsError: {
    _enum: ['Unsupported', 'VersionedConversionFailed']
  },
  /**
   * Lookup622: xcm::VersionedAsset
   **/
  XcmVersionedAsset: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      V3: 'XcmV3MultiAsset',
      V4: 'StagingXcmV4Asset',
      V5: 'StagingXcmV5Asset'
    }
  },
  /**
   * Lookup624: xcm_runtime_apis::trusted_query::Error
   **/
  XcmRuntimeApisTrustedQueryError: {
    _enum: ['VersionedAssetConversionFailed', 'VersionedLocationConversionFailed']
  },
  /**
   * Lookup637: pallet_ehr_anchor::types::HashVerification<pallet_ehr_anchor::types::RecordAnchor<sp_core::crypto::AccountId32, BlockNumber, bounded_collections::bounded_vec::BoundedVec<T, S>>>
   **/
  PalletEhrAnchorHashVerification: {
    _enum: {
      Unknown: 'Null',
      Known: {
        recordId: 'u64',
        status: 'PalletEhrAnchorRecordStatus',
        record: 'PalletEhrAnchorRecordAnchor',
        otherAnchors: 'u32'
      }
    }
  },
  /**
   * Lookup640: pallet_ehr_anchor::types::InclusionVerification<pallet_ehr_anchor::types::BulkAnchor<sp_core::crypto::AccountId32, BlockNumber, bounded_collections::bounded_vec::BoundedVec<T, S>>>
   **/
  PalletEhrAnchorInclusionVerification: {
    _enum: {
      UnknownBulk: 'Null',
      ProofTooLong: 'Null',
      NotIncluded: 'Null',
      Included: {
        bulkId: 'u64',
        bulk: 'PalletEhrAnchorBulkAnchor'
      }
    }
  },
  /**
   * Lookup645: healthchain_primitives::consent::AccessRequest<sp_core::crypto::AccountId32>
   **/
  HealthchainPrimitivesConsentAccessRequest: {
    patient: 'AccountId32',
    accessor: 'AccountId32',
    organization: 'Option<u32>',
    action: 'HealthchainPrimitivesConsentConsentAction',
    category: 'HealthchainPrimitivesRecordsRecordCategory',
    purpose: 'HealthchainPrimitivesConsentPurposeOfUse'
  },
  /**
   * Lookup646: healthchain_primitives::consent::ConsentAction
   **/
  HealthchainPrimitivesConsentConsentAction: {
    _enum: ['Read', 'Write']
  },
  /**
   * Lookup648: healthchain_primitives::consent::ConsentError
   **/
  HealthchainPrimitivesConsentConsentError: {
    _enum: ['NoConsent', 'ConsentRevoked', 'ConsentExpired', 'ConsentNotYetValid', 'ReadRateExceeded']
  },
  /**
   * Lookup653: pallet_drug_trace::types::PackVerification
   **/
  PalletDrugTracePackVerification: {
    _enum: {
      Unknown: 'Null',
      NotInBatch: 'Null',
      AlreadyDispensed: {
        dispensedAt: 'u64',
      },
      Recalled: 'Null',
      Destroyed: 'Null',
      Quarantined: 'Null',
      Expired: {
        expiry: 'u64',
      },
      Genuine: {
        batch: 'u64',
        expiry: 'u64'
      }
    }
  },
  /**
   * Lookup667: pallet_clinical_trial::types::TrialFilter
   **/
  PalletClinicalTrialTrialFilter: {
    _enum: {
      All: 'Null',
      Status: 'PalletClinicalTrialTrialStatus',
      Condition: 'Bytes',
      Sponsor: 'u32',
      Phase: 'PalletClinicalTrialPhase'
    }
  },
  /**
   * Lookup675: pallet_clinical_trial::types::EnrolmentCounts
   **/
  PalletClinicalTrialEnrolmentCounts: {
    pending: 'u32',
    enrolled: 'u32',
    screenedOut: 'u32',
    withdrawn: 'u32',
    needingReconsent: 'u32'
  },
  /**
   * Lookup685: healthchain_runtime::RuntimeError
   **/
  HealthchainRuntimeRuntimeError: {
    _enum: {
      System: 'FrameSystemError',
      ParachainSystem: 'CumulusPalletParachainSystemError',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      Balances: 'PalletBalancesError',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      Sudo: 'PalletSudoError',
      Council: 'PalletCollectiveError',
      CouncilMembership: 'PalletMembershipError',
      Preimage: 'PalletPreimageError',
      Whitelist: 'PalletWhitelistError',
      __Unused20: 'Null',
      CollatorSelection: 'PalletCollatorSelectionError',
      Session: 'PalletSessionError',
      __Unused23: 'Null',
      __Unused24: 'Null',
      __Unused25: 'Null',
      __Unused26: 'Null',
      __Unused27: 'Null',
      __Unused28: 'Null',
      __Unused29: 'Null',
      XcmpQueue: 'CumulusPalletXcmpQueueError',
      PolkadotXcm: 'PalletXcmError',
      __Unused32: 'Null',
      MessageQueue: 'PalletMessageQueueError',
      __Unused34: 'Null',
      __Unused35: 'Null',
      __Unused36: 'Null',
      __Unused37: 'Null',
      __Unused38: 'Null',
      __Unused39: 'Null',
      Utility: 'PalletUtilityError',
      __Unused41: 'Null',
      __Unused42: 'Null',
      __Unused43: 'Null',
      __Unused44: 'Null',
      __Unused45: 'Null',
      __Unused46: 'Null',
      __Unused47: 'Null',
      __Unused48: 'Null',
      __Unused49: 'Null',
      Organizations: 'PalletOrganizationsError',
      EhrAnchor: 'PalletEhrAnchorError',
      Consent: 'PalletConsentError',
      DrugTrace: 'PalletDrugTraceError',
      ClinicalTrial: 'PalletClinicalTrialError'
    }
  }
};
