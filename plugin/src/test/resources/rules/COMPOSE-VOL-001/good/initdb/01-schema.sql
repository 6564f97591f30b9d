-- schema created on first start
CREATE TABLE IF NOT EXISTS visits (id serial PRIMARY KEY);
