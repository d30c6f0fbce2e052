-- Mailing lists, subscribers and their subscriptions with consent evidence, their history, and the suppression
-- list (hashes of addresses that must never get a campaign again). Emails are stored lower-case, so a prefix
-- search is a range over the unique index on both H2 and PostgreSQL.
CREATE SEQUENCE mailing_list_seq START WITH 100 INCREMENT BY 1;

CREATE TABLE mailing_list (
    id          BIGINT                   NOT NULL,
    slug        VARCHAR(60)              NOT NULL,
    name        VARCHAR(120)             NOT NULL,
    description VARCHAR(500),
    public_list BOOLEAN                  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT pk_mailing_list PRIMARY KEY (id),
    CONSTRAINT uk_mailing_list_slug UNIQUE (slug)
);

INSERT INTO mailing_list (id, slug, name, description, public_list, created_at, updated_at, version) VALUES
    (1, 'newsletter', 'Newsletter', 'Our news and what we are learning, about once a month.', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
    (2, 'events', 'Events and training', 'Symposiums, webinars and training, when they are announced.', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
    (3, 'media', 'Media releases', 'For journalists: our media releases as they go out.', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);

CREATE SEQUENCE subscriber_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE subscriber (
    id              BIGINT                   NOT NULL,
    email           VARCHAR(254)             NOT NULL,
    first_name      VARCHAR(100),
    name_key        VARCHAR(100),
    status          VARCHAR(20)              NOT NULL,
    token_nonce     VARCHAR(40),
    confirm_sent_at TIMESTAMP WITH TIME ZONE,
    confirmed_at    TIMESTAMP WITH TIME ZONE,
    unsubscribed_at TIMESTAMP WITH TIME ZONE,
    source          VARCHAR(40)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT pk_subscriber PRIMARY KEY (id),
    CONSTRAINT uk_subscriber_email UNIQUE (email),
    CONSTRAINT ck_subscriber_status CHECK (status IN ('UNCONFIRMED', 'CONFIRMED', 'UNSUBSCRIBED'))
);
CREATE INDEX ix_subscriber_status ON subscriber (status, created_at);
CREATE INDEX ix_subscriber_created ON subscriber (created_at);
CREATE INDEX ix_subscriber_name ON subscriber (name_key);

CREATE TABLE subscription (
    subscriber_id   BIGINT                   NOT NULL,
    list_id         BIGINT                   NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    consent_at      TIMESTAMP WITH TIME ZONE,
    consent_source  VARCHAR(40),
    consent_wording VARCHAR(40),
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_subscription PRIMARY KEY (subscriber_id, list_id),
    CONSTRAINT fk_subscription_subscriber FOREIGN KEY (subscriber_id) REFERENCES subscriber (id),
    CONSTRAINT fk_subscription_list FOREIGN KEY (list_id) REFERENCES mailing_list (id),
    CONSTRAINT ck_subscription_status CHECK (status IN ('PENDING', 'ACTIVE', 'REMOVED'))
);
CREATE INDEX ix_subscription_list ON subscription (list_id, status, subscriber_id);

CREATE SEQUENCE subscriber_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE subscriber_event (
    id            BIGINT                   NOT NULL,
    subscriber_id BIGINT                   NOT NULL,
    kind          VARCHAR(30)              NOT NULL,
    detail        VARCHAR(500),
    actor         VARCHAR(254)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL,
    CONSTRAINT pk_subscriber_event PRIMARY KEY (id),
    CONSTRAINT fk_subscriber_event_subscriber FOREIGN KEY (subscriber_id) REFERENCES subscriber (id)
);
CREATE INDEX ix_subscriber_event_subscriber ON subscriber_event (subscriber_id, created_at);

-- SHA-256 of the lower-case address: enough to refuse it, not enough to mail it.
CREATE TABLE suppression (
    email_hash VARCHAR(64)              NOT NULL,
    reason     VARCHAR(30)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_suppression PRIMARY KEY (email_hash)
);

-- Secrets the portal generates on its first start when the environment gives none (the token signing key).
CREATE TABLE portal_secret (
    name       VARCHAR(40)              NOT NULL,
    secret     VARCHAR(200)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_portal_secret PRIMARY KEY (name)
);
