-- PRICE_FILTER's bounds and the NOTIONAL filter's averaging window: a stop outside the bounds
-- could never be quoted, and Binance judges a MARKET order's notional at the average price of
-- the last avg_price_mins minutes. NULL where exchangeInfo sets none (Binance's 0).
ALTER TABLE symbols ADD COLUMN min_price NUMERIC(38, 18);
ALTER TABLE symbols ADD COLUMN max_price NUMERIC(38, 18);
ALTER TABLE symbols ADD COLUMN avg_price_mins INTEGER;
