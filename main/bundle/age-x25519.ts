// The X25519 identity of the age spec, unwrapping with node:crypto: the secret key is imported
// once (typage re-imports it through WebCrypto on every file, which dominates small bundles).
//   shared = X25519(secret, share); key = HKDF-SHA256(shared, share ‖ recipient, "age-encryption.org/v1/X25519")
//   file key = ChaCha20-Poly1305(key, zero nonce).open(body)
import { type KeyObject, createPrivateKey, createPublicKey, diffieHellman, hkdfSync } from 'node:crypto';
import { base64nopad, bech32 } from '@scure/base';
import type { TypageIdentity, TypageStanza } from './age-typage';

const PKCS8_X25519 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const INFO = 'age-encryption.org/v1/X25519';

export type ChaChaOpen = (key: Buffer, nonce: Buffer, sealed: Uint8Array) => Uint8Array | null;

export class NativeX25519Identity implements TypageIdentity {
  private readonly secret: KeyObject;
  private readonly recipient: Buffer;

  constructor(
    identity: string,
    private readonly open: ChaChaOpen,
  ) {
    const { prefix, bytes } = bech32.decodeToBytes(identity.toLowerCase());
    if (prefix !== 'age-secret-key-' || bytes.length !== 32) throw new TypeError('invalid age identity');
    this.secret = createPrivateKey({ key: Buffer.concat([PKCS8_X25519, bytes]), format: 'der', type: 'pkcs8' });
    bytes.fill(0);
    this.recipient = Buffer.from(createPublicKey(this.secret).export({ format: 'der', type: 'spki' }).subarray(-32));
  }

  unwrapFileKey(stanzas: TypageStanza[]): Uint8Array | null {
    for (const s of stanzas) {
      if (s.args[0] !== 'X25519' || s.args.length !== 2) continue;
      const share = base64nopad.decode(s.args[1] ?? '');
      if (share.length !== 32 || s.body.length !== 32) throw new Error('malformed X25519 stanza');
      // JWK import: about ten times cheaper than DER in node:crypto, and this runs once per file.
      const peer = createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: Buffer.from(share).toString('base64url') }, format: 'jwk' });
      const shared = diffieHellman({ privateKey: this.secret, publicKey: peer });
      // An all-zero secret means a low-order share: the spec says abort.
      if (shared.every((b) => b === 0)) throw new Error('X25519 share of low order');
      const key = Buffer.from(hkdfSync('sha256', shared, Buffer.concat([share, this.recipient]), INFO, 32));
      shared.fill(0);
      const fileKey = this.open(key, Buffer.alloc(12), s.body);
      key.fill(0);
      if (fileKey) return fileKey;
    }
    return null;
  }
}
