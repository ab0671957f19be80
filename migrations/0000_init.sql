CREATE TABLE `owners` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `owners_name_unique` ON `owners` (`name`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`name` text NOT NULL,
	`title` text,
	`phone` text,
	`phone_digits` text,
	`email` text,
	`wechat` text,
	`birthday` text,
	`notes` text,
	`is_primary` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contacts_customer` ON `contacts` (`customer_id`);--> statement-breakpoint
CREATE INDEX `contacts_phone_digits` ON `contacts` (`phone_digits`);--> statement-breakpoint
CREATE TABLE `customer_tags` (
	`customer_id` integer NOT NULL,
	`tag_id` integer NOT NULL,
	PRIMARY KEY(`customer_id`, `tag_id`),
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `customer_tags_tag` ON `customer_tags` (`tag_id`,`customer_id`);--> statement-breakpoint
CREATE TABLE `customers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`type` text DEFAULT 'company' NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`industry` text,
	`source` text,
	`grade` text,
	`stage` text DEFAULT 'lead' NOT NULL,
	`owner_id` integer,
	`province` text,
	`city` text,
	`address` text,
	`phone` text,
	`phone_digits` text,
	`email` text,
	`wechat` text,
	`website` text,
	`birthday` text,
	`notes` text,
	`custom` text DEFAULT '{}' NOT NULL,
	`last_activity_at` integer,
	`next_follow_up_date` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`owner_id`) REFERENCES `owners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_code_unique` ON `customers` (`code`);--> statement-breakpoint
CREATE INDEX `customers_name_live` ON `customers` (`name`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `customers_grade_live` ON `customers` (`grade`,`updated_at`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `customers_stage_live` ON `customers` (`stage`,`updated_at`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `customers_owner_live` ON `customers` (`owner_id`,`updated_at`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `customers_province_live` ON `customers` (`province`,`updated_at`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `customers_created_live` ON `customers` (`created_at`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `customers_updated_live` ON `customers` (`updated_at`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `customers_last_activity_live` ON `customers` (`last_activity_at`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `customers_next_follow_up_live` ON `customers` (`next_follow_up_date`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `customers_deleted` ON `customers` (`deleted_at`) WHERE deleted_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX `customers_phone_digits` ON `customers` (`phone_digits`);--> statement-breakpoint
CREATE TABLE `tags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`color` text DEFAULT 'gray' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tags_name_unique` ON `tags` (`name`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`action` text NOT NULL,
	`changes` text DEFAULT '{}' NOT NULL,
	`actor` text
);
--> statement-breakpoint
CREATE INDEX `audit_entity` ON `audit_log` (`entity`,`entity_id`,`at`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
