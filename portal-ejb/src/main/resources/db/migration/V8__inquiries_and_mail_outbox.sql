-- The mail outbox: every mail the portal sends is first a row here, written in the same transaction as the
-- change that causes it, then sent by the dispatcher with retries. 'about' names what the mail concerns (an
-- inquiry reference), so that erasing the inquiry erases its mail too.
CREATE SEQUENCE outbound_mail_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE outbound_mail (
    id              BIGINT                   NOT NULL,
    recipient       VARCHAR(254)             NOT NULL,
    reply_to        VARCHAR(254),
    subject         VARCHAR(250)             NOT NULL,
    body            VARCHAR(20000)           NOT NULL,
    about           VARCHAR(40),
    automatic       BOOLEAN                  NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    sent_at         TIMESTAMP WITH TIME ZONE,
    message_id      VARCHAR(250),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT pk_outbound_mail PRIMARY KEY (id),
    CONSTRAINT ck_outbound_mail_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX ix_outbound_mail_due ON outbound_mail (status, next_attempt_at);
CREATE INDEX ix_outbound_mail_about ON outbound_mail (about);

-- Inquiries from the contact form, and everything that happens to each: status changes, assignment, notes,
-- replies (one timeline, who and when on every line).
CREATE SEQUENCE inquiry_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE inquiry_reference_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE inquiry (
    id                BIGINT                   NOT NULL,
    reference         VARCHAR(20)              NOT NULL,
    topic             VARCHAR(20)              NOT NULL,
    name              VARCHAR(120)             NOT NULL,
    organisation      VARCHAR(200),
    email             VARCHAR(254)             NOT NULL,
    phone             VARCHAR(40),
    message           VARCHAR(5000)            NOT NULL,
    consent_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    notice_version    VARCHAR(20)              NOT NULL,
    status            VARCHAR(20)              NOT NULL,
    spam_reason       VARCHAR(200),
    assignee_id       BIGINT,
    read_at           TIMESTAMP WITH TIME ZONE,
    status_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL,
    CONSTRAINT pk_inquiry PRIMARY KEY (id),
    CONSTRAINT uk_inquiry_reference UNIQUE (reference),
    CONSTRAINT fk_inquiry_assignee FOREIGN KEY (assignee_id) REFERENCES staff_member (id),
    CONSTRAINT ck_inquiry_status CHECK (status IN ('NEW', 'OPEN', 'AWAITING_REPLY', 'CLOSED', 'SPAM')),
    CONSTRAINT ck_inquiry_topic CHECK (topic IN ('GENERAL', 'FUND', 'MEDIA', 'PARTNERSHIPS', 'OTHER'))
);
CREATE INDEX ix_inquiry_queue ON inquiry (status, created_at);
CREATE INDEX ix_inquiry_created ON inquiry (created_at);
CREATE INDEX ix_inquiry_assignee ON inquiry (assignee_id, created_at);
CREATE INDEX ix_inquiry_retention ON inquiry (status, status_changed_at);

CREATE SEQUENCE inquiry_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE inquiry_event (
    id          BIGINT                   NOT NULL,
    inquiry_id  BIGINT                   NOT NULL,
    kind        VARCHAR(20)              NOT NULL,
    actor       VARCHAR(254)             NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20),
    text        VARCHAR(10000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT pk_inquiry_event PRIMARY KEY (id),
    CONSTRAINT fk_inquiry_event_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id),
    CONSTRAINT ck_inquiry_event_kind CHECK (kind IN ('RECEIVED', 'STATUS', 'ASSIGNED', 'NOTE', 'REPLY'))
);
CREATE INDEX ix_inquiry_event_inquiry ON inquiry_event (inquiry_id, created_at);
