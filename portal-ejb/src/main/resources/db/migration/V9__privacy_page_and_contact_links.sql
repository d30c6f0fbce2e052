-- The privacy policy the contact form's collection notice links to, and links to it and to the form in the menus.
INSERT INTO page (id, slug, title, summary, body, status, publish_at, created_at, updated_at, version)
VALUES (nextval('page_seq'), 'privacy', 'Privacy policy',
'What personal information Beacon collects, why, who sees it, how long we keep it, and how to ask about it.',
'<p class="lead">We collect only what we need to answer you and to keep you informed if you ask us to, and we never sell or share it for marketing.</p>
<h2 id="what">What we collect</h2>
<p>When you write to us through the contact form: your name, email address, and, if you give them, your organisation and phone number, with your message. When you subscribe to our news: your email address, your first name if you give it, the lists you chose and when you confirmed.</p>
<h2 id="why">Why we collect it</h2>
<p>To answer your message, and to send you the news you asked for. We do not use it for anything else.</p>
<h2 id="who">Who sees it</h2>
<p>Only our staff who answer messages or send our news. We do not share it with anyone unless the law requires us to or you ask us to. Our mail is sent through our own mail server.</p>
<h2 id="how-long">How long we keep it</h2>
<p>We keep a message while we deal with it, and erase it 24 months after we close it. Messages that look like spam are erased after 30 days. If you unsubscribe, we keep only what stops us mailing you again.</p>
<h2 id="your-rights">Your rights</h2>
<p>You can ask to see or correct what we hold about you, or to have it erased, by writing to us through the <a href="/contact">contact form</a>. If you are not satisfied with our answer, you can complain to the Office of the Australian Information Commissioner (<a href="https://www.oaic.gov.au">www.oaic.gov.au</a>).</p>',
'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);

INSERT INTO menu_item (id, menu, parent_id, position, label, page_id, address, created_at, updated_at, version)
VALUES (nextval('menu_item_seq'), 'HEADER', NULL, (SELECT COUNT(*) FROM menu_item WHERE menu = 'HEADER' AND parent_id IS NULL),
        'Contact', NULL, '/contact', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO menu_item (id, menu, parent_id, position, label, page_id, address, created_at, updated_at, version)
VALUES (nextval('menu_item_seq'), 'FOOTER', NULL, (SELECT COUNT(*) FROM menu_item WHERE menu = 'FOOTER' AND parent_id IS NULL),
        'Contact us', NULL, '/contact', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO menu_item (id, menu, parent_id, position, label, page_id, address, created_at, updated_at, version)
SELECT nextval('menu_item_seq'), 'FOOTER', NULL, (SELECT COUNT(*) FROM menu_item WHERE menu = 'FOOTER' AND parent_id IS NULL),
       'Privacy', id, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
FROM page WHERE slug = 'privacy';
