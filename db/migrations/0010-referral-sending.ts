// Sending a referral: the partner's recipient as it was when the referral was approved (sending
// refuses a partner whose key changed since), and what was written to the medium (file name,
// size, SHA-256, encrypted or a printable letter), when and by whom. The package itself is never
// kept on this computer.
export const sql = `
ALTER TABLE referrals ADD COLUMN approved_recipient TEXT;
ALTER TABLE referrals ADD COLUMN sent_at TEXT;
ALTER TABLE referrals ADD COLUMN sent_by TEXT;
ALTER TABLE referrals ADD COLUMN package_file TEXT;
ALTER TABLE referrals ADD COLUMN package_size INTEGER;
ALTER TABLE referrals ADD COLUMN package_sha256 TEXT;
ALTER TABLE referrals ADD COLUMN package_encrypted INTEGER CHECK (package_encrypted IN (0, 1));
`;
