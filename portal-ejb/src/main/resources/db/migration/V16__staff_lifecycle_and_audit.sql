-- Staff accounts with a life of their own: invited people have no password until they choose one through their
-- link; a link works once (its nonce is kept here until used or replaced); and a session remembers the generation it
-- began in, so raising it (disabled, roles changed, password changed) ends every open session of that person.
ALTER TABLE staff_member ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE staff_member ADD COLUMN link_nonce VARCHAR(64);
ALTER TABLE staff_member ADD COLUMN link_sent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE staff_member ADD COLUMN session_generation INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE staff_member ADD COLUMN invited_by VARCHAR(254);

-- Who did what: append-only; the application inserts rows and erases them only past their retention period.
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_event (
    id              BIGINT                   NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    staff_id        BIGINT,
    actor           VARCHAR(254)             NOT NULL,
    client_address  VARCHAR(64),
    action          VARCHAR(40)              NOT NULL,
    target_type     VARCHAR(20),
    target_id       BIGINT,
    summary         VARCHAR(500)             NOT NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);

-- The audit page's filters, each newest first; the plain date order serves the unfiltered page and the retention run.
CREATE INDEX ix_audit_event_at ON audit_event (occurred_at, id);
CREATE INDEX ix_audit_event_staff ON audit_event (staff_id, occurred_at, id);
CREATE INDEX ix_audit_event_target ON audit_event (target_type, target_id, occurred_at, id);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at, id);
