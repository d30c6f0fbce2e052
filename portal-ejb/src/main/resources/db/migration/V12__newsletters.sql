-- Newsletters: a campaign, the lists it goes to and the lists it leaves out, and one delivery row per subscriber
-- and campaign (unique, so nobody is materialised twice). The delivery rows are what the sending job reads and
-- marks, so they are also its checkpoint: whatever is still PENDING after a crash is what is left to send.
CREATE SEQUENCE campaign_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE campaign (
    id               BIGINT                   NOT NULL,
    subject          VARCHAR(200)             NOT NULL,
    preheader        VARCHAR(200),
    from_name        VARCHAR(100)             NOT NULL,
    body             TEXT                     NOT NULL,
    status           VARCHAR(20)              NOT NULL,
    scheduled_at     TIMESTAMP WITH TIME ZONE,
    started_at       TIMESTAMP WITH TIME ZONE,
    finished_at      TIMESTAMP WITH TIME ZONE,
    recipients       INTEGER,
    job_execution_id BIGINT,
    pause_reason     VARCHAR(500),
    created_by       VARCHAR(254)             NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT pk_campaign PRIMARY KEY (id),
    CONSTRAINT ck_campaign_status CHECK (status IN ('DRAFT', 'SCHEDULED', 'SENDING', 'PAUSED', 'CANCELLED', 'SENT'))
);
CREATE INDEX ix_campaign_status ON campaign (status, scheduled_at);
CREATE INDEX ix_campaign_finished ON campaign (finished_at);

CREATE TABLE campaign_list (
    campaign_id BIGINT      NOT NULL,
    list_id     BIGINT      NOT NULL,
    excluded    BOOLEAN     NOT NULL,
    CONSTRAINT pk_campaign_list PRIMARY KEY (campaign_id, list_id),
    CONSTRAINT fk_campaign_list_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_list_list FOREIGN KEY (list_id) REFERENCES mailing_list (id)
);

-- Filled by one INSERT ... SELECT when sending starts, one value per row.
CREATE SEQUENCE campaign_delivery_seq START WITH 1 INCREMENT BY 1;

-- subscriber_id becomes NULL when the subscriber is erased: the campaign's counts stay right, the person goes.
CREATE TABLE campaign_delivery (
    id              BIGINT                   NOT NULL,
    campaign_id     BIGINT                   NOT NULL,
    subscriber_id   BIGINT,
    status          VARCHAR(20)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    CONSTRAINT pk_campaign_delivery PRIMARY KEY (id),
    CONSTRAINT uk_campaign_delivery UNIQUE (campaign_id, subscriber_id),
    CONSTRAINT fk_campaign_delivery_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_delivery_subscriber FOREIGN KEY (subscriber_id) REFERENCES subscriber (id) ON DELETE SET NULL,
    CONSTRAINT ck_campaign_delivery_status CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED'))
);
CREATE INDEX ix_campaign_delivery_todo ON campaign_delivery (campaign_id, status, id);
CREATE INDEX ix_campaign_delivery_subscriber ON campaign_delivery (subscriber_id);

-- An unsubscribe that came from a campaign's link names the campaign, for its report.
ALTER TABLE subscriber_event ADD COLUMN campaign_id BIGINT;
ALTER TABLE subscriber_event ADD CONSTRAINT fk_subscriber_event_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id);
CREATE INDEX ix_subscriber_event_campaign ON subscriber_event (campaign_id, kind);
