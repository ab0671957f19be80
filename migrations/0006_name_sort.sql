DROP INDEX `customers_name_live`;--> statement-breakpoint
ALTER TABLE `customers` ADD `name_sort` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `customers_name_sort_live` ON `customers` (`name_sort`,`name`) WHERE deleted_at IS NULL;--> statement-breakpoint
-- Rows written before this migration sort by their name until their next save.
UPDATE `customers` SET `name_sort` = lower(`name`);
