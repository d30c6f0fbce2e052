-- CSV imports of subscribers: what was uploaded, how its columns map, and how the background run went. The file
-- itself waits in the server's data directory and is deleted when the run ends.
CREATE SEQUENCE subscriber_import_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE subscriber_import (
    id             BIGINT                   NOT NULL,
    file_name      VARCHAR(200)             NOT NULL,
    charset        VARCHAR(20)              NOT NULL,
    total_rows     INTEGER                  NOT NULL,
    status         VARCHAR(20)              NOT NULL,
    email_column   INTEGER,
    name_column    INTEGER,
    list_ids       VARCHAR(500),
    consent_basis  VARCHAR(300),
    processed_rows INTEGER                  NOT NULL,
    added          INTEGER                  NOT NULL,
    updated        INTEGER                  NOT NULL,
    unchanged      INTEGER                  NOT NULL,
    suppressed     INTEGER                  NOT NULL,
    duplicates     INTEGER                  NOT NULL,
    invalid        INTEGER                  NOT NULL,
    message        VARCHAR(500),
    started_by     VARCHAR(254)             NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE,
    finished_at    TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT pk_subscriber_import PRIMARY KEY (id),
    CONSTRAINT ck_subscriber_import_status CHECK (status IN ('UPLOADED', 'RUNNING', 'DONE', 'FAILED'))
);
