-- Publishing for pages, news articles with tags, old-slug redirects, and content revisions (Hibernate Envers).
-- Live = status PUBLISHED or SCHEDULED with publish_at reached; SCHEDULED needs nobody to flip it.

ALTER TABLE page ADD COLUMN status VARCHAR(16) DEFAULT 'PUBLISHED' NOT NULL;
ALTER TABLE page ADD COLUMN publish_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE page ADD COLUMN seo_title VARCHAR(200);
ALTER TABLE page ADD COLUMN seo_description VARCHAR(300);
ALTER TABLE page ADD COLUMN parent_id BIGINT;
ALTER TABLE page ADD CONSTRAINT fk_page_parent FOREIGN KEY (parent_id) REFERENCES page (id);
ALTER TABLE page ADD CONSTRAINT ck_page_status CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'));
UPDATE page SET publish_at = created_at;
CREATE INDEX ix_page_live ON page (status, publish_at);

CREATE SEQUENCE news_article_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE news_article (
    id              BIGINT                   NOT NULL,
    slug            VARCHAR(120)             NOT NULL,
    title           VARCHAR(200)             NOT NULL,
    summary         VARCHAR(500),
    body            VARCHAR(100000)          NOT NULL,
    author          VARCHAR(120),
    status          VARCHAR(16)              NOT NULL,
    publish_at      TIMESTAMP WITH TIME ZONE,
    seo_title       VARCHAR(200),
    seo_description VARCHAR(300),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT pk_news_article PRIMARY KEY (id),
    CONSTRAINT uk_news_article_slug UNIQUE (slug),
    CONSTRAINT ck_news_article_status CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'))
);
CREATE INDEX ix_news_article_live ON news_article (status, publish_at);

CREATE TABLE news_tag (
    news_article_id BIGINT      NOT NULL,
    tag             VARCHAR(60) NOT NULL,
    CONSTRAINT pk_news_tag PRIMARY KEY (news_article_id, tag),
    CONSTRAINT fk_news_tag_article FOREIGN KEY (news_article_id) REFERENCES news_article (id)
);
CREATE INDEX ix_news_tag_tag ON news_tag (tag);

-- A slug that changed keeps answering, with a 301 to where the content lives now.
CREATE TABLE slug_redirect (
    old_path   VARCHAR(250)             NOT NULL,
    new_path   VARCHAR(250)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_slug_redirect PRIMARY KEY (old_path)
);

-- Revisions: who saved what, when (Envers).
CREATE SEQUENCE content_revision_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE content_revision (
    id         BIGINT       NOT NULL,
    revised_at BIGINT       NOT NULL,
    revised_by VARCHAR(254),
    CONSTRAINT pk_content_revision PRIMARY KEY (id)
);

CREATE TABLE page_aud (
    id               BIGINT       NOT NULL,
    rev              BIGINT       NOT NULL,
    revtype          SMALLINT,
    slug             VARCHAR(120),
    title            VARCHAR(200),
    summary          VARCHAR(500),
    body             VARCHAR(100000),
    navigation_order INTEGER,
    status           VARCHAR(16),
    publish_at       TIMESTAMP WITH TIME ZONE,
    seo_title        VARCHAR(200),
    seo_description  VARCHAR(300),
    parent_id        BIGINT,
    CONSTRAINT pk_page_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_page_aud_revision FOREIGN KEY (rev) REFERENCES content_revision (id)
);

CREATE TABLE news_article_aud (
    id              BIGINT       NOT NULL,
    rev             BIGINT       NOT NULL,
    revtype         SMALLINT,
    slug            VARCHAR(120),
    title           VARCHAR(200),
    summary         VARCHAR(500),
    body            VARCHAR(100000),
    author          VARCHAR(120),
    status          VARCHAR(16),
    publish_at      TIMESTAMP WITH TIME ZONE,
    seo_title       VARCHAR(200),
    seo_description VARCHAR(300),
    CONSTRAINT pk_news_article_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_news_article_aud_revision FOREIGN KEY (rev) REFERENCES content_revision (id)
);

CREATE TABLE news_tag_aud (
    rev             BIGINT      NOT NULL,
    news_article_id BIGINT      NOT NULL,
    tag             VARCHAR(60) NOT NULL,
    revtype         SMALLINT,
    CONSTRAINT pk_news_tag_aud PRIMARY KEY (rev, news_article_id, tag),
    CONSTRAINT fk_news_tag_aud_revision FOREIGN KEY (rev) REFERENCES content_revision (id)
);
