CREATE TABLE `contract_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`name` text NOT NULL,
	`stored_name` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contract_attachments_contract` ON `contract_attachments` (`contract_id`);--> statement-breakpoint
CREATE TABLE `contract_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`position` integer NOT NULL,
	`product_id` integer,
	`description` text NOT NULL,
	`quantity_milli` integer NOT NULL,
	`unit_price_cents` integer NOT NULL,
	`discount_bps` integer DEFAULT 0 NOT NULL,
	`line_total_cents` integer NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contract_items_contract` ON `contract_items` (`contract_id`,`position`);--> statement-breakpoint
CREATE TABLE `contracts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`title` text NOT NULL,
	`customer_id` integer NOT NULL,
	`deal_id` integer,
	`owner_id` integer,
	`signed_by` text,
	`signed_date` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`total_cents` integer DEFAULT 0 NOT NULL,
	`received_cents` integer DEFAULT 0 NOT NULL,
	`advance_cents` integer DEFAULT 0 NOT NULL,
	`invoiced_cents` integer DEFAULT 0 NOT NULL,
	`voided_cents` integer DEFAULT 0 NOT NULL,
	`next_due_date` text,
	`last_due_date` text,
	`state` text DEFAULT 'active' NOT NULL,
	`terminated_at` integer,
	`terminated_date` text,
	`termination_reason` text,
	`notes` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `owners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contracts_number_unique` ON `contracts` (`number`);--> statement-breakpoint
CREATE INDEX `contracts_customer` ON `contracts` (`customer_id`,`signed_date`);--> statement-breakpoint
CREATE INDEX `contracts_signed_live` ON `contracts` (`signed_date`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `contracts_owner_live` ON `contracts` (`owner_id`,`signed_date`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `contracts_state_live` ON `contracts` (`state`,`signed_date`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `contracts_renewal` ON `contracts` (`end_date`) WHERE state = 'active' AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `contracts_next_due` ON `contracts` (`next_due_date`) WHERE next_due_date IS NOT NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `contracts_deal` ON `contracts` (`deal_id`);--> statement-breakpoint
CREATE INDEX `contracts_deleted` ON `contracts` (`deleted_at`) WHERE deleted_at IS NOT NULL;--> statement-breakpoint
CREATE TABLE `instalments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`due_date` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`received_cents` integer DEFAULT 0 NOT NULL,
	`voided_at` integer,
	`note` text,
	`open` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `instalments_contract` ON `instalments` (`contract_id`,`seq`);--> statement-breakpoint
CREATE INDEX `instalments_open_due` ON `instalments` (`due_date`,`customer_id`,`contract_id`) WHERE open = 1;--> statement-breakpoint
CREATE INDEX `instalments_open_customer` ON `instalments` (`customer_id`,`due_date`,`amount_cents`,`received_cents`) WHERE open = 1;--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`number` text,
	`issued_date` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`type` text DEFAULT 'normal' NOT NULL,
	`reverses_id` integer,
	`reversed_by_id` integer,
	`reason` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_number_unique` ON `invoices` (`number`) WHERE reverses_id IS NULL;--> statement-breakpoint
CREATE INDEX `invoices_contract` ON `invoices` (`contract_id`,`issued_date`);--> statement-breakpoint
CREATE INDEX `invoices_customer` ON `invoices` (`customer_id`,`issued_date`);--> statement-breakpoint
CREATE INDEX `invoices_issued` ON `invoices` (`issued_date`);--> statement-breakpoint
CREATE TABLE `payment_allocations` (
	`payment_id` integer NOT NULL,
	`instalment_id` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	PRIMARY KEY(`payment_id`, `instalment_id`),
	FOREIGN KEY (`payment_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`instalment_id`) REFERENCES `instalments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `payment_allocations_instalment` ON `payment_allocations` (`instalment_id`);--> statement-breakpoint
CREATE TABLE `payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`customer_id` integer NOT NULL,
	`received_date` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`kind` text NOT NULL,
	`method` text NOT NULL,
	`reference` text,
	`reverses_id` integer,
	`reversed_by_id` integer,
	`reason` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `payments_customer` ON `payments` (`customer_id`,`received_date`);--> statement-breakpoint
CREATE INDEX `payments_contract` ON `payments` (`contract_id`,`received_date`);--> statement-breakpoint
CREATE INDEX `payments_received` ON `payments` (`received_date`);--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_sort` text DEFAULT '' NOT NULL,
	`search_text` text DEFAULT '' NOT NULL,
	`sku` text,
	`unit` text NOT NULL,
	`price_cents` integer NOT NULL,
	`cost_cents` integer,
	`category` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_unique` ON `products` (`sku`) WHERE sku IS NOT NULL;--> statement-breakpoint
CREATE INDEX `products_name_sort` ON `products` (`name_sort`,`name`);