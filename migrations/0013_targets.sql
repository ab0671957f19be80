CREATE TABLE `sales_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`month` text NOT NULL,
	`owner_id` integer,
	`amount_cents` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `owners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sales_targets_owner_month` ON `sales_targets` (`owner_id`,`month`) WHERE owner_id IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `sales_targets_total_month` ON `sales_targets` (`month`) WHERE owner_id IS NULL;--> statement-breakpoint
-- Hand-written: indexes the reports read (services/reports-*.ts); not in the drizzle schema.
-- Signed sales by date without table reads: the live contracts' date, state, total, owner, customer.
CREATE INDEX `contracts_signed_cover` ON `contracts` (`signed_date`,`state`,`total_cents`,`owner_id`,`customer_id`) WHERE deleted_at IS NULL;--> statement-breakpoint
-- What fell due per month, voided and paid instalments included.
CREATE INDEX `instalments_due_cover` ON `instalments` (`due_date`,`contract_id`,`amount_cents`,`received_cents`,`voided_at`);--> statement-breakpoint
-- Money received per month (回款), net of reversals, advances told apart by kind.
CREATE INDEX `payments_received_cover` ON `payments` (`received_date`,`kind`,`amount_cents`,`contract_id`,`reverses_id`);--> statement-breakpoint
-- Follow-ups per owner and week.
CREATE INDEX `activities_occurred_live` ON `activities` (`occurred_at`,`customer_id`) WHERE deleted_at IS NULL;--> statement-breakpoint
-- The funnel's cohort (deals created in a range) and the stays that ended in a range.
CREATE INDEX `deals_created_live` ON `deals` (`created_at`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `deal_stage_history_left` ON `deal_stage_history` (`left_at`,`stage_id`,`entered_at`,`deal_id`) WHERE left_at IS NOT NULL;
