CREATE TABLE `campaigns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`channel` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`budget_cents` integer DEFAULT 0 NOT NULL,
	`cost_cents` integer DEFAULT 0 NOT NULL,
	`notes` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer
);
--> statement-breakpoint
CREATE INDEX `campaigns_start_live` ON `campaigns` (`start_date`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `reminder_states` (
	`key` text PRIMARY KEY NOT NULL,
	`done_at` integer,
	`snoozed_until` text,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `reminders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`notes` text,
	`at` integer NOT NULL,
	`customer_id` integer,
	`deal_id` integer,
	`contract_id` integer,
	`done_at` integer,
	`notified_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reminders_open_at` ON `reminders` (`at`) WHERE done_at IS NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `reminders_customer` ON `reminders` (`customer_id`);--> statement-breakpoint
CREATE TABLE `return_visits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`contract_id` integer,
	`ticket_id` integer,
	`reason` text NOT NULL,
	`due_date` text NOT NULL,
	`owner_id` integer,
	`notes` text,
	`done_at` integer,
	`done_date` text,
	`outcome` text,
	`satisfaction` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `owners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `return_visits_open_due` ON `return_visits` (`due_date`) WHERE done_at IS NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `return_visits_customer` ON `return_visits` (`customer_id`,`due_date`);--> statement-breakpoint
CREATE UNIQUE INDEX `return_visits_contract_completed` ON `return_visits` (`contract_id`) WHERE reason = 'contractCompleted';--> statement-breakpoint
CREATE INDEX `return_visits_ticket` ON `return_visits` (`ticket_id`);--> statement-breakpoint
CREATE TABLE `tickets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`customer_id` integer NOT NULL,
	`contact_id` integer,
	`contract_id` integer,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`status` text DEFAULT 'new' NOT NULL,
	`priority` text DEFAULT 'normal' NOT NULL,
	`owner_id` integer,
	`due_date` text,
	`resolution` text,
	`satisfaction` integer,
	`first_response_at` integer,
	`resolved_at` integer,
	`closed_at` integer,
	`closed_date` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `owners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_number_unique` ON `tickets` (`number`);--> statement-breakpoint
CREATE INDEX `tickets_customer` ON `tickets` (`customer_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `tickets_status_live` ON `tickets` (`status`,`created_at`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `tickets_closed_live` ON `tickets` (`closed_date`) WHERE deleted_at IS NULL AND closed_date IS NOT NULL;--> statement-breakpoint
CREATE INDEX `tickets_created_live` ON `tickets` (`created_at`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `customer_insight` (
	`customer_id` integer PRIMARY KEY NOT NULL,
	`stale` integer DEFAULT 1 NOT NULL,
	`as_of` text,
	`lifetime_cents` integer DEFAULT 0 NOT NULL,
	`revenue_12m_cents` integer DEFAULT 0 NOT NULL,
	`purchases` integer DEFAULT 0 NOT NULL,
	`first_purchase_date` text,
	`last_purchase_date` text,
	`last_contact_at` integer,
	`open_cents` integer DEFAULT 0 NOT NULL,
	`r_score` integer,
	`f_score` integer,
	`m_score` integer,
	`segment` text,
	`risk` text DEFAULT '[]' NOT NULL,
	`at_risk` integer DEFAULT 0 NOT NULL,
	`at_stake_cents` integer DEFAULT 0 NOT NULL,
	`clv_cents` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `customer_insight_at_risk` ON `customer_insight` (`at_stake_cents`) WHERE at_risk = 1;--> statement-breakpoint
CREATE INDEX `customer_insight_segment` ON `customer_insight` (`segment`,`lifetime_cents`);--> statement-breakpoint
CREATE INDEX `customer_insight_stale` ON `customer_insight` (`customer_id`) WHERE stale = 1;--> statement-breakpoint
ALTER TABLE `customers` ADD `campaign_id` integer REFERENCES campaigns(id);--> statement-breakpoint
CREATE INDEX `customers_campaign_live` ON `customers` (`campaign_id`,`created_at`) WHERE deleted_at IS NULL AND campaign_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `customers_birthday_live` ON `customers` (substr(birthday, 6)) WHERE deleted_at IS NULL AND birthday IS NOT NULL;--> statement-breakpoint
CREATE INDEX `contacts_birthday_live` ON `contacts` (substr(birthday, 6)) WHERE deleted_at IS NULL AND birthday IS NOT NULL;--> statement-breakpoint
CREATE INDEX `deals_campaign_live` ON `deals` (`campaign_id`,`status`) WHERE deleted_at IS NULL AND campaign_id IS NOT NULL;--> statement-breakpoint
-- Hand-written from here: customer insight (services/insight.ts) recomputes only the rows
-- these triggers mark stale (a contract written — payments and reversals update its sums —,
-- a follow-up logged, a customer deleted, restored, merged or moved to another stage). A customer without a row is
-- computed at the next refresh; a purged customer takes its row with it.
CREATE TRIGGER `customer_insight_contract_insert` AFTER INSERT ON `contracts` BEGIN
  UPDATE customer_insight SET stale = 1 WHERE customer_id = NEW.customer_id;
END;--> statement-breakpoint
CREATE TRIGGER `customer_insight_contract_update` AFTER UPDATE OF total_cents, received_cents, state, signed_date, deleted_at, customer_id ON `contracts` BEGIN
  UPDATE customer_insight SET stale = 1 WHERE customer_id IN (OLD.customer_id, NEW.customer_id);
END;--> statement-breakpoint
CREATE TRIGGER `customer_insight_contract_delete` AFTER DELETE ON `contracts` BEGIN
  UPDATE customer_insight SET stale = 1 WHERE customer_id = OLD.customer_id;
END;--> statement-breakpoint
CREATE TRIGGER `customer_insight_customer_update` AFTER UPDATE OF last_activity_at, deleted_at, merged_into, stage ON `customers` BEGIN
  UPDATE customer_insight SET stale = 1 WHERE customer_id = NEW.id;
END;--> statement-breakpoint
CREATE TRIGGER `customer_insight_customer_delete` BEFORE DELETE ON `customers` BEGIN
  DELETE FROM customer_insight WHERE customer_id = OLD.id;
END;
