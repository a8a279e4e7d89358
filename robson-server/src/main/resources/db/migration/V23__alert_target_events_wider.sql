-- A target may choose every event, the entry plan's as well as the close's: their names joined
-- by commas outgrow the 400 characters the column first had.
ALTER TABLE alert_targets ALTER COLUMN events SET DATA TYPE VARCHAR(1000);
