// spec: economy §4.3, reference-metadata-spec30 EncointerBazaar (indices, args)
import { CommunityIdentifier, OfferingIdentifier, PalletString } from '../../../primitives/scale/index.js';
import { BadOriginError } from '../../framework/errors.js';
import { call, definePallet, type Origin, type Pallet } from '../../framework/pallet.js';
import {
  createBusiness,
  createOffering,
  deleteBusiness,
  deleteOffering,
  updateBusiness,
  updateOffering,
} from './bazaar.js';
import { bazaarErrors, bazaarEvents, PALLET } from './declarations.js';
import { bazaarStorage } from './storage.js';

export { PALLET };

/** The bazaar has no configuration in the reference; the parameter keeps the `create<Name>Pallet(config)` shape. */
export type BazaarConfig = Record<string, never>;

const controller = (origin: Origin) => {
  if (origin.kind !== 'Signed')
    throw new BadOriginError('bazaar calls must be signed by the business controller');
  return origin.who;
};

const cid = { type: CommunityIdentifier, typeName: 'CommunityIdentifier' };
const url = { type: PalletString, typeName: 'PalletString' };
const oid = { type: OfferingIdentifier, typeName: 'OfferingIdentifier' };

export const createBazaarPallet = (_config: BazaarConfig = {}): Pallet =>
  definePallet({
    name: PALLET,
    index: 64,
    callPath: ['pallet_encointer_bazaar', 'pallet', 'Call'],
    storage: bazaarStorage,
    events: bazaarEvents,
    errors: bazaarErrors,
    calls: {
      create_business: call({
        index: 0,
        args: { cid, url },
        docs: ['Register a business of the signer in a community.'],
        dispatch: (env, origin, args) => createBusiness(env, controller(origin), args.cid, args.url),
      }),
      update_business: call({
        index: 1,
        args: { cid, url },
        docs: ["Replace the url of the signer's business."],
        dispatch: (env, origin, args) => updateBusiness(env, controller(origin), args.cid, args.url),
      }),
      delete_business: call({
        index: 2,
        args: { cid },
        docs: ["Delete the signer's business and all its offerings."],
        dispatch: (env, origin, args) => deleteBusiness(env, controller(origin), args.cid),
      }),
      create_offering: call({
        index: 3,
        args: { cid, url },
        docs: ["Add an offering to the signer's business."],
        dispatch: (env, origin, args) => {
          createOffering(env, controller(origin), args.cid, args.url);
        },
      }),
      update_offering: call({
        index: 4,
        args: { cid, oid, url },
        docs: ["Replace the url of one of the signer's offerings."],
        dispatch: (env, origin, args) =>
          updateOffering(env, controller(origin), args.cid, args.oid, args.url),
      }),
      delete_offering: call({
        index: 5,
        args: { cid, oid },
        docs: ["Delete one of the signer's offerings."],
        dispatch: (env, origin, args) => deleteOffering(env, controller(origin), args.cid, args.oid),
      }),
    },
  });
