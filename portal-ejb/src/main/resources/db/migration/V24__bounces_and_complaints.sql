-- Bounces and complaints. A subscriber whose address bounces for good is BOUNCED: left out of every campaign and on
-- the suppression list (reason 'bounced', which staff may lift; 'complained' they may not). Each bounce or complaint
-- is one row tied to the delivery it answers (unique per kind, so a report read twice counts once); the soft-bounce
-- rule counts a subscriber's rows in a window, the campaign report counts a campaign's.
ALTER TABLE subscriber DROP CONSTRAINT ck_subscriber_status;
ALTER TABLE subscriber ADD CONSTRAINT ck_subscriber_status CHECK (status IN ('UNCONFIRMED', 'CONFIRMED', 'UNSUBSCRIBED', 'BOUNCED'));

CREATE SEQUENCE mail_bounce_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE mail_bounce (
    id            BIGINT                   NOT NULL,
    delivery_id   BIGINT                   NOT NULL,
    campaign_id   BIGINT                   NOT NULL,
    subscriber_id BIGINT,
    kind          VARCHAR(20)              NOT NULL,
    source        VARCHAR(20)              NOT NULL,
    status_code   VARCHAR(20),
    detail        VARCHAR(500),
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_mail_bounce PRIMARY KEY (id),
    CONSTRAINT uk_mail_bounce UNIQUE (delivery_id, kind),
    CONSTRAINT fk_mail_bounce_delivery FOREIGN KEY (delivery_id) REFERENCES campaign_delivery (id),
    CONSTRAINT fk_mail_bounce_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_mail_bounce_subscriber FOREIGN KEY (subscriber_id) REFERENCES subscriber (id) ON DELETE SET NULL,
    CONSTRAINT ck_mail_bounce_kind CHECK (kind IN ('HARD_BOUNCE', 'SOFT_BOUNCE', 'COMPLAINT')),
    CONSTRAINT ck_mail_bounce_source CHECK (source IN ('SEND', 'MAILBOX', 'WEBHOOK'))
);
CREATE INDEX ix_mail_bounce_subscriber ON mail_bounce (subscriber_id, kind, received_at);
CREATE INDEX ix_mail_bounce_campaign ON mail_bounce (campaign_id, kind);

-- The bounce mailbox's last outcome, for the console (one row).
CREATE TABLE bounce_mailbox (
    id            INTEGER                  NOT NULL,
    polled_at     TIMESTAMP WITH TIME ZONE,
    outcome       VARCHAR(20),
    detail        VARCHAR(500),
    messages_read BIGINT                   NOT NULL,
    reports_used  BIGINT                   NOT NULL,
    CONSTRAINT pk_bounce_mailbox PRIMARY KEY (id)
);
INSERT INTO bounce_mailbox (id, polled_at, outcome, detail, messages_read, reports_used) VALUES (1, NULL, NULL, NULL, 0, 0);
