-- Customer search: FTS5 with the trigram tokenizer (substring match for 3+ characters,
-- LIKE for shorter queries). rowid = customers.id; the text is built by the core
-- (services/search.ts) because it includes pinyin, so there are no triggers.
CREATE VIRTUAL TABLE `customer_search` USING fts5(`text`, tokenize = 'trigram');
