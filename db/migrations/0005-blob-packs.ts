// Where each attachment's sealed bytes are (main/blobs/blob-store.ts): a range of a pack file
// (pack, pack_offset, pack_length) for small blobs, or all three NULL for a blob in its own file.
export const sql = `
ALTER TABLE attachments ADD COLUMN pack TEXT CHECK (pack IS NULL OR (length(pack) = 32 AND pack NOT GLOB '*[^0-9a-f]*'));
ALTER TABLE attachments ADD COLUMN pack_offset INTEGER CHECK (pack_offset IS NULL OR pack_offset >= 0);
ALTER TABLE attachments ADD COLUMN pack_length INTEGER CHECK (pack_length IS NULL OR pack_length > 0);
CREATE INDEX attachments_pack ON attachments(pack) WHERE pack IS NOT NULL;
`;
