-- The media library: images and PDFs that pages and articles use, kept in the database with their bytes so that a
-- database backup is a complete backup. Addressed by content hash: /media/{sha256}/{file_name}.
CREATE SEQUENCE media_file_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE media_file (
    id           BIGINT                   NOT NULL,
    sha256       VARCHAR(64)              NOT NULL,
    file_name    VARCHAR(120)             NOT NULL,
    content_type VARCHAR(40)              NOT NULL,
    size_bytes   BIGINT                   NOT NULL,
    alt_text     VARCHAR(300),
    data         BYTEA                    NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL,
    CONSTRAINT pk_media_file PRIMARY KEY (id),
    CONSTRAINT uk_media_file_sha256 UNIQUE (sha256)
);
