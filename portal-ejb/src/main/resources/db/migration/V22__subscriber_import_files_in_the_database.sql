-- An import's uploaded CSV and its rejected-rows report, in the database instead of one server's data directory, so
-- that on several servers the one that runs the import or serves the report is not the one that took the upload.
-- Kept in parts of at most 1 MB: a 50 MB upload is read back one part at a time, and the rejected rows are written
-- one part per chunk, in the chunk's own transaction. Reports written to disk before this migration are not moved.
CREATE TABLE subscriber_import_file (
    import_id  BIGINT                   NOT NULL,
    kind       VARCHAR(10)              NOT NULL,
    part       INTEGER                  NOT NULL,
    content    BYTEA                    NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_subscriber_import_file PRIMARY KEY (import_id, kind, part),
    CONSTRAINT fk_subscriber_import_file_import FOREIGN KEY (import_id) REFERENCES subscriber_import (id) ON DELETE CASCADE,
    CONSTRAINT ck_subscriber_import_file_kind CHECK (kind IN ('UPLOAD', 'REJECTED'))
);

-- The nightly removal looks files up by age.
CREATE INDEX ix_subscriber_import_file_created ON subscriber_import_file (created_at);
