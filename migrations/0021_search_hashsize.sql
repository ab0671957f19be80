-- FTS5 keeps a transaction's new search terms in memory up to `hashsize` bytes (1 MB by
-- default), then flushes them as a segment that later merges rewrite. An import of a
-- million customers flushed hundreds of small segments; 64 MB makes them few and large
-- (the trigram and one-token inserts of 1M rows: about 34 s → 20 s). Memory only
-- within a large transaction; a single save writes far less than 1 MB.
INSERT INTO `customer_search`(`customer_search`, `rank`) VALUES ('hashsize', 67108864);--> statement-breakpoint
INSERT INTO `customer_search_chars`(`customer_search_chars`, `rank`) VALUES ('hashsize', 67108864);
