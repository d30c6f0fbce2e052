-- Pages of the public site. Portable SQL: runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
CREATE SEQUENCE page_seq START WITH 100 INCREMENT BY 1;

CREATE TABLE page (
    id               BIGINT                   NOT NULL,
    slug             VARCHAR(120)             NOT NULL,
    title            VARCHAR(200)             NOT NULL,
    summary          VARCHAR(500),
    body             VARCHAR(100000)          NOT NULL,
    navigation_order INTEGER,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT pk_page PRIMARY KEY (id),
    CONSTRAINT uk_page_slug UNIQUE (slug)
);

CREATE INDEX ix_page_navigation ON page (navigation_order);
