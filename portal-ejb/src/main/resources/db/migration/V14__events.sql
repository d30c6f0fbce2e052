-- Events and training announcements. The title, address, summary, description, publication status, image and search
-- description are those of all published content (pages, news); the rest is the event's own. Times are kept as the
-- organiser typed them (local date-time and IANA zone, so a rule change in a zone moves nothing that was agreed),
-- with the UTC instants beside them for ordering and "upcoming" queries.
CREATE SEQUENCE event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE event (
    id                      BIGINT                   NOT NULL,
    slug                    VARCHAR(120)             NOT NULL,
    title                   VARCHAR(200)             NOT NULL,
    summary                 VARCHAR(500),
    body                    VARCHAR(100000)          NOT NULL,
    status                  VARCHAR(16)              NOT NULL,
    publish_at              TIMESTAMP WITH TIME ZONE,
    seo_title               VARCHAR(200),
    seo_description         VARCHAR(300),
    image_id                BIGINT,
    kind                    VARCHAR(20)              NOT NULL,
    zone                    VARCHAR(60)              NOT NULL,
    all_day                 BOOLEAN                  NOT NULL,
    start_local             TIMESTAMP                NOT NULL,
    end_local               TIMESTAMP                NOT NULL,
    starts_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    last_ends_at            TIMESTAMP WITH TIME ZONE,
    recurrence              VARCHAR(200),
    exceptions              VARCHAR(1000),
    venue_name              VARCHAR(200),
    venue_address           VARCHAR(500),
    online                  BOOLEAN                  NOT NULL,
    join_url                VARCHAR(500),
    organiser               VARCHAR(200),
    state                   VARCHAR(16)              NOT NULL,
    state_reason            VARCHAR(500),
    registration            BOOLEAN                  NOT NULL,
    capacity                INTEGER,
    registration_closes_at  TIMESTAMP WITH TIME ZONE,
    ics_sequence            INTEGER                  NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT                   NOT NULL,
    CONSTRAINT pk_event PRIMARY KEY (id),
    CONSTRAINT uk_event_slug UNIQUE (slug),
    CONSTRAINT fk_event_image FOREIGN KEY (image_id) REFERENCES media_file (id),
    CONSTRAINT ck_event_status CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT ck_event_kind CHECK (kind IN ('EVENT', 'WEBINAR', 'TRAINING', 'CONFERENCE')),
    CONSTRAINT ck_event_state CHECK (state IN ('ON', 'POSTPONED', 'CANCELLED')),
    CONSTRAINT ck_event_times CHECK (end_local >= start_local)
);
-- "Upcoming" is every live event not yet over (a series: not past its last occurrence); "past" the rest.
CREATE INDEX ix_event_upcoming ON event (status, last_ends_at, starts_at);
CREATE INDEX ix_event_starts ON event (starts_at);

CREATE TABLE event_tag (
    event_id BIGINT      NOT NULL,
    tag      VARCHAR(60) NOT NULL,
    CONSTRAINT pk_event_tag PRIMARY KEY (event_id, tag),
    CONSTRAINT fk_event_tag_event FOREIGN KEY (event_id) REFERENCES event (id)
);
CREATE INDEX ix_event_tag_tag ON event_tag (tag);

CREATE TABLE event_aud (
    id                      BIGINT       NOT NULL,
    rev                     BIGINT       NOT NULL,
    revtype                 SMALLINT,
    slug                    VARCHAR(120),
    title                   VARCHAR(200),
    summary                 VARCHAR(500),
    body                    VARCHAR(100000),
    status                  VARCHAR(16),
    publish_at              TIMESTAMP WITH TIME ZONE,
    seo_title               VARCHAR(200),
    seo_description         VARCHAR(300),
    image_id                BIGINT,
    kind                    VARCHAR(20),
    zone                    VARCHAR(60),
    all_day                 BOOLEAN,
    start_local             TIMESTAMP,
    end_local               TIMESTAMP,
    starts_at               TIMESTAMP WITH TIME ZONE,
    ends_at                 TIMESTAMP WITH TIME ZONE,
    last_ends_at            TIMESTAMP WITH TIME ZONE,
    recurrence              VARCHAR(200),
    exceptions              VARCHAR(1000),
    venue_name              VARCHAR(200),
    venue_address           VARCHAR(500),
    online                  BOOLEAN,
    join_url                VARCHAR(500),
    organiser               VARCHAR(200),
    state                   VARCHAR(16),
    state_reason            VARCHAR(500),
    registration            BOOLEAN,
    capacity                INTEGER,
    registration_closes_at  TIMESTAMP WITH TIME ZONE,
    ics_sequence            INTEGER,
    CONSTRAINT pk_event_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_event_aud_revision FOREIGN KEY (rev) REFERENCES content_revision (id)
);

CREATE TABLE event_tag_aud (
    rev      BIGINT      NOT NULL,
    event_id BIGINT      NOT NULL,
    tag      VARCHAR(60) NOT NULL,
    revtype  SMALLINT,
    CONSTRAINT pk_event_tag_aud PRIMARY KEY (rev, event_id, tag),
    CONSTRAINT fk_event_tag_aud_revision FOREIGN KEY (rev) REFERENCES content_revision (id)
);

-- Registrations: one row per event and address (registering again updates it). Places go to CONFIRMED rows up to
-- the capacity; the rest wait in registered_at order and move up when a place is given back.
CREATE SEQUENCE event_registration_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE event_registration (
    id             BIGINT                   NOT NULL,
    event_id       BIGINT                   NOT NULL,
    email          VARCHAR(254)             NOT NULL,
    name           VARCHAR(120)             NOT NULL,
    organisation   VARCHAR(200),
    accessibility  VARCHAR(1000),
    status         VARCHAR(16)              NOT NULL,
    registered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled_at   TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT pk_event_registration PRIMARY KEY (id),
    CONSTRAINT uk_event_registration UNIQUE (event_id, email),
    CONSTRAINT fk_event_registration_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT ck_event_registration_status CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED'))
);
CREATE INDEX ix_event_registration_queue ON event_registration (event_id, status, registered_at);

-- Mail may carry one text attachment (an event's calendar file with its confirmation).
ALTER TABLE outbound_mail ADD COLUMN attachment_name VARCHAR(100);
ALTER TABLE outbound_mail ADD COLUMN attachment_type VARCHAR(100);
ALTER TABLE outbound_mail ADD COLUMN attachment TEXT;
