-- The header and footer menus, edited in the console: entries in order, nested, linking to a page (following it
-- when its address changes) or to an address. Replaces page.navigation_order, which could not nest, could not
-- link outside the pages, and hid the fixed News and Search links from editors.
CREATE SEQUENCE menu_item_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE menu_item (
    id         BIGINT                   NOT NULL,
    menu       VARCHAR(16)              NOT NULL,
    parent_id  BIGINT,
    position   INTEGER                  NOT NULL,
    label      VARCHAR(80)              NOT NULL,
    page_id    BIGINT,
    address    VARCHAR(500),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL,
    CONSTRAINT pk_menu_item PRIMARY KEY (id),
    CONSTRAINT fk_menu_item_parent FOREIGN KEY (parent_id) REFERENCES menu_item (id),
    CONSTRAINT fk_menu_item_page FOREIGN KEY (page_id) REFERENCES page (id),
    CONSTRAINT ck_menu_item_menu CHECK (menu IN ('HEADER', 'FOOTER')),
    CONSTRAINT ck_menu_item_target CHECK ((page_id IS NULL AND address IS NOT NULL) OR (page_id IS NOT NULL AND address IS NULL))
);
CREATE INDEX ix_menu_item_menu ON menu_item (menu, parent_id, position);
CREATE INDEX ix_menu_item_page ON menu_item (page_id);

-- The header as it was: pages with a navigation position, then News and Search.
INSERT INTO menu_item (id, menu, parent_id, position, label, page_id, address, created_at, updated_at, version)
SELECT nextval('menu_item_seq'), 'HEADER', NULL, ROW_NUMBER() OVER (ORDER BY navigation_order, title) - 1,
       CASE WHEN slug = 'home' THEN 'Home' ELSE LEFT(title, 80) END, id, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
FROM page WHERE navigation_order IS NOT NULL;

INSERT INTO menu_item (id, menu, parent_id, position, label, page_id, address, created_at, updated_at, version)
VALUES (nextval('menu_item_seq'), 'HEADER', NULL, (SELECT COUNT(*) FROM menu_item WHERE menu = 'HEADER'), 'News', NULL, '/news',
        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO menu_item (id, menu, parent_id, position, label, page_id, address, created_at, updated_at, version)
VALUES (nextval('menu_item_seq'), 'HEADER', NULL, (SELECT COUNT(*) FROM menu_item WHERE menu = 'HEADER'), 'Search', NULL, '/search',
        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);

-- A first footer menu the organisation can change.
INSERT INTO menu_item (id, menu, parent_id, position, label, page_id, address, created_at, updated_at, version)
SELECT nextval('menu_item_seq'), 'FOOTER', NULL, 0, 'The issue explained', id, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
FROM page WHERE slug = 'the-issue';
INSERT INTO menu_item (id, menu, parent_id, position, label, page_id, address, created_at, updated_at, version)
VALUES (nextval('menu_item_seq'), 'FOOTER', NULL, (SELECT COUNT(*) FROM menu_item WHERE menu = 'FOOTER'), 'News', NULL, '/news',
        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO menu_item (id, menu, parent_id, position, label, page_id, address, created_at, updated_at, version)
VALUES (nextval('menu_item_seq'), 'FOOTER', NULL, (SELECT COUNT(*) FROM menu_item WHERE menu = 'FOOTER'), 'News feed (RSS)', NULL,
        '/news/rss.xml', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);

ALTER TABLE page DROP COLUMN navigation_order;
ALTER TABLE page_aud DROP COLUMN navigation_order;
