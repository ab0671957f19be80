-- Hand-written: follow-ups of a range with their customer from the index alone (services/
-- reports-activity.ts). deleted_at (always NULL here) is a column too: SQLite reads it to test
-- the condition, else the table row of every follow-up.
DROP INDEX `activities_occurred_live`;--> statement-breakpoint
CREATE INDEX `activities_occurred_live` ON `activities` (`occurred_at`,`customer_id`,`deleted_at`) WHERE deleted_at IS NULL;
