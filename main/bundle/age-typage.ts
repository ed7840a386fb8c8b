// The one place that reaches into typage (age-encryption) internals.
//
// typage's package.json `exports` exposes only dist/index.js, whose Encrypter/Decrypter run the
// whole payload through @noble/ciphers (~50-90 MB/s here). We only want typage for the small,
// security-critical part: wrapping/unwrapping the 16-byte file key with its identity/recipient
// classes (X25519, ML-KEM-768+X25519, scrypt). Those classes live in dist/recipients.js, which
// `exports` hides, so we resolve the package's main file with createRequire and import the sibling
// file by URL. Node caches modules by URL, so this is the same module instance index.js uses, not a
// second copy. The shapes are typed with our own minimal interfaces and checked at load time, so a
// typage upgrade that moves or renames them fails loudly here instead of deep inside a decrypt.
//
// The pure-JS ChaCha20-Poly1305 from typage's own @noble/ciphers dependency is loaded the same way;
// it is only a fallback for runtimes whose node:crypto lacks 'chacha20-poly1305' (Electron builds
// Node against BoringSSL, which does not expose that cipher through EVP_CIPHER).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A recipient stanza as typage reads and writes it (its Stanza class has exactly these fields). */
export interface TypageStanza {
  readonly args: string[];
  readonly body: Uint8Array;
}

export interface TypageIdentity {
  /** Returns the file key, null when no stanza is addressed to this identity; throws on a malformed one. */
  unwrapFileKey(stanzas: TypageStanza[]): Uint8Array | null | Promise<Uint8Array | null>;
}

export interface TypageRecipient {
  wrapFileKey(fileKey: Uint8Array): TypageStanza[] | Promise<TypageStanza[]>;
}

export interface TypageRecipients {
  X25519Identity: new (identity: string) => TypageIdentity;
  HybridIdentity: new (identity: string) => TypageIdentity;
  ScryptIdentity: new (passphrase: string) => TypageIdentity;
  X25519Recipient: new (recipient: string) => TypageRecipient;
  HybridRecipient: new (recipient: string) => TypageRecipient;
  ScryptRecipient: new (passphrase: string, logN: number) => TypageRecipient;
}

export interface NobleAead {
  encrypt(plaintext: Uint8Array): Uint8Array;
  decrypt(ciphertextAndTag: Uint8Array): Uint8Array;
}
export type NobleChaCha20Poly1305 = (key: Uint8Array, nonce: Uint8Array) => NobleAead;

const CLASS_NAMES = [
  'X25519Identity',
  'HybridIdentity',
  'ScryptIdentity',
  'X25519Recipient',
  'HybridRecipient',
  'ScryptRecipient',
] as const satisfies readonly (keyof TypageRecipients)[];

function typageMainFile(): string {
  return createRequire(import.meta.url).resolve('age-encryption');
}

let recipientsModule: Promise<TypageRecipients> | undefined;

export function loadTypageRecipients(): Promise<TypageRecipients> {
  recipientsModule ??= (async () => {
    const url = pathToFileURL(join(dirname(typageMainFile()), 'recipients.js')).href;
    const mod = (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
    for (const name of CLASS_NAMES) {
      if (typeof mod[name] !== 'function') throw new Error(`age-encryption: recipients.js has no ${name}`);
    }
    return mod as unknown as TypageRecipients;
  })();
  return recipientsModule;
}

let nobleChaCha: Promise<NobleChaCha20Poly1305> | undefined;

export function loadNobleChaCha20Poly1305(): Promise<NobleChaCha20Poly1305> {
  nobleChaCha ??= (async () => {
    // Resolved from typage's location: the copy typage itself depends on, not a direct dependency of ours.
    const path = createRequire(typageMainFile()).resolve('@noble/ciphers/chacha.js');
    const mod = (await import(/* @vite-ignore */ pathToFileURL(path).href)) as Record<string, unknown>;
    if (typeof mod.chacha20poly1305 !== 'function') throw new Error('@noble/ciphers: no chacha20poly1305');
    return mod.chacha20poly1305 as NobleChaCha20Poly1305;
  })();
  return nobleChaCha;
}
