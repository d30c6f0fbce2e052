-- Inquiry triage. The acknowledgement promises a reply within five working days: working days skip weekends and
-- the public holidays in this table, which administrators keep at /admin/settings/holidays. Seeded with Australia's
-- national public holidays (with the Monday or Tuesday given when one falls at a weekend) for 2026 to 2028; states'
-- own holidays are the organisation's to add.
CREATE TABLE public_holiday (
    holiday_date DATE         NOT NULL,
    name         VARCHAR(100) NOT NULL,
    CONSTRAINT pk_public_holiday PRIMARY KEY (holiday_date)
);
INSERT INTO public_holiday (holiday_date, name) VALUES
    (DATE '2026-01-01', 'New Year''s Day'), (DATE '2026-01-26', 'Australia Day'), (DATE '2026-04-03', 'Good Friday'),
    (DATE '2026-04-06', 'Easter Monday'), (DATE '2026-04-25', 'Anzac Day'), (DATE '2026-06-08', 'King''s Birthday'),
    (DATE '2026-12-25', 'Christmas Day'), (DATE '2026-12-28', 'Boxing Day (observed)'),
    (DATE '2027-01-01', 'New Year''s Day'), (DATE '2027-01-26', 'Australia Day'), (DATE '2027-03-26', 'Good Friday'),
    (DATE '2027-03-29', 'Easter Monday'), (DATE '2027-04-26', 'Anzac Day (observed)'), (DATE '2027-06-14', 'King''s Birthday'),
    (DATE '2027-12-27', 'Christmas Day (observed)'), (DATE '2027-12-28', 'Boxing Day (observed)'),
    (DATE '2028-01-03', 'New Year''s Day (observed)'), (DATE '2028-01-26', 'Australia Day'), (DATE '2028-04-14', 'Good Friday'),
    (DATE '2028-04-17', 'Easter Monday'), (DATE '2028-04-25', 'Anzac Day'), (DATE '2028-06-12', 'King''s Birthday'),
    (DATE '2028-12-25', 'Christmas Day'), (DATE '2028-12-26', 'Boxing Day');

-- A moderator flags an inquiry that may be a disclosure of abuse: it goes to the top of the queue, with a checklist
-- (referred to the ACCCE, the referral recorded).
ALTER TABLE inquiry ADD COLUMN disclosure_flagged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE inquiry ADD COLUMN disclosure_flagged_by VARCHAR(254);
ALTER TABLE inquiry ADD COLUMN referred_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE inquiry ADD COLUMN referral_note VARCHAR(500);
CREATE INDEX ix_inquiry_disclosure ON inquiry (disclosure_flagged_at);
