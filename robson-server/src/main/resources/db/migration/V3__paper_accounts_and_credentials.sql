-- Paper trading balances, and tenants' exchange API credentials (encrypted by the server
-- with ROBSON_MASTER_KEY before they reach this table; the database never sees them plain).

CREATE TABLE paper_balances (
    client_id  BIGINT          NOT NULL REFERENCES clients (id),
    asset      VARCHAR(12)     NOT NULL,
    free       NUMERIC(38, 18) NOT NULL CHECK (free >= 0),
    locked     NUMERIC(38, 18) NOT NULL CHECK (locked >= 0),
    PRIMARY KEY (client_id, asset)
);

CREATE TABLE exchange_credentials (
    client_id          BIGINT                   PRIMARY KEY REFERENCES clients (id),
    key_type           VARCHAR(8)               NOT NULL CHECK (key_type IN ('HMAC', 'ED25519')),
    api_key_encrypted  VARCHAR(1024)            NOT NULL,
    secret_encrypted   VARCHAR(4096)            NOT NULL,
    api_key_hint       VARCHAR(8)               NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
