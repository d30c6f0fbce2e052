-- An archived list takes nobody new (no sign-up, no import, no staff addition, no new newsletter) but keeps its
-- members and their consent on record. A list may have a welcome mail, off until staff write and switch it on;
-- outbound mail may carry an HTML part beside its text (the welcome mail is composed like a newsletter).
ALTER TABLE mailing_list ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE mailing_list ADD COLUMN welcome_on BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE mailing_list ADD COLUMN welcome_subject VARCHAR(200);
ALTER TABLE mailing_list ADD COLUMN welcome_body TEXT;
ALTER TABLE outbound_mail ADD COLUMN html TEXT;
