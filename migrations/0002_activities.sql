CREATE TABLE `activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`contact_id` integer,
	`kind` text NOT NULL,
	`content` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`next_follow_up_date` text,
	`next_action` text,
	`created_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activities_customer` ON `activities` (`customer_id`,`occurred_at`);