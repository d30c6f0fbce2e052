-- What the dashboard reads. Readership is kept as daily sums only: a row says how often a public page was viewed on
-- a day, or how often a search found nothing, and never who asked, from where, or in which order.
CREATE TABLE page_view_day (
    view_date DATE         NOT NULL,
    path      VARCHAR(200) NOT NULL,
    views     BIGINT       NOT NULL,
    CONSTRAINT pk_page_view_day PRIMARY KEY (view_date, path)
);

CREATE TABLE empty_search_day (
    search_date DATE         NOT NULL,
    terms       VARCHAR(100) NOT NULL,
    searches    BIGINT       NOT NULL,
    CONSTRAINT pk_empty_search_day PRIMARY KEY (search_date, terms)
);

-- Confirmations and unsubscribes per month, without reading the whole event log.
CREATE INDEX ix_subscriber_event_kind ON subscriber_event (kind, created_at);
