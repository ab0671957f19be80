DROP INDEX `instalments_open_customer`;--> statement-breakpoint
CREATE INDEX `instalments_open_customer` ON `instalments` (`customer_id`,`due_date`,`amount_cents`,`received_cents`,`contract_id`) WHERE open = 1;--> statement-breakpoint
-- Hand-written: indexes the funnel report reads (services/reports-funnel.ts). deleted_at
-- (always NULL in them) is a column too: SQLite reads it to test the condition, else the table.
-- The cohort of deals created in a range with what it sums, without reading the deals.
CREATE INDEX `deals_created_cover` ON `deals` (`created_at`,`owner_id`,`status`,`stage_id`,`amount_cents`,`deleted_at`) WHERE deleted_at IS NULL;--> statement-breakpoint
-- The stages each deal was in, probed per deal of the cohort without reading its history rows.
CREATE INDEX `deal_stage_history_deal_stage` ON `deal_stage_history` (`deal_id`,`stage_id`);--> statement-breakpoint
-- Deals won and lost in a range, their amounts, cycle and lost reasons from the index alone.
CREATE INDEX `deals_closed_cover` ON `deals` (`status`,`closed_date`,`owner_id`,`amount_cents`,`created_at`,`lost_reason`,`deleted_at`) WHERE deleted_at IS NULL;--> statement-breakpoint
-- The few deleted deals (stays in a stage leave them out by id).
CREATE INDEX `deals_deleted` ON `deals` (`deleted_at`) WHERE deleted_at IS NOT NULL;
