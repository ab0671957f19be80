CREATE TABLE `deal_stage_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`deal_id` integer NOT NULL,
	`stage_id` integer NOT NULL,
	`entered_at` integer NOT NULL,
	`left_at` integer,
	`actor` text,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stage_id`) REFERENCES `pipeline_stages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deal_stage_history_deal` ON `deal_stage_history` (`deal_id`,`entered_at`);--> statement-breakpoint
CREATE INDEX `deal_stage_history_stage` ON `deal_stage_history` (`stage_id`,`entered_at`);--> statement-breakpoint
CREATE TABLE `deals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`title` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`stage_id` integer NOT NULL,
	`position` integer,
	`status` text DEFAULT 'open' NOT NULL,
	`expected_close_date` text,
	`owner_id` integer,
	`product_ids` text DEFAULT '[]' NOT NULL,
	`campaign_id` integer,
	`activity_id` integer,
	`notes` text,
	`lost_reason` text,
	`closed_date` text,
	`closed_at` integer,
	`stage_entered_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stage_id`) REFERENCES `pipeline_stages`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `owners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deals_board` ON `deals` (`stage_id`,`position`) WHERE status = 'open' AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `deals_customer` ON `deals` (`customer_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `deals_owner_live` ON `deals` (`owner_id`,`updated_at`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `deals_status_live` ON `deals` (`status`,`closed_date`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `deals_updated_live` ON `deals` (`updated_at`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `pipeline_stages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`probability` integer NOT NULL,
	`position` integer NOT NULL,
	`stale_days` integer,
	`removed_at` integer
);
--> statement-breakpoint
INSERT INTO `pipeline_stages` (`name`, `kind`, `probability`, `position`, `stale_days`) VALUES
	('初步接洽', 'open', 10, 0, 14),
	('需求确认', 'open', 30, 1, 21),
	('方案报价', 'open', 50, 2, 21),
	('谈判', 'open', 70, 3, 30),
	('赢单', 'won', 100, 4, NULL),
	('输单', 'lost', 0, 5, NULL);
