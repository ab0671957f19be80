CREATE TABLE `customer_search_short` (
	`id` integer PRIMARY KEY NOT NULL,
	`text` text NOT NULL
);
--> statement-breakpoint
-- Backfill for rows written before this migration (pinyin initials follow at the next save).
INSERT INTO `customer_search_short` (`id`, `text`)
  SELECT c.id, lower(c.code || ' | ' || c.name || ' | ' || coalesce(c.short_name, '') || ' | ' || coalesce(c.phone_digits, '') || ' | ' ||
    coalesce((SELECT group_concat(name, ' | ') FROM contacts WHERE customer_id = c.id AND deleted_at IS NULL), ''))
  FROM customers c;
