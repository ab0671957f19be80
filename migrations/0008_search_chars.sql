DROP TABLE `customer_search_short`;--> statement-breakpoint
-- 1–2 character queries: one token per character (names and their pinyin initials,
-- spaced by the core), so a quoted phrase of the query's characters is a substring
-- match served by the index. Filled by the core at the next open (see search.ts).
CREATE VIRTUAL TABLE `customer_search_chars` USING fts5(`text`, tokenize = 'unicode61');
