-- The home page as blocks that communications staff edit, hide and reorder at /admin/content/home. The hero says
-- the fact and the page's title; the ways to act link to the issue, reporting, contact, sign-up and the Fund;
-- the page text is the home page's own body (edited under Pages). The rest draw their lists themselves.
CREATE TABLE home_block (
    id          BIGINT                   NOT NULL,
    kind        VARCHAR(20)              NOT NULL,
    block_order INTEGER                  NOT NULL,
    heading     VARCHAR(200),
    words       VARCHAR(2000),
    shown       BOOLEAN                  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT pk_home_block PRIMARY KEY (id),
    CONSTRAINT uk_home_block_kind UNIQUE (kind),
    CONSTRAINT ck_home_block_kind CHECK (kind IN ('HERO', 'WAYS_TO_ACT', 'PAGE_TEXT', 'LATEST_NEWS', 'UPCOMING_EVENTS', 'SIGN_UP'))
);

INSERT INTO home_block (id, kind, block_order, heading, words, shown, created_at, updated_at, version) VALUES
    (1, 'HERO', 0, 'Every second, at least two images or videos of child sexual abuse are shared online.',
        'Source: the #ChildSafetyOn campaign.', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
    (2, 'WAYS_TO_ACT', 1, 'What you can do', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
    (3, 'LATEST_NEWS', 2, 'Latest news', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
    (4, 'UPCOMING_EVENTS', 3, 'Coming up', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
    (5, 'SIGN_UP', 4, 'Stay informed', 'Our newsletter, events and training, and media releases: choose what you want.', TRUE,
        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
    (6, 'PAGE_TEXT', 5, NULL, NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
