-- Events and training get their place in the main navigation, after News, and in the footer: visitors looked for
-- them there. Left alone where staff already added a link to /events with the menu editor.
UPDATE menu_item SET position = position + 1
 WHERE menu = 'HEADER' AND parent_id IS NULL
   AND position > COALESCE((SELECT MAX(n.position) FROM menu_item n WHERE n.menu = 'HEADER' AND n.parent_id IS NULL AND n.address = '/news'), -1)
   AND NOT EXISTS (SELECT 1 FROM menu_item e WHERE e.menu = 'HEADER' AND e.address = '/events');

INSERT INTO menu_item (id, menu, parent_id, position, label, page_id, address, created_at, updated_at, version)
SELECT nextval('menu_item_seq'), 'HEADER', NULL,
       COALESCE((SELECT MAX(n.position) + 1 FROM menu_item n WHERE n.menu = 'HEADER' AND n.parent_id IS NULL AND n.address = '/news'),
                (SELECT COUNT(*) FROM menu_item c WHERE c.menu = 'HEADER' AND c.parent_id IS NULL)),
       'Events', NULL, '/events', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
  FROM (SELECT 1 AS one) once
 WHERE NOT EXISTS (SELECT 1 FROM menu_item e WHERE e.menu = 'HEADER' AND e.address = '/events');

INSERT INTO menu_item (id, menu, parent_id, position, label, page_id, address, created_at, updated_at, version)
SELECT nextval('menu_item_seq'), 'FOOTER', NULL, (SELECT COUNT(*) FROM menu_item c WHERE c.menu = 'FOOTER' AND c.parent_id IS NULL),
       'Events and training', NULL, '/events', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
  FROM (SELECT 1 AS one) once
 WHERE NOT EXISTS (SELECT 1 FROM menu_item e WHERE e.menu = 'FOOTER' AND e.address = '/events');

-- The Issue explains for several screens before "If you are worried about a child": someone worried now is offered
-- the way there first. Only where the seeded section is still there and nobody has linked to it yet.
UPDATE page SET body = '<p class="note">Worried about a child right now? Call 000 if a child is in immediate danger, or go straight to <a href="#report">where to get help and report</a>.</p>' || body
 WHERE slug = 'the-issue' AND body LIKE '%id="report"%' AND body NOT LIKE '%href="#report"%';
