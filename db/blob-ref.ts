// What the database records of where an attachment's sealed bytes are in the blob store
// (main/blobs/blob-store.ts): a file of its own, or a range of a pack.
export type BlobLocation = { kind: 'file' } | { kind: 'pack'; pack: string; offset: number; length: number };
export type BlobRef = { sha256: string; location: BlobLocation };
