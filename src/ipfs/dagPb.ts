// spec: tooling §7 — dag-pb blocks as Kubo writes them: PBNode { repeated PBLink Links = 2; optional bytes Data = 1 },
// PBLink { bytes Hash = 1; string Name = 2; uint64 Tsize = 3 }.
import { InvalidInputError } from '../primitives/common/errors.js';
import { type CidV0, cidV0FromMultihash, cidV0Multihash } from './cid.js';
import { ProtoWriter, readFields, WIRE_LENGTH_DELIMITED, WIRE_VARINT } from './protobuf.js';

/** A named link to a child block; `tsize` is the child's cumulative DAG size (its block plus everything below). */
export interface PbLink {
  cid: CidV0;
  name: string;
  tsize: number;
}

/** A dag-pb node. */
export interface PbNode {
  links: PbLink[];
  data?: Uint8Array;
}

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Encodes a node in canonical dag-pb form: links first, then data. Every link carries Name and Tsize, even an
 * empty name, because Kubo (go-merkledag) always writes both and the bytes decide the CID.
 */
export function encodePbNode(node: PbNode): Uint8Array {
  const w = new ProtoWriter();
  for (const link of node.links) {
    const lw = new ProtoWriter()
      .bytesField(1, cidV0Multihash(link.cid))
      .bytesField(2, utf8.encode(link.name))
      .uintField(3, link.tsize);
    w.bytesField(2, lw.finish());
  }
  if (node.data !== undefined) w.bytesField(1, node.data);
  return w.finish();
}

/** Decodes a dag-pb block. */
export function decodePbNode(block: Uint8Array): PbNode {
  const node: PbNode = { links: [] };
  for (const f of readFields(block, 'dag-pb node')) {
    if (f.field === 1 && f.wireType === WIRE_LENGTH_DELIMITED) node.data = f.value;
    else if (f.field === 2 && f.wireType === WIRE_LENGTH_DELIMITED) node.links.push(decodeLink(f.value));
    else throw new InvalidInputError('dag-pb node', `unexpected field ${f.field}`);
  }
  return node;
}

function decodeLink(bytes: Uint8Array): PbLink {
  let cid: CidV0 | undefined;
  let name = '';
  let tsize = 0;
  for (const f of readFields(bytes, 'dag-pb link')) {
    if (f.field === 1 && f.wireType === WIRE_LENGTH_DELIMITED)
      cid = cidV0FromMultihash(f.value, 'dag-pb link');
    else if (f.field === 2 && f.wireType === WIRE_LENGTH_DELIMITED) name = utf8Decoder.decode(f.value);
    else if (f.field === 3 && f.wireType === WIRE_VARINT) tsize = f.value;
    else throw new InvalidInputError('dag-pb link', `unexpected field ${f.field}`);
  }
  if (cid === undefined) throw new InvalidInputError('dag-pb link', 'link without a hash');
  return { cid, name, tsize };
}
