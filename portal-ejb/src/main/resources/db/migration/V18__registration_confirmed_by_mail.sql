-- A registration holds its place (or its turn on the waitlist) for 24 hours until the person confirms it from the
-- mail; mail about an existing registration goes at most every ten minutes, so the form cannot flood an inbox.
ALTER TABLE event_registration ADD COLUMN held_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE event_registration ADD COLUMN mailed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE event_registration DROP CONSTRAINT ck_event_registration_status;
ALTER TABLE event_registration ADD CONSTRAINT ck_event_registration_status
    CHECK (status IN ('PENDING', 'PENDING_WAITLIST', 'CONFIRMED', 'WAITLISTED', 'CANCELLED'));
CREATE INDEX ix_event_registration_held ON event_registration (held_until);

-- The privacy policy says what a registration keeps and when it goes (PORTAL_REGISTRATION_RETENTION_DAYS, 90 by
-- default). Only the wording we wrote is replaced: a policy the organisation has since edited is theirs.
UPDATE page SET body = REPLACE(body,
    'the lists you chose and when you confirmed.</p>',
    'the lists you chose and when you confirmed. When you register for an event: your name, email address, organisation if you give it, and anything you ask us to arrange so that you can take part.</p>')
WHERE slug = 'privacy';
UPDATE page SET body = REPLACE(body,
    'If you unsubscribe, we keep only what stops us mailing you again.</p>',
    'If you unsubscribe, we keep only what stops us mailing you again. We keep an event registration, with anything you asked us to arrange, until 90 days after the event, then erase it; a registration you do not confirm from our mail within 24 hours is erased then.</p>')
WHERE slug = 'privacy';
