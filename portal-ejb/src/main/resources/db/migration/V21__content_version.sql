-- What the public may see, as one number that every server reads (issue 17): an edit raises it in its own
-- transaction, and a scheduled item falling due raises it once, whichever server sees the time first. Public pages'
-- ETag carries the number and their Last-Modified is changed_at, so all servers answer a conditional request alike.
CREATE TABLE content_version (
    id         INTEGER                  NOT NULL,
    number     BIGINT                   NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_content_version PRIMARY KEY (id),
    CONSTRAINT ck_content_version_one_row CHECK (id = 1)
);

INSERT INTO content_version (id, number, changed_at) VALUES (1, 1, CURRENT_TIMESTAMP);
