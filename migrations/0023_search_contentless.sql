-- Both search indexes become contentless (content = '', contentless_delete = 1): the
-- core never reads their text back (it builds it from the customer and its contacts,
-- see services/search.ts), so the copy of every text in %_content was written for
-- nothing — 30 MB per 100,000 customers, and a fifth of what a big import writes to
-- these tables. Rows are still replaced and deleted by rowid. The core refills both at
-- the next open (ensureSearchIndex), as after 0001 and 0008.
DROP TABLE `customer_search`;--> statement-breakpoint
CREATE VIRTUAL TABLE `customer_search` USING fts5(`text`, tokenize = 'trigram', content = '', contentless_delete = 1);--> statement-breakpoint
INSERT INTO `customer_search`(`customer_search`, `rank`) VALUES ('hashsize', 33554432);--> statement-breakpoint
DROP TABLE `customer_search_chars`;--> statement-breakpoint
CREATE VIRTUAL TABLE `customer_search_chars` USING fts5(`text`, tokenize = 'unicode61', content = '', contentless_delete = 1);--> statement-breakpoint
INSERT INTO `customer_search_chars`(`customer_search_chars`, `rank`) VALUES ('hashsize', 33554432);
