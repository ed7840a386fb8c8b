// Faster case-list totals at 100,000 cases (db/queries/cases.ts, listCaseRows):
//  - cases_filter: every filterable column in one index, so a count with any mix of those filters
//    reads only index pages (SQLite skip-scans the leading columns it is not given);
//  - case_categories holds the categories of live cases only: merging a case removes its rows,
//    splitting it back restores them from cases.categories. A category count or join then needs
//    no look-up of each case to exclude merged ones.
export const sql = `
CREATE INDEX cases_filter ON cases(merged_into, status, priority, country, assignee_id, follow_up_on, received_at);
DELETE FROM case_categories WHERE case_id IN (SELECT id FROM cases WHERE merged_into IS NOT NULL);
CREATE TRIGGER case_categories_merged AFTER UPDATE OF merged_into ON cases
  WHEN NEW.merged_into IS NOT NULL AND OLD.merged_into IS NULL
BEGIN
  DELETE FROM case_categories WHERE case_id = NEW.id;
END;
CREATE TRIGGER case_categories_split AFTER UPDATE OF merged_into ON cases
  WHEN NEW.merged_into IS NULL AND OLD.merged_into IS NOT NULL
BEGIN
  INSERT OR IGNORE INTO case_categories (case_id, category) SELECT NEW.id, value FROM json_each(NEW.categories);
END;
`;
