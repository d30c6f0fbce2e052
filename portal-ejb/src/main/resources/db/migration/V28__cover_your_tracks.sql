-- "Cover your tracks", linked beside the quick-exit control on every page: how to visit without leaving a trail, for
-- someone whose device another person may look at. Content like any page: staff can change it in the console.
INSERT INTO page (id, slug, title, summary, body, status, publish_at, created_at, updated_at, version)
SELECT nextval('page_seq'), 'cover-your-tracks', 'Cover your tracks',
'How to visit this site without leaving a trail on your phone or computer, and how to leave it quickly.',
'<p class="lead">If you are worried that someone may see that you visited this site, these steps make it harder to tell. No step is perfect: if you can, use a device that other people do not use, such as one at a library, a school or a friend''s home.</p>
<p class="note">If you or a child are in immediate danger, call 000.</p>
<h2 id="quick-exit">Leave this site quickly</h2>
<p>The <strong>Quick exit</strong> button at the top of every page, or the Esc key pressed twice, takes you at once to a neutral site. This site then disappears from the Back button: links you follow here replace the page you were on instead of adding to your history, so Back does not bring the site up again.</p>
<h2 id="private-browsing">Use private browsing</h2>
<p>A private window keeps no history, cookies or searches once you close it: InPrivate in Microsoft Edge (Ctrl+Shift+N), Incognito in Chrome (Ctrl+Shift+N), a Private Window in Firefox (Ctrl+Shift+P) and in Safari (Cmd+Shift+N). On a phone, open a new private or incognito tab from the browser''s menu.</p>
<h2 id="clear-history">Clear your history</h2>
<p>If you did not use a private window, delete this site from your history afterwards: press Ctrl+H (Cmd+Y on a Mac) to open the history, find the pages of this site and remove them. Deleting your whole history can itself be noticed; removing only these pages may be safer.</p>
<ul>
<li>Chrome and Edge: History, then the three dots beside a page, then Remove from history.</li>
<li>Firefox: Library, then History, then right-click a page and choose Delete Page.</li>
<li>Safari: History, then Show All History, then select the pages and press Delete.</li>
<li>On a phone: open the browser''s History and swipe or tap to remove the pages.</li>
</ul>
<h2 id="messages">Emails, messages and calls</h2>
<p>If you write to us, delete the message from your sent items and from the deleted items afterwards, and any mail we send back. Calls appear in your phone''s call log, where you can remove them.</p>
<h2 id="help">Where to get help</h2>
<p>To report online child sexual exploitation, go to the <a href="https://www.accce.gov.au/report">Australian Centre to Counter Child Exploitation</a>. Kids Helpline (1800 55 1800) is there for young people at any time, and 1800RESPECT (1800 737 732) for anyone affected by violence or abuse.</p>',
'PUBLISHED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
  FROM (SELECT 1 AS one) once
 WHERE NOT EXISTS (SELECT 1 FROM page WHERE slug = 'cover-your-tracks');
