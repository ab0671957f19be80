-- Hand-written: indexes the customer and sales reports read (services/reports-*.ts).
-- Composition by industry and by source without reading every customer row.
CREATE INDEX `customers_industry_live` ON `customers` (`industry`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `customers_source_live` ON `customers` (`source`) WHERE deleted_at IS NULL;--> statement-breakpoint
-- Sales by product: each signed contract's lines, product and amount from the index alone.
CREATE INDEX `contract_items_product_cover` ON `contract_items` (`contract_id`,`product_id`,`line_total_cents`);
