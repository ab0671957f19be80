DROP INDEX `instalments_open_due`;--> statement-breakpoint
CREATE INDEX `instalments_open_due` ON `instalments` (`due_date`,`customer_id`,`contract_id`,`amount_cents`,`received_cents`) WHERE open = 1;--> statement-breakpoint
DROP INDEX `payments_customer`;--> statement-breakpoint
CREATE INDEX `payments_customer` ON `payments` (`customer_id`,`received_date`,`amount_cents`);--> statement-breakpoint
CREATE INDEX `contracts_open_signed` ON `contracts` (`signed_date`,`next_due_date`) WHERE next_due_date IS NOT NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `contracts_owner_open` ON `contracts` (`owner_id`,`signed_date`,`next_due_date`) WHERE next_due_date IS NOT NULL AND deleted_at IS NULL;