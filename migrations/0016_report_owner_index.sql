-- Hand-written: each customer's owner in a narrow index (services/reports-activity.ts reads
-- it for every follow-up of a range: a lookup in this index instead of in the wide table).
CREATE INDEX `customers_owner_of` ON `customers` (`id`,`owner_id`,`deleted_at`);
