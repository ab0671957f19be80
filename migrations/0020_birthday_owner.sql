DROP INDEX `customers_birthday_live`;--> statement-breakpoint
CREATE INDEX `customers_birthday_live` ON `customers` (substr(birthday, 6),`owner_id`) WHERE deleted_at IS NULL AND birthday IS NOT NULL;
