-- The search indexes' pending-terms buffer (0021) from 64 MB down to 32 MB: an import
-- of a million customers fills both buffers, and 64 MB each put its peak memory near
-- 1 GB. At 32 MB it stays ~70 MB lower and takes about as long (the segments are
-- still few; FTS5's own merges dominate).
INSERT INTO `customer_search`(`customer_search`, `rank`) VALUES ('hashsize', 33554432);--> statement-breakpoint
INSERT INTO `customer_search_chars`(`customer_search_chars`, `rank`) VALUES ('hashsize', 33554432);
