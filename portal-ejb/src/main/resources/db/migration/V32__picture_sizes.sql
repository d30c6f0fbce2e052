-- Pictures are served in sizes for the screen (480, 960 and 1600 pixels wide, never wider than the picture, in its
-- own format and as WebP). A size is made the first time a browser asks for it, by whichever server it asked, and
-- kept here: a database backup still holds everything, and every server serves the same bytes.
ALTER TABLE media_file ADD COLUMN width INTEGER;
ALTER TABLE media_file ADD COLUMN height INTEGER;

CREATE TABLE media_size (
    media_id   BIGINT                   NOT NULL,
    width      INTEGER                  NOT NULL,
    format     VARCHAR(4)               NOT NULL,
    data       BYTEA                    NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_media_size PRIMARY KEY (media_id, width, format),
    CONSTRAINT fk_media_size_file FOREIGN KEY (media_id) REFERENCES media_file (id) ON DELETE CASCADE,
    CONSTRAINT ck_media_size_format CHECK (format IN ('jpg', 'png', 'webp'))
);
