-- marsad archive, schema version 4: indexes that let the canned queries stop early (issue #5).

-- Meetings that began before a --from date but run into it, found without walking every earlier event.
CREATE INDEX events_date_end ON events (date_end);

-- The reports of an event, by article, with what each claims (status, date, place): conflicting-claims
-- decides whether an event's reports disagree, and the outlet and source counts find the reports'
-- articles, from this index alone. Replaces the (event_id) index it extends.
DROP INDEX event_reports_event;
CREATE INDEX event_reports_event ON event_reports (event_id, article_id, status, date_start, place_entity_id);

-- An article's outlet and date by its id, without reading the row: the body is stored before them, so
-- the row read walks the body's overflow pages. Counting the outlets behind an event, mapping reports to
-- their sources and filtering search matches by outlet or date read this narrow index instead.
CREATE INDEX articles_id_outlet ON articles (id, outlet_id, published_at);

-- The events an article reports, from the index alone (outlet-activity counts them per outlet).
-- Replaces the (article_id) index it extends.
DROP INDEX event_reports_article;
CREATE INDEX event_reports_article ON event_reports (article_id, event_id);
