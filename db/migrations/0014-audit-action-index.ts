// The newest audit entry of an action (main/audit/clock-check.ts asks at every unlock whether the
// clock went backwards since the last purge by hand) without reading the whole log: usually there
// is no such entry, and without an index finding that out meant scanning every entry.
export const sql = `
CREATE INDEX audit_log_action ON audit_log (action, seq);
`;
