-- marsad archive, schema version 7: indexes that deleting extraction rows needs (issue #11).

-- Deleting an attribution sets the reports citing it to NULL (ON DELETE SET NULL), and deleting a
-- report does the same to the event participants it first named: without these indexes each
-- deleted row scanned the whole referring table (`marsad extract` on 10 attributions: 8.8 s with
-- foreign keys on, 0.11 s with the index). Partial: most rows have no such reference, and a lookup
-- `x = ?` may use an index on `x IS NOT NULL`.
CREATE INDEX event_reports_attribution ON event_reports (attribution_id) WHERE attribution_id IS NOT NULL;
CREATE INDEX event_participants_report ON event_participants (report_id) WHERE report_id IS NOT NULL;
